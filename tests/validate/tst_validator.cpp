// The per-file rules of Validator::validate(): for every rule code one minimal review that
// breaks exactly that rule (code, severity, line, column, field) and one near miss that
// passes, all made from the clean English and Japanese reviews of validatorcases.cpp.
#include "document/bodyoutline.h"
#include "document/frontmatter.h"
#include "document/reviewdocument.h"
#include "schema/schema.h"
#include "validate/fixer.h"
#include "validate/validator.h"
#include "validatorcases.h"

#include <QSet>
#include <QUndoStack>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Rubric;
using namespace Rubric::Test;
using namespace Qt::StringLiterals;

namespace {

Problems validate(const QString &text, const QString &sitePath)
{
    const FrontMatter frontMatter = FrontMatter::parse(text);
    const BodyOutline outline = BodyOutline::parse(text, frontMatter.lines(), frontMatter.bodyFirstLine());
    return Validator::validate({Schema::builtin(), text, frontMatter, outline, sitePath, today()});
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines.append(QStringLiteral("%1:%2 %3 (%4) %5").arg(p.line).arg(p.column).arg(p.code, p.field, p.message));
    return lines.join(u'\n');
}

} // namespace

class TestValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanReviewsHaveNoProblem_data();
    void cleanReviewsHaveNoProblem();
    void breaks_data();
    void breaks();
    void passes_data();
    void passes();
    void everyCodeIsExercised();
    void gluedCloserIsFixedInOneUndoableStep();
    void missingScoreLineFoundLowerIsMovedNotDoubled_data();
    void missingScoreLineFoundLowerIsMovedNotDoubled();
    void fixingOneRuleLeavesTheOthers_data();
    void fixingOneRuleLeavesTheOthers();
    void everyProducedCodeIsCatalogued_data();
    void everyProducedCodeIsCatalogued();
};

void TestValidator::cleanReviewsHaveNoProblem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sitePath");
    QTest::newRow("English product review") << s(englishReview) << enPath();
    QTest::newRow("Japanese product review") << s(japaneseReview) << jaPath();
    QTest::newRow("outside a site") << s(englishReview) << QString();
}

void TestValidator::cleanReviewsHaveNoProblem()
{
    QFETCH(QString, text);
    QFETCH(QString, sitePath);
    const Problems problems = validate(text, sitePath);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestValidator::breaks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sitePath");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    for (const auto &row : breakRows())
        QTest::newRow(row.name) << row.text << row.sitePath << row.code << row.severity << row.line << row.column
                                << row.field;
}

void TestValidator::breaks()
{
    QFETCH(QString, text);
    QFETCH(QString, sitePath);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    const Problems problems = validate(text, sitePath);
    // Exactly one problem: the file breaks this rule and no other.
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    const Problem &problem = problems.first();
    QCOMPARE(problem.code, code);
    QCOMPARE(problem.severityName(), severity);
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);
    QCOMPARE(problem.field, field);
    QVERIFY(!problem.message.isEmpty());
    const RuleInfo *info = Validator::rule(code);
    QVERIFY2(info, qPrintable(code + QLatin1String(" is not in the catalogue")));
    QCOMPARE(problem.severity, info->severity);
}

void TestValidator::passes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sitePath");
    QTest::addColumn<QString>("code");
    for (const auto &row : passRows())
        QTest::newRow(row.name) << row.text << row.sitePath << row.code;
}

