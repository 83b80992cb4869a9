#include "radarchartview.h"

#include "models/ratingsmodel.h"

#include <QCategoryAxis>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPolarChart>
#include <QLocale>
#include <QValueAxis>
#include <QtMath>

#include <cmath>

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
    m_chart->setBackgroundRoundness(0);

    auto *radial = new QValueAxis;
    radial->setRange(0.0, 1.0);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%.1f"));
    QFont small = radial->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    radial->setLabelsVisible(false); // drawn by placeLabels(), away from the data points
    for (const qreal value : {0.5, 1.0}) {
        auto *tick = new QGraphicsSimpleTextItem(QLocale().toString(value, 'f', 1), m_chart);
        tick->setFont(small);
        tick->setData(0, value);
        tick->setZValue(100); // over the grid and the series
        m_tickLabels.append(tick);
    }
    m_angular->setRange(0, 360);
    m_angular->setLabelsVisible(false); // drawn by placeLabels()
    m_labelFont = m_angular->labelsFont();
    m_labelFont.setPointSizeF(m_labelFont.pointSizeF() * 0.85);
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
    setMinimumSize(280, 180);
    m_chart->legend()->detachFromChart();
    connect(m_chart, &QChart::plotAreaChanged, this, &RadarChartView::placeLabels);
    connect(m_chart, &QChart::geometryChanged, this, &RadarChartView::placeLabels);

    connect(ratings, &QAbstractItemModel::dataChanged, this, &RadarChartView::refresh);
    connect(ratings, &QAbstractItemModel::modelReset, this, &RadarChartView::refresh);
    refresh();
}

QString RadarChartView::wrapped(const QString &label)
{
    // The space (or, in one long word, the hyphen) nearest the middle ends the first line.
    const qsizetype middle = label.size() / 2;
    const auto nearest = [&](QChar c) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < label.size(); ++i) {
            if (label.at(i) == c && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
                best = i;
        }
        return best;
    };
    if (const qsizetype space = nearest(u' '); space >= 0)
        return label.left(space) + u'\n' + label.mid(space + 1);
    if (const qsizetype hyphen = nearest(u'-'); hyphen > 0)
        return label.left(hyphen + 1) + u'\n' + label.mid(hyphen + 1);
    return label;
}

void RadarChartView::placeLabels()
{
    // Qt Charts reserves the widest axis label on both sides of a polar plot, which leaves
    // a chart beside the sliders almost no circle: the axis names are drawn here instead,
    // on two lines, in margins just wide enough for them.
    const QFontMetrics metrics(m_labelFont);
    int width = 0;
    for (const QGraphicsSimpleTextItem *item : std::as_const(m_axisLabels)) {
        for (const QString &line : item->text().split(u'\n'))
            width = std::max(width, metrics.horizontalAdvance(line));
    }
    // The legend is placed by hand too, across the whole width under the plot.
    const int legendHeight = m_chart->legend()->isVisible() ? metrics.height() + 16 : 0;
    const QRectF chartRect = m_chart->rect();
    m_chart->legend()->setGeometry(QRectF(chartRect.left(), chartRect.bottom() - legendHeight - 4, chartRect.width(), legendHeight));
    m_chart->legend()->update();
    const QMargins margins(width + 4, 2 * metrics.height(), width + 4, 2 * metrics.height() + legendHeight);
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins); // the plot area changes, and this runs again
    const QRectF plot = m_chart->plotArea();
    const QPointF center = plot.center();
    const qreal radius = std::min(plot.width(), plot.height()) / 2 + 4;
    const int count = int(m_axisLabels.size());
    for (int i = 0; i < count; ++i) {
        QGraphicsSimpleTextItem *item = m_axisLabels.at(i);
        const qreal angle = qDegreesToRadians(angleOf(i, count));
        const QPointF at(center.x() + radius * std::sin(angle), center.y() - radius * std::cos(angle));
        const QRectF box = item->boundingRect();
        // Beside the circle on the left and right, above and below it at the top and bottom.
        const qreal x = std::abs(std::sin(angle)) < 0.2 ? at.x() - box.width() / 2 : std::sin(angle) > 0 ? at.x() : at.x() - box.width();
        const qreal y = std::cos(angle) > 0.5 ? at.y() - box.height() : std::cos(angle) < -0.5 ? at.y() : at.y() - box.height() / 2;
        item->setPos(x, y);
    }
    // Halfway between the first two axes, where no data point is.
    const qreal between = qDegreesToRadians(count > 1 ? angleOf(1, count) / 2 : 45.0);
    const qreal inner = std::min(plot.width(), plot.height()) / 2;
    for (QGraphicsSimpleTextItem *tick : std::as_const(m_tickLabels)) {
        const qreal r = inner * tick->data(0).toReal();
        const QRectF box = tick->boundingRect();
        tick->setBrush(m_angular->labelsBrush()); // the theme's, set once the chart has one
        tick->setPos(center.x() + r * std::sin(between) - box.width() / 2, center.y() - r * std::cos(between) - box.height() / 2);
    }
}

RadarChartView::~RadarChartView()
{
    // The chart (and the label items in it) goes with the view: no placing while it does.
    disconnect(m_chart, nullptr, this, nullptr);
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
    if (ordered != m_angular->categoriesLabels()) {
        for (const auto &old : m_angular->categoriesLabels())
            m_angular->remove(old);
        for (int i = 1; i <= count; ++i)
            m_angular->append(labels.at(i % count), angleOf(i, count));
        qDeleteAll(m_axisLabels);
        m_axisLabels.clear();
        for (const QString &label : labels) {
            auto *item = new QGraphicsSimpleTextItem(wrapped(label), m_chart);
            item->setFont(m_labelFont);
            item->setBrush(m_angular->labelsBrush());
            item->setToolTip(label);
            m_axisLabels.append(item);
        }
        placeLabels();
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
