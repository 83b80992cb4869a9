// `rubric validate --fix` on a small site made of corpus files with fixable problems
// (and hand-broken copies): afterwards no fixable problem is left, and every file
// differs from its original only in the lines the fixes are about.
#include "clirunner.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace Rubric;
using Rubric::Test::runRubric;

namespace {

QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    const QStringList a = QString::fromUtf8(before).split(u'\n'), b = QString::fromUtf8(after).split(u'\n');
    QStringList changed;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            changed.append(b.value(i));
    }
    return changed;
}

} // namespace

class TestCliFix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixesAndChangesNothingElse_data();
    void fixesAndChangesNothingElse();
    void checksASubFolderOfASite();
};

void TestCliFix::fixesAndChangesNothingElse_data()
{
    QTest::addColumn<QString>("file");      // from the corpus
    QTest::addColumn<QString>("breakFrom"); // a text to break by hand, or empty
    QTest::addColumn<QString>("breakTo");
    QTest::addColumn<QString>("fixedAs");   // the site path after the fix
    QTest::addColumn<QStringList>("lines"); // the changed lines, as they read after the fix

    QTest::newRow("a stale total in Overview") << QStringLiteral("_products/en/fiio/fiio-ka11.md") << QString() << QString()
                                               << QStringLiteral("_products/en/fiio/fiio-ka11.md")
                                               << QStringList{QStringLiteral("$$ \\Large \\text{3.7} $$")};
    QTest::newRow("an end date written with dashes") << QStringLiteral("_companies/en/funlogy.md") << QString() << QString()
                                                     << QStringLiteral("_companies/en/funlogy.md")
                                                     << QStringList{QStringLiteral("(2025.7.19)")};
    QTest::newRow("a file name in upper case") << QStringLiteral("_products/en/sony/sony-MDR-EX800ST.md") << QString() << QString()
                                               << QStringLiteral("_products/en/sony/sony-mdr-ex800st.md") << QStringList();
    QTest::newRow("a wrong total") << QStringLiteral("_products/en/sony/sony-ier-m9.md") << QStringLiteral("rating: [3.2,")
                                   << QStringLiteral("rating: [3.9,") << QStringLiteral("_products/en/sony/sony-ier-m9.md")
                                   << QStringList{QStringLiteral("rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]")};
    QTest::newRow("a score line that disagrees") << QStringLiteral("_products/ja/sony/sony-ier-m9.md")
                                                 << QStringLiteral("## 技術レベル\n\n$$ \\Large \\text{0.8} $$")
                                                 << QStringLiteral("## 技術レベル\n\n$$ \\Large \\text{0.5} $$")
                                                 << QStringLiteral("_products/ja/sony/sony-ier-m9.md")
                                                 << QStringList{QStringLiteral("$$ \\Large \\text{0.8} $$")};
    QTest::newRow("a wrong permalink") << QStringLiteral("_products/en/genelec/genelec-7382a.md")
                                       << QStringLiteral("permalink: /products/en/genelec-7382a/")
                                       << QStringLiteral("permalink: /products/genelec-7382a/")
                                       << QStringLiteral("_products/en/genelec/genelec-7382a.md")
                                       << QStringList{QStringLiteral("permalink: /products/en/genelec-7382a/")};
    QTest::newRow("a heading in the wrong case") << QStringLiteral("_companies/en/sony.md")
                                                 << QStringLiteral("## Reliability & Support")
                                                 << QStringLiteral("## reliability & support")
                                                 << QStringLiteral("_companies/en/sony.md")
                                                 << QStringList{QStringLiteral("## Reliability & Support")};
}

void TestCliFix::fixesAndChangesNothingElse()
{
    QFETCH(QString, file);
    QFETCH(QString, breakFrom);
    QFETCH(QString, breakTo);
    QFETCH(QString, fixedAs);
    QFETCH(QStringList, lines);
    QTemporaryDir site;
    QVERIFY(site.isValid());
    const QString target = site.filePath(file);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QByteArray original = Test::readFile(Test::corpusDir() + u'/' + file);
    if (!breakFrom.isEmpty()) {
        QVERIFY(original.contains(breakFrom.toUtf8()));
        original.replace(breakFrom.toUtf8(), breakTo.toUtf8());
    }
    QVERIFY(Test::writeFile(target, original));

    const QStringList fixable = {QStringLiteral("--rule"), QStringLiteral("rating.total-mismatch"), QStringLiteral("--rule"),
                                 QStringLiteral("score."), QStringLiteral("--rule"), QStringLiteral("total.overview-mismatch"),
                                 QStringLiteral("--rule"), QStringLiteral("date.end-"), QStringLiteral("--rule"),
                                 QStringLiteral("permalink."), QStringLiteral("--rule"), QStringLiteral("file.name-"),
                                 QStringLiteral("--rule"), QStringLiteral("section.heading")};
    QCOMPARE(runRubric(QStringList{QStringLiteral("validate"), site.path()} + fixable).exitCode, 1); // something to fix
    const Test::CliResult fixed = runRubric({QStringLiteral("validate"), QStringLiteral("--fix"), site.path()});
    QVERIFY2(fixed.err.contains(QLatin1String("fixed")), qPrintable(fixed.err));
    const Test::CliResult after = runRubric(QStringList{QStringLiteral("validate"), site.path()} + fixable);
    QVERIFY2(after.exitCode == 0, qPrintable(after.out));

    const QByteArray now = Test::readFile(site.filePath(fixedAs));
    QVERIFY(!now.isEmpty());
    QCOMPARE(changedLines(original, now), lines);
    QCOMPARE(now.endsWith('\n'), original.endsWith('\n')); // the final newline, or its absence, kept
}

// A folder inside a site is checked file by file (the site's schema, no rules across
// files, which need the whole site); a folder with no review is an error, not "clean".
void TestCliFix::checksASubFolderOfASite()
{
    const QString folder = Test::corpusDir() + QLatin1String("/_products/en/sony");
    const int files = int(QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files).size());
    QVERIFY(files > 10);
    const Test::CliResult result = runRubric({QStringLiteral("validate"), folder});
    QVERIFY2(result.err.contains(QStringLiteral(" of %1 files").arg(files)), qPrintable(result.err));
    QVERIFY(!result.out.contains(QLatin1String("[pair.")));
    QTemporaryDir empty;
    const Test::CliResult nothing = runRubric({QStringLiteral("validate"), empty.path()});
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY(nothing.err.contains(QLatin1String("no reviews")));
}

QTEST_GUILESS_MAIN(TestCliFix)
#include "tst_cli_fix.moc"
