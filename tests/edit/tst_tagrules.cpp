#include "edit/siteedit.h"
#include "edit/tagrules.h"

#include "document/reviewdocument.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;

namespace {

const QByteArray config = "languages: []\n"
                          "tags:\n"
                          "  en:\n"
                          "    canonical: [In-ear monitors, Headphones]\n"
                          "    synonyms: {IEM: In-ear monitors}\n"
                          "  ja:\n"
                          "    canonical: [インイヤーモニター]\n";

} // namespace

class TestTagRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonical_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("expected"); // "" when the tag is fine
        QTest::newRow("canonical itself") << QStringLiteral("en") << QStringLiteral("In-ear monitors") << QString();
        QTest::newRow("case and hyphens") << QStringLiteral("en") << QStringLiteral("In-Ear-Monitors") << QStringLiteral("In-ear monitors");
        QTest::newRow("singular") << QStringLiteral("en") << QStringLiteral("headphone") << QStringLiteral("Headphones");
        QTest::newRow("a synonym") << QStringLiteral("en") << QStringLiteral("IEM") << QStringLiteral("In-ear monitors");
        QTest::newRow("unknown tag left alone") << QStringLiteral("en") << QStringLiteral("DAC") << QString();
        QTest::newRow("per language") << QStringLiteral("ja") << QStringLiteral("IEM") << QString();
        QTest::newRow("full width") << QStringLiteral("ja") << QString::fromUtf8("ｲﾝｲﾔｰﾓﾆﾀｰ") << QString::fromUtf8("インイヤーモニター");
    }

    void canonical()
    {
        QFETCH(QString, lang);
        QFETCH(QString, tag);
        QFETCH(QString, expected);
        QString error;
        const auto rules = TagRules::fromYaml(config, &error);
        QVERIFY2(rules, qPrintable(error));
        QCOMPARE(rules->canonical(lang, tag).value_or(QString()), expected);
    }

    void checkAndFixThroughTheEngine()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("rubric-schema.yml")), config));
        QString error;
        const auto rules = TagRules::forSite(dir.path(), &error);
        QVERIFY2(rules && !rules->isEmpty(), qPrintable(error));
        const QByteArray review = "---\nlayout: product\nlang: en\ntitle: \"X\"\ntags: [IEM, DAC, In-Ear Monitors, headphone]\n---\nBody.\n";
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("x.md")), review));
        ReviewDocument document;
        QVERIFY(document.load(dir.filePath(QStringLiteral("x.md"))));
        const Problems problems = rules->check(document);
        QCOMPARE(problems.size(), 3);
        for (const auto &problem : problems) {
            QCOMPARE(problem.code, QStringLiteral("tag.noncanonical"));
            QCOMPARE(problem.line, 5);
        }
        const QList<SiteChange> fixes = rules->fixes(QStringLiteral("en"), {QStringLiteral("IEM"), QStringLiteral("DAC"),
                                                                            QStringLiteral("In-Ear Monitors"), QStringLiteral("headphone")});
        QCOMPARE(fixes.size(), 2); // both spellings of In-ear monitors merge in one change
        const FilePlan plan = SiteEdit::plan(QStringLiteral("x.md"), review, fixes, Schema::builtin());
        QVERIFY2(plan.isChange(), qPrintable(plan.refusal));
        QCOMPARE(plan.diff, QStringLiteral("--- a/x.md\n+++ b/x.md\n@@ -5 +5 @@\n-tags: [IEM, DAC, In-Ear Monitors, headphone]\n"
                                           "+tags: [In-ear monitors, DAC, Headphones]\n"));
    }

    void noSectionNoFileAndABadOne()
    {
        QString error;
        QVERIFY(TagRules::fromYaml("languages: []\n", &error)->isEmpty());
        QTemporaryDir dir;
        QVERIFY(TagRules::forSite(dir.path(), &error)->isEmpty());
        QVERIFY(!TagRules::fromYaml("tags: [a, b]\n", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!TagRules::fromYaml("tags: {en: [\n", &error));
        QVERIFY(error.startsWith(QLatin1String("line ")));
    }
};

QTEST_GUILESS_MAIN(TestTagRules)
#include "tst_tagrules.moc"