void TestValidator::passes()
{
    QFETCH(QString, text);
    QFETCH(QString, sitePath);
    QFETCH(QString, code);
    QVERIFY(Validator::rule(code));
    // A near miss is a clean review: no problem of its rule, nor of any other.
    const Problems problems = validate(text, sitePath);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestValidator::everyCodeIsExercised()
{
    // Rules over a whole site (SiteRules) and rules of reading bytes (ReviewDocument).
    const QSet<QString> needSite = {QStringLiteral("pair.missing"), QStringLiteral("pair.ref-only"),
                                    QStringLiteral("pair.rating-mismatch"), QStringLiteral("pair.price-ratio"),
                                    QStringLiteral("ref.duplicate")};
    const QSet<QString> fromReading = {QStringLiteral("load.invalid-utf8"), QStringLiteral("load.io"),
                                       QStringLiteral("load.too-large"),
                                       // produced by a nested front matter in everyProducedCodeIsCatalogued
                                       QStringLiteral("load.yaml-too-large"), QStringLiteral("load.yaml-too-deep"),
                                       // produced by hostile files in tests/hostile
                                       QStringLiteral("load.binary"), QStringLiteral("load.not-a-file")};
    QSet<QString> broken;
    for (const auto &row : breakRows())
        broken.insert(row.code);
    QSet<QString> passed;
    for (const auto &row : passRows())
        passed.insert(row.code);
    QSet<QString> catalogue;
    for (const auto &info : Validator::rules()) {
        catalogue.insert(info.code);
        if (needSite.contains(info.code) || fromReading.contains(info.code))
            continue;
        QVERIFY2(broken.contains(info.code), qPrintable(info.code + QLatin1String(": no row breaks it")));
        QVERIFY2(passed.contains(info.code), qPrintable(info.code + QLatin1String(": no row passes it")));
    }
    // The lists name real codes, so a renamed rule cannot hide here (load.io: see below).
    for (const auto &code : needSite + broken + passed + QSet<QString>{QStringLiteral("load.invalid-utf8")})
        QVERIFY2(catalogue.contains(code), qPrintable(code + QLatin1String(" is not in the catalogue")));
}

void TestValidator::gluedCloserIsFixedInOneUndoableStep()
{
    const auto rows = breakRows();
    const auto row = std::find_if(rows.cbegin(), rows.cend(), [](const Break &candidate) {
        return candidate.code == QLatin1String("load.front-matter-closer-glued");
    });
    QVERIFY(row != rows.cend());
    ReviewDocument document(Schema::builtin());
    document.loadBytes(row->text.toUtf8(), row->sitePath);
    const Problems before = Validator::validate(document);
    QCOMPARE(before.size(), 1);
    QVERIFY(Fixer::canFix(before.first()));
    QVERIFY(!Fixer::describe(before.first()).isEmpty());
    const EditOutcome outcome = Fixer::apply(document, before.first());
    QVERIFY2(outcome.ok() && outcome.changed, qPrintable(outcome.error));
    QVERIFY(document.frontMatter().isClosed());
    QVERIFY(document.text().contains(QLatin1String("\n---\n## Overview\n")));
    QVERIFY(!document.text().contains(QLatin1String("---## ")));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.text(), row->text);
}

// score.missing means "not the first line of its section"; when the line is there lower
// down, the fix moves it (the author's bytes) rather than inserting a second one.
void TestValidator::missingScoreLineFoundLowerIsMovedNotDoubled_data()
{
    QTest::addColumn<QString>("text");
    const char *line = "## Cost-Performance\n\n$$ \\Large \\text{0.3} $$\n\nCalculation:";
    QTest::newRow("after a sentence") << edited(englishReview, {{line, "## Cost-Performance\n\nFirst a sentence.\n\n$$ \\Large \\text{0.3} $$\n\nCalculation:"}});
    QTest::newRow("right after the text, no blank line")
        << edited(englishReview, {{line, "## Cost-Performance\n\nFirst a sentence.\n$$ \\Large \\text{0.3} $$\n\nCalculation:"}});
    QTest::newRow("written in another spacing") << edited(englishReview, {{line, "## Cost-Performance\n\nFirst a sentence.\n\n$$\\Large\\text{0.3}$$\n\nCalculation:"}});
}

void TestValidator::missingScoreLineFoundLowerIsMovedNotDoubled()
{
    QFETCH(QString, text);
    ReviewDocument document(Schema::builtin());
    QVERIFY(document.loadBytes(text.toUtf8(), enPath()));
    const Problems before = Validator::validate(document, today());
    const auto missing = std::find_if(before.cbegin(), before.cend(), [](const Problem &p) { return p.code == QLatin1String("score.missing"); });
    QVERIFY2(missing != before.cend(), qPrintable(describe(before)));
    const EditOutcome outcome = Fixer::apply(document, *missing);
    QVERIFY2(outcome.ok() && outcome.changed, qPrintable(outcome.error));
    QVERIFY2(Validator::validate(document, today()).isEmpty(), qPrintable(describe(Validator::validate(document, today())) + u'\n' + document.text()));
    QCOMPARE(document.text().count(u"text{0.3}"_s), text.count(u"text{0.3}"_s)); // moved, not doubled
    QVERIFY(!document.text().contains(u"\n\n\n"_s));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.text(), text);
}

