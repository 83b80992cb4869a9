#include "edit/siteedit.h"
#include "edit/tagrules.h"

#include "document/reviewdocument.h"
#include "testutil.h"
#include "validate/checkregistry.h"
#include "validate/fixer.h"
#include "validate/sitevalidation.h"
#include "validate/validator.h"

#include <QUndoStack>

#include <thread>

#include <QDir>
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

    // Registered, the rule runs live on an open review, in the bulk check of a file and
    // its fix renames through the document's undo stack, reading the site's own schema.
    void registeredRuleIsLiveAndFixable()
    {
        EditChecks::registerChecks();
        QVERIFY(Validator::rule(QStringLiteral("tag.noncanonical")));
        QTemporaryDir dir;
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("rubric-schema.yml")),
                                "tags:\n  en:\n    canonical: [In-ear monitors]\n    synonyms: {IEM: In-ear monitors}\n"));
        const QString path = QStringLiteral("_products/en/acme/acme-one.md");
        const QByteArray review = "---\nlayout: product\nlang: en\ntitle: \"X\"\ntags:\n  - IEM\n  - DAC\n  - in-ear Monitors\n---\nBody.\n";
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("_products/en/acme"))));
        QVERIFY(Test::writeFile(dir.filePath(path), review));
        const Schema schema = Schema::forSite(dir.path());
        const auto noncanonical = [](const Problems &problems) {
            return std::count_if(problems.cbegin(), problems.cend(),
                                 [](const Problem &p) { return p.code == QLatin1String("tag.noncanonical"); });
        };
        QCOMPARE(noncanonical(SiteValidation::checkFile(dir.filePath(path), schema, path)), 2);
        QCOMPARE(noncanonical(SiteValidation::checkFile(dir.filePath(path), Schema::builtin(), path)), 0);

        ReviewDocument document(schema);
        QVERIFY(document.load(dir.filePath(path)));
        const Problems live = Validator::validate(document);
        QCOMPARE(noncanonical(live), 2);
        const auto found = std::find_if(live.cbegin(), live.cend(), [](const Problem &p) { return p.code == QLatin1String("tag.noncanonical"); });
        QVERIFY(Fixer::canFix(*found));
        QVERIFY(Fixer::apply(document, *found).changed);
        QCOMPARE(document.text(), QStringLiteral("---\nlayout: product\nlang: en\ntitle: \"X\"\ntags:\n  - In-ear monitors\n  - DAC\n---\nBody.\n"));
        QCOMPARE(noncanonical(Validator::validate(document)), 0);
        document.undoStack()->undo();
        QCOMPARE(document.text(), QString::fromUtf8(review));
        CheckRegistry::remove(QStringLiteral("tags"));
    }

    // The parsed rules are shared per schema text, from any number of threads at once.
    void rulesAreCachedPerTextAcrossThreads()
    {
        std::vector<const TagRules *> seen(64);
        {
            std::vector<std::jthread> threads;
            for (int run = 0; run < 64; ++run) {
                threads.emplace_back([run, &seen] {
                    seen[run] = EditChecks::rulesFor(run % 2 ? config : QByteArray("tags: {en: {canonical: [DAC]}}\n")).get();
                });
            }
        }
        QCOMPARE(QSet<const TagRules *>(seen.cbegin(), seen.cend()).size(), 2);
        QCOMPARE(EditChecks::rulesFor(config)->canonical(QStringLiteral("en"), QStringLiteral("IEM")).value_or(QString()),
                 QStringLiteral("In-ear monitors"));
        QVERIFY(EditChecks::rulesFor("tags: [broken\n")->isEmpty());
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
