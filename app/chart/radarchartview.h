#pragma once

#include <QChartView>

class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QPolarChart;
class QAbstractItemModel;

namespace Rubric {

// A radar chart of the rating axes, read from RatingsModel: the current ratings, and
// optionally the ratings as last saved, so the reviewer sees what changed.
class RadarChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit RadarChartView(QAbstractItemModel *ratings, QWidget *parent = nullptr);
    ~RadarChartView() override;

    void setShowSaved(bool show);
    // A third series to compare with, e.g. another review or a company's mean (tenths
    // per axis); an empty list removes it.
    void setComparison(const QString &label, const QList<int> &tenths);
    QLineSeries *comparisonSeries() const { return m_comparison; }
    bool showSaved() const;
    QLineSeries *currentSeries() const { return m_current; }
    QLineSeries *savedSeries() const { return m_saved; }
    // Square and modest: the chart sits beside the rating sliders and takes the height
    // they leave, not the half screen QChartView asks for.
    QSize sizeHint() const override { return {260, 180}; }
    // The angle at which axis `index` of `count` is drawn (degrees, clockwise from top).
    static qreal angleOf(int index, int count);
    // An axis name as drawn: on two lines at the space nearest its middle.
    static QString wrapped(const QString &label);

private:
    void refresh();
    void placeLabels();

    QAbstractItemModel *m_model;
    QPolarChart *m_chart;
    QCategoryAxis *m_angular;
    QLineSeries *m_current;
    QLineSeries *m_saved;
    QLineSeries *m_comparison;
    QList<int> m_comparisonTenths;
    QList<QGraphicsSimpleTextItem *> m_axisLabels; // the axis names, first axis first
    QFont m_labelFont;
    // The radial scale (0.5, 1.0), drawn between the first two axes: Qt draws it along the
    // first axis, under that axis's data point.
    QList<QGraphicsSimpleTextItem *> m_tickLabels;
};

} // namespace Rubric
