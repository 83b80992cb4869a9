// `rubric list DIR ...` on the real corpus: every review listed, filters and conditions
// select exactly the rows an independent count of the files says, sorting orders typed
// values, JSON carries the same data, and bad input is refused with the right exit code.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Rubric;

class TestCliList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryReview();
    void filtersSelectTheExpectedRows_data();
    void filtersSelectTheExpectedRows();
    void whereConditionsHoldForEveryRow_data();
    void whereConditionsHoldForEveryRow();
    void sortsDescendingByTotal();
    void jsonCarriesTypedValues();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    Test::CliResult run(const QStringList &arguments) const;
    QList<QStringList> rows(const QString &tsv) const;
    int countFiles(const QString &folder) const;

    QTemporaryDir m_cache;
};

Test::CliResult TestCliList::run(const QStringList &arguments) const
{
    QProcessEnvironment cache;
    cache.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path()); // the index cache stays here
    return Test::runRubric(QStringList{QStringLiteral("list")} + arguments, cache);
}

QList<QStringList> TestCliList::rows(const QString &tsv) const
{
    QList<QStringList> result;
    const QStringList lines = tsv.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) // the first line is the header
        result.append(lines.at(i).split(u'\t'));
    return result;
}

int TestCliList::countFiles(const QString &folder) const
{
    int count = 0;
    QDirIterator it(Test::corpusDir() + u'/' + folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

void TestCliList::initTestCase()
{
    QVERIFY(m_cache.isValid());
}

void TestCliList::listsEveryReview()
{
    const Test::CliResult result = run({Test::corpusDir()});
    QCOMPARE(result.exitCode, 0);
    const QStringList header = result.out.section(u'\n', 0, 0).split(u'\t');
    QCOMPARE(header.mid(0, 7), QStringList({QStringLiteral("path"), QStringLiteral("name"), QStringLiteral("layout"),
                                             QStringLiteral("company"), QStringLiteral("lang"), QStringLiteral("date"),
                                             QStringLiteral("total")}));
    QCOMPARE(rows(result.out).size(), Test::corpusReviewCount());
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err)); // every corpus file reads
    // A second run comes from the cache and says the same.
    QCOMPARE(run({Test::corpusDir()}).out, result.out);
}

void TestCliList::filtersSelectTheExpectedRows_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("folder"); // the files that must be listed, and only those
    QTest::newRow("one language") << QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} << QStringLiteral("_products/ja|_companies/ja");
    QTest::newRow("companies in English") << QStringList{QStringLiteral("--layout"), QStringLiteral("company"), QStringLiteral("--lang"), QStringLiteral("en")}
                                          << QStringLiteral("_companies/en");
    QTest::newRow("one company's products in Japanese")
        << QStringList{QStringLiteral("--company"), QStringLiteral("sony"), QStringLiteral("--layout"), QStringLiteral("product"),
                       QStringLiteral("--lang"), QStringLiteral("ja")}
        << QStringLiteral("_products/ja/sony");
}

void TestCliList::filtersSelectTheExpectedRows()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, folder);
    const Test::CliResult result = run(arguments + QStringList{Test::corpusDir()});
    QCOMPARE(result.exitCode, 0);
    int expected = 0;
    for (const auto &part : folder.split(u'|'))
        expected += countFiles(part);
    const QList<QStringList> listed = rows(result.out);
    QCOMPARE(listed.size(), expected);
    for (const auto &row : listed) {
        const QStringList parts = folder.split(u'|');
        QVERIFY2(std::any_of(parts.cbegin(), parts.cend(), [&](const QString &part) { return row.at(0).startsWith(part + u'/'); }),
                 qPrintable(row.at(0)));
    }
}

void TestCliList::whereConditionsHoldForEveryRow_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("op");
    QTest::addColumn<double>("bound");
    QTest::newRow("an axis at least 0.8") << QStringLiteral("cost_performance>=0.8") << QStringLiteral("cost_performance") << QStringLiteral(">=") << 0.8;
    QTest::newRow("a total under 2") << QStringLiteral("total<2") << QStringLiteral("total") << QStringLiteral("<") << 2.0;
    QTest::newRow("a price over 10000") << QStringLiteral("price>10000") << QStringLiteral("price") << QStringLiteral(">") << 10000.0;
}