// `rubric validate --fix --rule R` goes through Fixer::applyAll with R: a review breaking two
// fixable rules must come out with only R's problem fixed and the other's text untouched.
void TestValidator::fixingOneRuleLeavesTheOthers_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("fixedCode");
    QTest::addColumn<QString>("keptCode");
    QTest::addColumn<QString>("keptText");
    QTest::newRow("only the total") << u"rating."_s << u"rating.total-mismatch"_s << u"score.mismatch"_s
                                    << u"## Cost-Performance\n\n$$ \\Large \\text{0.4}"_s;
    QTest::newRow("only the score lines") << u"score."_s << u"score.mismatch"_s << u"rating.total-mismatch"_s << u"[3.3,"_s;
}

void TestValidator::fixingOneRuleLeavesTheOthers()
{
    QFETCH(QString, rule);
    QFETCH(QString, fixedCode);
    QFETCH(QString, keptCode);
    QFETCH(QString, keptText);
    const QString text = edited(englishReview, {{"[3.2,", "[3.3,"},
                                    {"## Cost-Performance\n\n$$ \\Large \\text{0.3}", "## Cost-Performance\n\n$$ \\Large \\text{0.4}"}});
    ReviewDocument document(Schema::builtin());
    QVERIFY(document.loadBytes(text.toUtf8(), enPath()));
    auto codes = [&] {
        QSet<QString> found;
        for (const auto &problem : Validator::validate(document, today()))
            found.insert(problem.code);
        return found;
    };
    QVERIFY2(codes().contains(fixedCode) && codes().contains(keptCode), qPrintable(describe(Validator::validate(document, today()))));
    QStringList errors;
    QCOMPARE(Fixer::applyAll(document, {rule}, &errors), 1);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const QSet<QString> after = codes();
    QVERIFY(!after.contains(fixedCode));
    QVERIFY(after.contains(keptCode));
    QVERIFY(document.text().contains(keptText));
}

void TestValidator::everyProducedCodeIsCatalogued_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("produced");
    // Front matter nested deeper than the reader allows.
    const QString deep = QLatin1String("layout: ") + QString(120, u'[') + QString(120, u']') + u'\n';
    const Problems nested = validate(s(englishReview).replace(yamlOf(englishReview), deep), enPath());
    QTest::newRow("front matter nested too deep")
        << QStringLiteral("load.yaml-too-deep") << (nested.isEmpty() ? QString() : nested.first().code);
    QTemporaryDir dir;
    QFile large(dir.filePath(QStringLiteral("large.md")));
    if (large.open(QIODevice::WriteOnly))
        large.resize(ReviewDocument::maximumFileSize + 1); // sparse: quick to make, refused before reading
    large.close();
    ReviewDocument huge;
    huge.load(large.fileName());
    const Problems tooLarge = Validator::validate(huge, today());
    QTest::newRow("file too large to be a review")
        << QStringLiteral("load.too-large") << (tooLarge.isEmpty() ? QString() : tooLarge.first().code);
    ReviewDocument missing;
    missing.load(QStringLiteral(RUBRIC_TEST_DATA_DIR "/validate/no-such-file.md"));
    const Problems unread = Validator::validate(missing, today());
    QTest::newRow("file that cannot be read")
        << QStringLiteral("load.io") << (unread.isEmpty() ? QString() : unread.first().code);
}

void TestValidator::everyProducedCodeIsCatalogued()
{
    QFETCH(QString, code);
    QFETCH(QString, produced);
    QCOMPARE(produced, code);
    QVERIFY2(Validator::rule(code), qPrintable(code + QLatin1String(" is not in the catalogue")));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
