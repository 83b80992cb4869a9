// ProofChecks: the per-file proofreading rules registered with CheckRegistry run in every
// validation (bulk and live), read the site's `proofreading:` section of rubric-schema.yml
// and fix through Fixer and the document's undo stack.

#include "document/reviewdocument.h"
#include "proof/proofchecks.h"
#include "proof/sitedictionary.h"
#include "schema/schema.h"
#include "site/reviewtemplate.h"
#include "validate/checkregistry.h"
#include "validate/fixer.h"
#include "validate/sitevalidation.h"
#include "validate/validator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Rubric;

namespace {

// A site with one review per language; `schemaYaml` is its rubric-schema.yml (none if empty).
struct Site
{
    QTemporaryDir dir;
    QString en; // site-relative paths
    QString ja;

    explicit Site(const QByteArray &schemaYaml)
    {
        if (!schemaYaml.isEmpty()) {
            QFile schema(dir.filePath(Schema::overrideFileName()));
            if (schema.open(QIODevice::WriteOnly))
                schema.write(schemaYaml);
        }
        en = create(u"en"_s, "\nThe soundstage is wide and the trebel is clean.\nAcme tunes it well.\n");
        ja = create(u"ja"_s, "\nこのドライバーは良い。ドライバの音はＡＢＣで、低域のの量も多い。\n`ドライバ` はコード。\n");
    }

    QString create(const QString &lang, const char *body)
    {
        NewReview review;
        review.layout = u"product"_s;
        review.lang = lang;
        review.companyId = u"acme"_s;
        review.name = u"Acme One"_s;
        review.ref = u"acme-one"_s;
        review.date = QDate(2024, 5, 1);
        const ReviewTemplate made(Schema::forSite(dir.path()), review);
        QString error;
        if (made.create(dir.path(), &error).isEmpty())
            qWarning() << error;
        QFile file(dir.filePath(made.relativePath()));
        if (file.open(QIODevice::Append))
            file.write(body);
        return made.relativePath();
    }

    Problems check(const QString &sitePath) const
    {
        return SiteValidation::checkFile(dir.filePath(sitePath), Schema::forSite(dir.path()), sitePath);
    }
};

Problems withPrefix(const Problems &problems, const QString &prefix = u"proof."_s)
{
    Problems found;
    std::copy_if(problems.cbegin(), problems.cend(), std::back_inserter(found),
                 [&](const Problem &p) { return p.code.startsWith(prefix); });
    return found;
}

// The line of `needle` in the file (1-based).
int lineOf(const QString &path, const QString &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i + 1;
    }
    return -1;
}

} // namespace

