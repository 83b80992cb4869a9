#include "historypanel.h"

#include "document/tenths.h"
#include "history/gitrepository.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QDateTimeAxis>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QLocale>
#include <QPen>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Rubric {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_schema(Schema::builtin())
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_list(new QTreeWidget(this))
    , m_overlay(new QPushButton(tr("Overlay on Chart"), this))
    , m_diff(new QPushButton(tr("Show Difference"), this))
    , m_restore(new QPushButton(tr("Restore This Version"), this))
{
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(160);
    // A low bottom dock: the legend beside the plot (above it, it took half the height and
    // cut the names), small margins, no axis titles (the price scale wears the price's colour).
    m_chart->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_chart->legend()->setFont(legendFont);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Date"), tr("Commit"), tr("Total"), tr("Price"), tr("Message")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_overlay);
    buttons->addWidget(m_diff);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    // Side by side: the panel lives in a bottom dock, wide and low, where a timeline over
    // a list would leave each only a few lines.
    auto *versions = new QWidget(this);
    auto *versionsLayout = new QVBoxLayout(versions);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    versionsLayout->addWidget(m_list, 1);
    versionsLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(versions);
    splitter->setSizes({1100, 900}); // in proportion: the timeline a little wider
    m_chartView->setMinimumWidth(360);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryPanel::updateButtons);
    connect(m_overlay, &QPushButton::clicked, this, [this] {
        if (const auto *version = currentVersion())
            Q_EMIT overlayRequested(*version);
    });
    connect(m_diff, &QPushButton::clicked, this, [this] {
        if (const auto *version = currentVersion())
            Q_EMIT diffRequested(*version);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const auto *version = currentVersion())
            Q_EMIT restoreRequested(*version);
    });
    updateButtons();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::load(const QString &filePath, const Schema &schema)
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<QList<ReviewVersion>>(this);
    connect(watcher, &QFutureWatcher<QList<ReviewVersion>>::finished, this, [this, watcher, generation, schema] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        setVersions(watcher->result(), schema);
        Q_EMIT loaded();
    });
    // libgit2 handles stay on the worker: it opens the repository itself.
    watcher->setFuture(QtConcurrent::run([filePath, schema] {
        const auto repo = GitRepository::discover(filePath);
        return repo ? History::log(*repo, filePath, schema) : QList<ReviewVersion>();
    }));
}

void HistoryPanel::setVersions(const QList<ReviewVersion> &versions, const Schema &schema)
{
    m_versions = versions;
    m_schema = schema;
    m_list->clear();
    if (m_versions.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(MessageColumn, tr("No history: the review is not in a git repository or not committed yet"));
        item->setFlags(Qt::NoItemFlags);
    }
    for (const auto &version : m_versions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, QLocale().toString(version.date, QLocale::ShortFormat));
        item->setText(CommitColumn, version.shortId());
        item->setText(TotalColumn, version.snapshot.total ? Tenths::format(*version.snapshot.total) : QStringLiteral("?"));
        item->setText(PriceColumn, version.snapshot.price);
        item->setText(MessageColumn, version.summary());
        item->setToolTip(MessageColumn, version.message + QLatin1Char('\n') + version.author);
    }
    for (const int column : {DateColumn, CommitColumn, TotalColumn, PriceColumn})
        m_list->resizeColumnToContents(column);
    rebuildChart();
    updateButtons();
}

const ReviewVersion *HistoryPanel::currentVersion() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

void HistoryPanel::rebuildChart()
{
    m_chart->removeAllSeries();
    for (auto *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    if (m_versions.isEmpty())
        return;
    auto *time = new QDateTimeAxis;
    // Days apart read as dates; commits of one or two days need the hour too.
    const qint64 span = m_versions.constLast().date.secsTo(m_versions.constFirst().date);
    time->setFormat(span < 3 * 86400 ? QStringLiteral("MM-dd hh:mm") : QStringLiteral("yyyy-MM-dd"));
    time->setTickCount(4);
    auto *score = new QValueAxis;
    score->setRange(0, 5);
    score->setTickCount(6); // whole points: 0, 1 … 5
    score->setLabelFormat(QStringLiteral("%d"));
    score->setTitleText(tr("Score"));
    score->setTitleVisible(false);
    auto *price = new QValueAxis;
    price->setTitleText(tr("Price"));
    price->setTitleVisible(false);
    price->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(time, Qt::AlignBottom);
    m_chart->addAxis(score, Qt::AlignLeft);
    m_chart->addAxis(price, Qt::AlignRight);

    // Each line its own colour (the theme's five would repeat within seven lines): the
    // total dark and thick, the axes in five distinct hues, the price dashed in a colour
    // of its own, which its right-hand scale shares so that one reads with the other.
    static const QList<QColor> axisColors = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                             QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd)};
    const QColor totalColor(0x30, 0x30, 0x30);
    const QColor priceColor(0x8c, 0x56, 0x4b);
    price->setLabelsColor(priceColor);
    price->setTitleBrush(priceColor);
    price->setLinePenColor(priceColor);
    QPen pen;
    const auto addSeries = [&](const QString &name, QValueAxis *axis, const auto &valueOf) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->setPen(pen);
        // Oldest first, as a timeline reads.
        for (auto it = m_versions.crbegin(); it != m_versions.crend(); ++it) {
            if (const std::optional<double> value = valueOf(*it))
                series->append(double(it->date.toMSecsSinceEpoch()), *value);
        }
        m_chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(axis);
    };
    const auto tenths = [](std::optional<int> value) {
        return value ? std::optional<double>(Tenths::toDouble(*value)) : std::nullopt;
    };
    pen = QPen(totalColor, 3);
    addSeries(tr("Total"), score, [&](const ReviewVersion &v) { return tenths(v.snapshot.total); });
    const QString language = QLocale().name().section(u'_', 0, 0);
    for (int i = 0; i < m_schema.axes().size(); ++i) {
        const AxisSpec &axis = m_schema.axes().at(i);
        pen = QPen(axisColors.at(i % axisColors.size()), 2);
        addSeries(m_schema.localized(axis.label, language, axis.id), score,
                  [&, i](const ReviewVersion &v) { return tenths(v.snapshot.axes.value(i)); });
    }
    pen = QPen(priceColor, 2, Qt::DashLine);
    double lowest = 0;
    double highest = 1;
    addSeries(tr("Price"), price, [&](const ReviewVersion &v) -> std::optional<double> {
        bool ok = false;
        const double value = v.snapshot.price.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        highest = std::max(highest, value);
        lowest = std::min(lowest, value);
        return value;
    });
    price->setRange(lowest, highest * 1.1);
    price->applyNiceNumbers(); // 0, 50, 100… rather than 0, 26, 53…
    price->setGridLineVisible(false); // its ticks need not meet the score's gridlines
    time->setRange(m_versions.constLast().date, m_versions.constFirst().date.addSecs(m_versions.size() == 1 ? 86400 : 0));
}

void HistoryPanel::updateButtons()
{
    const bool chosen = currentVersion() != nullptr;
    m_overlay->setEnabled(chosen);
    m_diff->setEnabled(chosen);
    m_restore->setEnabled(chosen);
}

} // namespace Rubric
