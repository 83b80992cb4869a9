// CheckRegistry: a registered module's checks join Validator::validate (live), the bulk
// check of a file (SiteValidation::checkFile) and the catalogue; their fixes go through
// Fixer; each reads its configuration from the site's schema (siteDir, overrideYaml).

#include "document/reviewdocument.h"
#include "schema/schema.h"
#include "site/reviewtemplate.h"
#include "validate/checkregistry.h"
#include "validate/fixer.h"
#include "validate/sitevalidation.h"
#include "validate/validator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Rubric;

namespace {

const QString code = u"test.word"_s;

// Flags each "colour" in the body (as a module above lib/validate would) when the site's
// schema holds `test-words: on`; its fix writes "color".
RegisteredChecks wordChecks()
{
    RegisteredChecks checks;
    checks.name = u"test"_s;
    checks.rules = {{code, Problem::Severity::Warning, true, u"a test word"_s}};
    checks.check = [](const ValidationInput &input, Problems &problems) {
        if (!input.schema.overrideYaml().contains("test-words: on"))
            return;
        const QStringList lines = input.text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (const int column = int(lines.at(i).indexOf(u"colour"_s)); column >= 0)
                problems.append(Validator::make(code, u"colour"_s, i + 1, column + 1));
        }
    };
    checks.describeFix = [](const Problem &) { return u"Write color"_s; };
    checks.fix = [](ReviewDocument &document, const Problem &) {
        const qsizetype at = document.text().indexOf(u"colour"_s);
        return document.editText({{int(at), 6, u"color"_s}}, u"Write color"_s);
    };
    return checks;
}

} // namespace

class TestCheckRegistry final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_site;
    QString m_sitePath;

    QString path() const { return m_site.filePath(m_sitePath); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_site.isValid());
        QFile schema(m_site.filePath(Schema::overrideFileName()));
        QVERIFY(schema.open(QIODevice::WriteOnly));
        schema.write("test-words: on\n");
        schema.close();
        NewReview review;
        review.layout = u"product"_s;
        review.lang = u"en"_s;
        review.companyId = u"acme"_s;
        review.name = u"Acme One"_s;
        review.ref = u"acme-one"_s;
        review.date = QDate(2024, 5, 1);
        const ReviewTemplate made(Schema::forSite(m_site.path()), review);
        QString error;
        QVERIFY2(!made.create(m_site.path(), &error).isEmpty(), qPrintable(error));
        m_sitePath = made.relativePath();
        QFile file(path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("\nThe colour is fine.\n");
    }

    void cleanup() { CheckRegistry::remove(u"test"_s); }

    void schemaKnowsItsSite()
    {
        const Schema schema = Schema::forSite(m_site.path());
        QCOMPARE(schema.siteDir(), m_site.path());
        QCOMPARE(schema.overrideYaml(), QByteArray("test-words: on\n"));
        QVERIFY(Schema::builtin().siteDir().isEmpty());
        QTemporaryDir plain;
        QCOMPARE(Schema::forSite(plain.path()).siteDir(), plain.path()); // no override: still its site
        QVERIFY(Schema::forSite(plain.path()).overrideYaml().isEmpty());
    }

    void unregisteredChecksDoNotRun()
    {
        QVERIFY(!Validator::rule(code));
        const Problems problems = SiteValidation::checkFile(path(), Schema::forSite(m_site.path()), m_sitePath);
        QVERIFY(std::none_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.code == code; }));
    }

    void registeredChecksJoinEveryValidation()
    {
        CheckRegistry::add(wordChecks());
        QVERIFY(Validator::rule(code));
        QCOMPARE(Validator::rule(code)->severity, Problem::Severity::Warning);
        QVERIFY(Validator::rules().last().code == code);

        const Problems bulk = SiteValidation::checkFile(path(), Schema::forSite(m_site.path()), m_sitePath);
        const auto found = std::find_if(bulk.cbegin(), bulk.cend(), [](const Problem &p) { return p.code == code; });
        QVERIFY(found != bulk.cend());
        QCOMPARE(found->column, 5);

        ReviewDocument document(Schema::forSite(m_site.path()));
        QVERIFY(document.load(path()));
        const Problems live = Validator::validate(document);
        QCOMPARE(std::count_if(live.cbegin(), live.cend(), [](const Problem &p) { return p.code == code; }), 1);
    }

    void checksReadTheirSitesConfiguration()
    {
        CheckRegistry::add(wordChecks());
        const Problems problems = SiteValidation::checkFile(path(), Schema::builtin(), m_sitePath);
        QVERIFY(std::none_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.code == code; }));
    }

    void registeredFixesGoThroughFixer()
    {
        CheckRegistry::add(wordChecks());
        ReviewDocument document(Schema::forSite(m_site.path()));
        QVERIFY(document.load(path()));
        const Problems problems = Validator::validate(document);
        const auto found = std::find_if(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.code == code; });
        QVERIFY(found != problems.cend());
        QVERIFY(Fixer::canFix(*found));
        QCOMPARE(Fixer::describe(*found), u"Write color"_s);
        QVERIFY(Fixer::apply(document, *found).ok());
        QVERIFY(document.text().contains(u"The color is fine."_s));
        document.undoStack()->undo();
        QVERIFY(document.text().contains(u"The colour is fine."_s));
        QVERIFY(Fixer::applyAll(document, {u"test."_s}) == 1);
    }

    void removingForgetsTheRules()
    {
        CheckRegistry::add(wordChecks());
        CheckRegistry::add(wordChecks()); // same name: replaced, not doubled
        QCOMPARE(std::count_if(Validator::rules().cbegin(), Validator::rules().cend(),
                               [](const RuleInfo &r) { return r.code == code; }), 1);
        CheckRegistry::remove(u"test"_s);
        QVERIFY(!Validator::rule(code));
        QVERIFY(!CheckRegistry::owner(code));
    }
};

QTEST_GUILESS_MAIN(TestCheckRegistry)
#include "tst_checkregistry.moc"
