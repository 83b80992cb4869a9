#include "history/historypanel.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Rubric;

namespace {

ReviewVersion version(const char *commit, int day, int total, int costPerformance, const char *price)
{
    ReviewVersion v;
    v.commit = QLatin1String(commit);
    v.date = QDateTime(QDate(2025, 1, day), QTime(12, 0), Qt::UTC);
    v.message = QStringLiteral("Change %1").arg(day);
    v.snapshot.readable = true;
    v.snapshot.total = total;
    v.snapshot.axes = {7, 8, costPerformance, 8, 6};
    v.snapshot.price = QLatin1String(price);
    return v;
}

} // namespace

class TestHistoryPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsVersionsAndChartsEachValue()
    {
        HistoryPanel panel;
        panel.setVersions({version("c3", 3, 33, 4, "999"), version("c2", 2, 32, 3, "1093"), version("c1", 1, 31, 2, "1200")},
                          Schema::builtin());
        QCOMPARE(panel.versionList()->topLevelItemCount(), 3);
        QCOMPARE(panel.versionList()->topLevelItem(0)->text(HistoryPanel::TotalColumn), QStringLiteral("3.3"));
        QCOMPARE(panel.versionList()->topLevelItem(2)->text(HistoryPanel::PriceColumn), QStringLiteral("1200"));
        // Total, five axes, price.
        QCOMPARE(panel.chart()->series().size(), 1 + Schema::builtin().axes().size() + 1);
    }

    void eachLineHasItsOwnColourAndThePriceItsOwnScale()
    {
        HistoryPanel panel;
        panel.setVersions({version("c2", 2, 32, 3, "1093"), version("c1", 1, 31, 2, "1200")}, Schema::builtin());
        QSet<QRgb> colours;
        QLineSeries *price = nullptr;
        for (QAbstractSeries *series : panel.chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(series);
            QVERIFY(line);
            colours.insert(line->pen().color().rgb());
            if (line->name() == HistoryPanel::tr("Price"))
                price = line;
        }
        QCOMPARE(colours.size(), panel.chart()->series().size());
        QVERIFY(price);
        QCOMPARE(price->pen().style(), Qt::DashLine);
        const auto axes = price->attachedAxes();
        auto *scale = qobject_cast<QValueAxis *>(axes.value(1));
        QVERIFY(scale);
        QCOMPARE(scale->alignment(), Qt::AlignRight); // not the 0–5 score scale
        QCOMPARE(scale->labelsColor(), price->pen().color());
        QVERIFY(scale->max() >= 1200);
    }

    void buttonsEmitTheChosenVersion()
    {
        HistoryPanel panel;
        panel.setVersions({version("c2", 2, 32, 3, "1093"), version("c1", 1, 31, 2, "1200")}, Schema::builtin());
        QSignalSpy restore(&panel, &HistoryPanel::restoreRequested);
        auto *button = panel.findChild<QPushButton *>();
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // nothing chosen yet
        panel.versionList()->setCurrentItem(panel.versionList()->topLevelItem(1));
        const auto buttons = panel.findChildren<QPushButton *>();
        for (auto *b : buttons) {
            if (b->text() == HistoryPanel::tr("Restore This Version"))
                b->click();
        }
        QCOMPARE(restore.size(), 1);
        QCOMPARE(restore.at(0).at(0).value<ReviewVersion>().commit, QStringLiteral("c1"));
    }

    void fileOutsideARepositoryHasNoHistory()
    {
        QTemporaryDir dir;
        HistoryPanel panel;
        QSignalSpy loaded(&panel, &HistoryPanel::loaded);
        panel.load(dir.path() + QStringLiteral("/review.md"), Schema::builtin());
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(panel.versions().isEmpty());
        QVERIFY(!panel.versionList()->topLevelItem(0)->flags().testFlag(Qt::ItemIsSelectable));
    }
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
