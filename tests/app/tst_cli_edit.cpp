// `rubric edit` and `rubric tags` as whole processes on a small copy of the corpus.
#include "clirunner.h"
#include "site/sitetestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Rubric;
using namespace Rubric::Test;

namespace {

const QString teac = QStringLiteral("_products/en/teac/teac-vrds-701.md");

struct Files
{
    QHash<QString, QByteArray> bytes;
    QHash<QString, qint64> modified;
    friend bool operator==(const Files &, const Files &) = default;
};

Files files(const QString &root)
{
    Files result;
    for (const auto &path : smallSite) {
        result.bytes.insert(path, readFile(root + u'/' + path));
        result.modified.insert(path, modificationTime(root + u'/' + path));
    }
    return result;
}

} // namespace

class TestCliEdit final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    QProcessEnvironment m_env; // the index cache in the temporary folder, not the user's

    CliResult rubric(const QStringList &arguments) { return runRubric(arguments, m_env); }

private Q_SLOTS:
    void init()
    {
        m_root = m_dir.path() + QStringLiteral("/site");
        QDir(m_root).removeRecursively();
        QVERIFY(copyReviews(m_root, smallSite));
        for (const auto &path : smallSite)
            QVERIFY(setModificationTime(m_root + u'/' + path, oldModificationTime()));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.path() + QStringLiteral("/cache"));
    }

    void dryRunPrintsTheDiffAndChangesNothing()
    {
        const Files before = files(m_root);
        const CliResult result = rubric({QStringLiteral("edit"), m_root, QStringLiteral("--lang"), QStringLiteral("en"),
                                         QStringLiteral("--layout"), QStringLiteral("product"),
                                         QStringLiteral("--add-tag"), QStringLiteral("Checked"), QStringLiteral("--dry-run")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(files(m_root), before);
        QCOMPARE(result.out.count(QStringLiteral("\n+++ b/")), 2);
        QVERIFY(result.out.contains(QStringLiteral("+tags: [Balanced armature, In-ear monitors, Pro Audio, Sony, Checked]\n")));
        QVERIFY(result.err.contains(QStringLiteral("would change: 2 files; refused: 0")));
    }

    void applyChangesOnlyTheValuesLines()
    {
        const QByteArray old = readFile(m_root + u'/' + ierM9());
        const CliResult result = rubric({QStringLiteral("edit"), m_root, QStringLiteral("--where"), QStringLiteral("price<2000"),
                                         QStringLiteral("--lang=en"), QStringLiteral("--set"), QStringLiteral("price=999"),
                                         QStringLiteral("--replace"), QStringLiteral("tags"), QStringLiteral("^Sony$"),
                                         QStringLiteral("SONY"), QStringLiteral("--set"), QStringLiteral("cost_performance=0.4")});
        QCOMPARE(result.exitCode, 0);
        QString mismatch;
        const QByteArray expected = withChanges(old,
                                                {{9, QStringLiteral("rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]"),
                                                  QStringLiteral("rating: [3.3, 0.7, 0.8, 0.4, 0.8, 0.6]")},
                                                 {10, QStringLiteral("price: 1093"), QStringLiteral("price: 999")},
                                                 {12, QStringLiteral("tags: [Balanced armature, In-ear monitors, Pro Audio, Sony]"),
                                                  QStringLiteral("tags: [Balanced armature, In-ear monitors, Pro Audio, SONY]")}},
                                                &mismatch);
        QVERIFY2(!expected.isEmpty(), qPrintable(mismatch));
        // The score lines in the body follow the axis (as `rubric set` does): compare the front matter only.
        const QByteArray now = readFile(m_root + u'/' + ierM9());
        QCOMPARE(now.left(now.indexOf("\n---\n")), expected.left(expected.indexOf("\n---\n")));
        // Not selected (price > 2000, or Japanese): untouched.
        QCOMPARE(modificationTime(m_root + u'/' + teac), oldModificationTime().toMSecsSinceEpoch());
        QCOMPARE(modificationTime(m_root + u'/' + ierM9Ja()), oldModificationTime().toMSecsSinceEpoch());
    }

    void aRefusedFileIsReportedAndTheOthersWritten()
    {
        QVERIFY(writeFile(m_root + u'/' + teac, "---\nlayout: product\nlang: en\ntags: [a, b\n---\n"));
        const CliResult result = rubric({QStringLiteral("edit"), m_root, QStringLiteral("--lang"), QStringLiteral("en"),
                                         QStringLiteral("--add-tag"), QStringLiteral("Checked")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(teac + QStringLiteral(": refused: ")));
        QVERIFY(readFile(m_root + u'/' + ierM9()).contains("Sony, Checked]"));
        QVERIFY(readFile(m_root + QStringLiteral("/_companies/en/sony.md")).contains("Japan, Checked]"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no change") << QStringList{QStringLiteral("edit"), QStringLiteral("DIR")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("edit"), QStringLiteral("DIR"), QStringLiteral("--colour")};
        QTest::newRow("replace short of values") << QStringList{QStringLiteral("edit"), QStringLiteral("DIR"),
                                                                QStringLiteral("--replace"), QStringLiteral("title"), QStringLiteral("x")};
        QTest::newRow("a bad date") << QStringList{QStringLiteral("edit"), QStringLiteral("DIR"), QStringLiteral("--before"),
                                                   QStringLiteral("yesterday"), QStringLiteral("--fix-total")};
        QTest::newRow("a bad where") << QStringList{QStringLiteral("edit"), QStringLiteral("DIR"), QStringLiteral("--where"),
                                                    QStringLiteral("colour=red"), QStringLiteral("--fix-total")};
        QTest::newRow("no such folder") << QStringList{QStringLiteral("edit"), QStringLiteral("/nonexistent/site"),
                                                       QStringLiteral("--fix-total")};
        QTest::newRow("merge without --into") << QStringList{QStringLiteral("tags"), QStringLiteral("merge"), QStringLiteral("DIR"),
                                                             QStringLiteral("a")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(QStringLiteral("DIR"), m_root);
        const Files before = files(m_root);
        const CliResult result = rubric(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QCOMPARE(files(m_root), before);
    }

    void pricesFromCsv()
    {
        const QString csv = m_dir.path() + QStringLiteral("/prices.csv");
        QVERIFY(writeFile(csv, "ref,lang,price\nsony-ier-m9,en,999\nteac-vrds-701,en,3999\n"));
        const CliResult dry = rubric({QStringLiteral("edit"), m_root, QStringLiteral("--prices"), csv, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.out, QStringLiteral("--- a/%1\n+++ b/%1\n@@ -10 +10 @@\n-price: 1093\n+price: 999\n").arg(ierM9()));
        QVERIFY(dry.err.contains(ierM9() + QStringLiteral(": the price changed")));
        const CliResult applied = rubric({QStringLiteral("edit"), m_root, QStringLiteral("--prices"), csv});
        QCOMPARE(applied.exitCode, 0);
        QVERIFY(readFile(m_root + u'/' + ierM9()).contains("\nprice: 999\n"));
        const CliResult missing = rubric({QStringLiteral("edit"), m_root, QStringLiteral("--missing-prices")});
        QCOMPARE(missing.exitCode, 0);
        QCOMPARE(missing.out, QString()); // every product of the small site has one
    }

    // The site's `tags:` rules are live in `rubric validate`, and its --fix renames.
    void tagRulesInValidate()
    {
        QVERIFY(writeFile(m_root + QStringLiteral("/rubric-schema.yml"),
                          "tags:\n  en:\n    canonical: [In-Ear Monitors]\n    synonyms: {Pro Audio: Professional audio}\n"));
        const QByteArray old = readFile(m_root + u'/' + ierM9());
        QVERIFY(old.contains("tags: [Balanced armature, In-ear monitors, Pro Audio, Sony]\n"));
        CliResult result = rubric({QStringLiteral("validate"), m_root, QStringLiteral("--rule"), QStringLiteral("tag.")});
        QVERIFY2(result.out.contains(QStringLiteral("warning: tag \"Pro Audio\" is written \"Professional audio\" on this site [tag.noncanonical]")),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("warning: tag \"In-ear monitors\" is written \"In-Ear Monitors\"")));
        QCOMPARE(readFile(m_root + u'/' + ierM9()), old);
        result = rubric({QStringLiteral("validate"), m_root, QStringLiteral("--rule"), QStringLiteral("tag."), QStringLiteral("--fix")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.contains(QStringLiteral("[tag.noncanonical]")));
        QByteArray expected = old;
        expected.replace("tags: [Balanced armature, In-ear monitors, Pro Audio, Sony]\n",
                         "tags: [Balanced armature, In-Ear Monitors, Professional audio, Sony]\n");
        QCOMPARE(readFile(m_root + u'/' + ierM9()), expected);
    }

    void tagsRenameMergeAndReport()
    {
        const CliResult renamed = rubric({QStringLiteral("tags"), QStringLiteral("rename"), m_root, QStringLiteral("Sony"),
                                          QStringLiteral("SONY"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(renamed.exitCode, 0);
        QVERIFY(readFile(m_root + u'/' + ierM9()).contains("Pro Audio, SONY]"));
        const CliResult merged = rubric({QStringLiteral("tags"), QStringLiteral("merge"), m_root, QStringLiteral("Pro Audio"),
                                         QStringLiteral("SONY"), QStringLiteral("--into"), QStringLiteral("Studio")});
        QCOMPARE(merged.exitCode, 0);
        QVERIFY(readFile(m_root + u'/' + ierM9()).contains("In-ear monitors, Studio]"));

        const CliResult report = rubric({QStringLiteral("tags"), m_root, QStringLiteral("--lang"), QStringLiteral("ja"),
                                         QStringLiteral("--json")});
        QCOMPARE(report.exitCode, 0);
        const QJsonArray languages = QJsonDocument::fromJson(report.out.toUtf8()).array();
        QCOMPARE(languages.size(), 1);
        const QJsonObject ja = languages.at(0).toObject();
        QCOMPARE(ja.value(QStringLiteral("lang")).toString(), QStringLiteral("ja"));
        QCOMPARE(ja.value(QStringLiteral("counterpartLang")).toString(), QStringLiteral("en"));
        QHash<QString, QJsonObject> byName;
        for (const auto &tag : ja.value(QStringLiteral("tags")).toArray())
            byName.insert(tag.toObject().value(QStringLiteral("tag")).toString(), tag.toObject());
        QCOMPARE(byName.size(), 10); // the Japanese company and product reviews' tags
        // One pair each: the same name is the counterpart when the other language has it.
        QCOMPARE(byName.value(QStringLiteral("LDAC")).value(QStringLiteral("counterpart")).toString(), QStringLiteral("LDAC"));
        QCOMPARE(byName.value(s("ソニー")).value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(ja.value(QStringLiteral("singletons")).toArray().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestCliEdit)
#include "tst_cli_edit.moc"