void TestCliList::whereConditionsHoldForEveryRow()
{
    QFETCH(QString, where);
    QFETCH(QString, column);
    QFETCH(QString, op);
    QFETCH(double, bound);
    const Test::CliResult all = run({QStringLiteral("--json"), Test::corpusDir()});
    const Test::CliResult some = run({QStringLiteral("--where"), where, QStringLiteral("--json"), Test::corpusDir()});
    QCOMPARE(some.exitCode, 0);
    auto holds = [&](const QJsonValue &value) {
        if (!value.isDouble())
            return false;
        const double v = value.toDouble();
        return op == QLatin1String(">=") ? v >= bound - 1e-9 : op == QLatin1String("<") ? v < bound - 1e-9 : v > bound + 1e-9;
    };
    int expected = 0;
    for (const auto &row : QJsonDocument::fromJson(all.out.toUtf8()).array())
        expected += holds(row.toObject().value(column)) ? 1 : 0;
    const QJsonArray listed = QJsonDocument::fromJson(some.out.toUtf8()).array();
    QVERIFY(expected > 0);
    QCOMPARE(listed.size(), expected);
    for (const auto &row : listed)
        QVERIFY(holds(row.toObject().value(column)));
}

void TestCliList::sortsDescendingByTotal()
{
    const Test::CliResult result = run({QStringLiteral("--sort=-total"), QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--json"), Test::corpusDir()});
    QCOMPARE(result.exitCode, 0);
    double previous = 100;
    const QJsonArray listed = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(listed.size() > 3000);
    for (const auto &row : listed) {
        const double total = row.toObject().value(QStringLiteral("total")).toDouble();
        QVERIFY(total <= previous + 1e-9);
        previous = total;
    }
}

void TestCliList::jsonCarriesTypedValues()
{
    const Test::CliResult result = run({QStringLiteral("--where"), QStringLiteral("name=Sony IER-M9"), QStringLiteral("--lang"),
                               QStringLiteral("en"), QStringLiteral("--json"), Test::corpusDir()});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(listed.size(), 1);
    const QJsonObject row = listed.at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("path")).toString(), QStringLiteral("_products/en/sony/sony-ier-m9.md"));
    QCOMPARE(row.value(QStringLiteral("total")).toDouble(), 3.2);
    QCOMPARE(row.value(QStringLiteral("cost_performance")).toDouble(), 0.3);
    QCOMPARE(row.value(QStringLiteral("price")).toDouble(), 1093.0);
    QCOMPARE(row.value(QStringLiteral("date")).toString(), QStringLiteral("2025-08-07"));
    QCOMPARE(row.value(QStringLiteral("tags")).toArray().size(), 4);
    QCOMPARE(row.value(QStringLiteral("translation")).toArray(), QJsonArray({QStringLiteral("en"), QStringLiteral("ja")}));
}

void TestCliList::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("an unknown column in --where") << QStringList{QStringLiteral("--where"), QStringLiteral("colour=red"), Test::corpusDir()} << 1 << QStringLiteral("colour");
    QTest::newRow("a value of the wrong type") << QStringList{QStringLiteral("--where"), QStringLiteral("total<high"), Test::corpusDir()} << 1 << QStringLiteral("high");
    QTest::newRow("an unknown sort column") << QStringList{QStringLiteral("--sort"), QStringLiteral("colour"), Test::corpusDir()} << 1 << QStringLiteral("colour");
    QTest::newRow("a missing folder") << QStringList{QStringLiteral("/no/such/site")} << 2 << QStringLiteral("/no/such/site");
    QTest::newRow("no folder") << QStringList{} << 2 << QStringLiteral("usage");
}

void TestCliList::refusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const Test::CliResult result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