class TestProofChecks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { ProofChecks::registerChecks(); }
    void cleanup() { CheckRegistry::remove(u"proofreading"_s); }

    void rulesJoinTheCatalogue()
    {
        for (const auto &code : ProofChecks::fileRuleCodes())
            QVERIFY2(Validator::rule(code), qPrintable(code));
        QVERIFY(!Validator::rule(u"proof.pair-number"_s)); // needs the pair: `rubric proof` only
        CheckRegistry::remove(u"proofreading"_s);
        QVERIFY(!Validator::rule(u"proof.notation-variant"_s));
    }

    void settingsReadTheSchemaSection_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("spelling");
        QTest::addColumn<bool>("particles");
        QTest::addColumn<QStringList>("preferred");
        QTest::addColumn<bool>("error");
        QTest::newRow("no section: the defaults") << QByteArray("languages: []\n") << false << true << QStringList() << false;
        QTest::newRow("spelling on, particles off")
            << QByteArray("proofreading:\n  rules:\n    proof.spelling: on\n    proof.doubled-particle: off\n")
            << true << false << QStringList() << false;
        QTest::newRow("preferred forms")
            << QByteArray("proofreading:\n  prefer: [ドライバ, カテゴリー]\n") << false << true
            << QStringList{u"ドライバ"_s, u"カテゴリー"_s} << false;
        QTest::newRow("a value neither on nor off")
            << QByteArray("proofreading:\n  rules:\n    proof.spelling: maybe\n") << false << true << QStringList() << true;
        QTest::newRow("broken yaml: the defaults") << QByteArray("proofreading: [\n") << false << true << QStringList() << true;
    }

    void settingsReadTheSchemaSection()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, spelling);
        QFETCH(bool, particles);
        QFETCH(QStringList, preferred);
        QFETCH(bool, error);
        const ProofChecks::Settings settings = ProofChecks::settingsFrom(yaml);
        QCOMPARE(settings.enabled.contains(u"proof.spelling"_s), spelling);
        QCOMPARE(settings.enabled.contains(u"proof.doubled-particle"_s), particles);
        QCOMPARE(settings.preferredForms, preferred);
        QCOMPARE(!settings.error.isEmpty(), error);
    }

    void japaneseFindingsAtTheirPlace()
    {
        const Site site("");
        const Problems problems = withPrefix(site.check(site.ja));
        const int line = lineOf(site.dir.filePath(site.ja), u"このドライバー"_s);
        QVERIFY(line > 0);
        auto at = [&](const QString &code) {
            return std::find_if(problems.cbegin(), problems.cend(), [&](const Problem &p) { return p.code == code; });
        };
        // ドライバー once in prose, ドライバ once (the code span is not prose): a tie, the
        // longer form wins.
        const auto variant = at(u"proof.notation-variant"_s);
        QVERIFY(variant != problems.cend());
        QCOMPARE(variant->line, line);
        QCOMPARE(variant->column, 12);
        QCOMPARE(variant->severity, Problem::Severity::Warning);
        QVERIFY(variant->message.contains(u"ドライバー"_s));
        QVERIFY(at(u"proof.fullwidth-alnum"_s) != problems.cend());
        QCOMPARE(at(u"proof.fullwidth-alnum"_s)->column, 19);
        QVERIFY(at(u"proof.doubled-particle"_s) != problems.cend());
        QCOMPARE(problems.size(), 3);
        // English prose has no Japanese rules and spelling is off by default.
        QVERIFY(withPrefix(site.check(site.en)).isEmpty());
    }

    void theSiteChoosesRulesAndForms()
    {
        const Site site("proofreading:\n  rules:\n    proof.doubled-particle: off\n    proof.fullwidth-alnum: off\n"
                        "  prefer: [ドライバ]\n");
        const Problems problems = withPrefix(site.check(site.ja));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, u"proof.notation-preferred"_s);
        QCOMPARE(problems.first().column, 3); // このドライバー: the site writes ドライバ
        QVERIFY(problems.first().message.contains(u"rubric-schema.yml"_s));
    }

    void spellingOnlyWhenTheSiteTurnsItOn()
    {
        const Site site("proofreading:\n  rules:\n    proof.spelling: on\n");
        const Problems problems = withPrefix(site.check(site.en));
        QCOMPARE(problems.size(), 1); // "Acme" is the review's own name, "soundstage" not in
        QCOMPARE(problems.first().code, u"proof.spelling"_s);
        QVERIFY(problems.first().message.contains(u"trebel"_s));
        QCOMPARE(problems.first().line, lineOf(site.dir.filePath(site.en), u"trebel"_s));

        // A word added to the site dictionary is known at the next validation.
        SiteDictionary dictionary;
        QVERIFY(dictionary.load(SiteDictionary::pathFor(site.dir.path())));
        QVERIFY(dictionary.add(u"trebel"_s));
        QVERIFY(withPrefix(site.check(site.en)).isEmpty());
    }

    void fixesGoThroughTheUndoStack()
    {
        const Site site("");
        ReviewDocument document(Schema::forSite(site.dir.path()));
        QVERIFY(document.load(site.dir.filePath(site.ja)));
        const Problems problems = withPrefix(Validator::validate(document));
        QCOMPARE(problems.size(), 3);
        for (const auto &problem : problems) // the review's own majority is a guess: not fixed
            QCOMPARE(Fixer::canFix(problem), problem.code != u"proof.notation-variant"_s);
        QCOMPARE(Fixer::applyAll(document, {u"proof."_s}), 2);
        QVERIFY(document.text().contains(u"ドライバの音はABCで、低域の量も多い。"_s));
        document.undoStack()->undo();
        QVERIFY(document.text().contains(u"ドライバの音はABCで、低域のの量も多い。"_s)); // the last fix undone
    }

    void theSitesPreferredFormIsFixed()
    {
        const Site site("proofreading:\n  prefer: [ドライバ]\n");
        ReviewDocument document(Schema::forSite(site.dir.path()));
        QVERIFY(document.load(site.dir.filePath(site.ja)));
        const Problems problems = withPrefix(Validator::validate(document), u"proof.notation"_s);
        QCOMPARE(problems.size(), 1);
        QVERIFY(Fixer::canFix(problems.first()));
        QVERIFY(Fixer::apply(document, problems.first()).ok());
        QVERIFY(document.text().contains(u"このドライバは良い。ドライバの音"_s));
        QVERIFY(document.text().contains(u"`ドライバ`"_s)); // code untouched
        QVERIFY(withPrefix(Validator::validate(document), u"proof.notation"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProofChecks)
#include "tst_proofchecks.moc"
