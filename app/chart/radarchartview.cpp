#include "radarchartview.h"

#include "models/ratingsmodel.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

namespace Rubric {

qreal RadarChartView::angleOf(int index, int count)
{
    return index * 360.0 / count;
}

RadarChartView::RadarChartView(QAbstractItemModel *ratings, QWidget *parent)
    : QChartView(parent)
    , m_model(ratings)
    , m_chart(new QPolarChart)
    , m_angular(new QCategoryAxis)
    , m_current(new QLineSeries)
    , m_saved(new QLineSeries)
    , m_comparison(new QLineSeries)
{
    setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);

    auto *radial = new QValueAxis;
    radial->setRange(0.0, 1.0);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%.1f"));
    QFont small = radial->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    radial->setLabelsFont(small);
    m_angular->setRange(0, 360);
    // Beside the rating sliders the chart is small: smaller labels on two lines leave the
    // polygon its room.
    QFont labelFont = m_angular->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    m_angular->setLabelsFont(labelFont);
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    m_chart->addAxis(m_angular, QPolarChart::PolarOrientationAngular);

    m_current->setName(tr("Ratings"));
    QPen pen(QColor(0x1f, 0x5f, 0xa8));
    pen.setWidthF(2.5);
    m_current->setPen(pen);
    m_current->setPointsVisible(true);
    m_saved->setName(tr("As saved"));
    QPen dashed(QColor(0x99, 0x99, 0x99));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    m_saved->setPen(dashed);
    QPen compared(QColor(0xe0, 0x7b, 0x00));
    compared.setWidthF(1.8);
    m_comparison->setPen(compared);
    m_comparison->setPointsVisible(true);
    for (QLineSeries *series : {m_comparison, m_saved, m_current}) {
        m_chart->addSeries(series);
        series->attachAxis(radial);
        series->attachAxis(m_angular);
    }
    setChart(m_chart);
    m_comparison->setVisible(false);

    connect(ratings, &QAbstractItemModel::dataChanged, this, &RadarChartView::refresh);
    connect(ratings, &QAbstractItemModel::modelReset, this, &RadarChartView::refresh);
    refresh();
}

QString RadarChartView::wrapped(const QString &label)
{
    // The space nearest the middle becomes a line break (labels are rich text).
    const qsizetype middle = label.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    QString html = label.toHtmlEscaped();
    if (best < 0)
        return html;
    return label.left(best).toHtmlEscaped() + QStringLiteral("<br>") + label.mid(best + 1).toHtmlEscaped();
}

void RadarChartView::setShowSaved(bool show)
{
    m_saved->setVisible(show);
}

bool RadarChartView::showSaved() const
{
    return m_saved->isVisible();
}

void RadarChartView::setComparison(const QString &label, const QList<int> &tenths)
{
    m_comparisonTenths = tenths;
    m_comparison->setName(label);
    m_comparison->setVisible(!tenths.isEmpty());
    refresh();
}

void RadarChartView::refresh()
{
    const int count = m_model->rowCount() - 1; // the last row is the total
    if (count <= 0)
        return;
    // Rebuild the category labels only when they change (the document's language).
    QStringList labels;
    for (int i = 0; i < count; ++i)
        labels.append(m_model->index(i, RatingsModel::LabelColumn).data().toString());
    // A category axis labels the end of each range: the first axis (at 0) is labelled
    // at 360, the same place, and comes last.
    QStringList ordered = labels.mid(1);
    ordered.append(labels.first());
    for (QString &label : ordered)
        label = wrapped(label);
    if (ordered != m_angular->categoriesLabels()) {
        for (const auto &old : m_angular->categoriesLabels())
            m_angular->remove(old);
        for (int i = 1; i <= count; ++i)
            m_angular->append(wrapped(labels.at(i % count)), angleOf(i, count));
    }
    // Angles only increase, ending at 360 with the first axis' value: a closed polygon.
    QList<QPointF> current, saved;
    for (int i = 0; i <= count; ++i) {
        const int row = i % count;
        current.append({angleOf(i, count), m_model->index(row, RatingsModel::ValueColumn).data(Qt::EditRole).toDouble()});
        saved.append({angleOf(i, count), m_model->index(row, RatingsModel::SavedValueColumn).data(Qt::EditRole).toDouble()});
    }
    if (!m_comparisonTenths.isEmpty()) {
        QList<QPointF> compared;
        for (int i = 0; i <= count; ++i)
            compared.append({angleOf(i, count), m_comparisonTenths.value(i % count) / 10.0});
        m_comparison->replace(compared);
    }
    m_current->replace(current);
    m_saved->replace(saved);
}

} // namespace Rubric
