// The site-pitfall fixes: each row breaks the clean review with one pitfall, applies the
// Fixer to its problem and checks the line written, that no problem is left (nor a new
// one, e.g. a backslash the site forbids) and that one undo restores the text.
#include "document/reviewdocument.h"
#include "validate/fixer.h"
#include "validate/validator.h"
#include "validatorcases.h"

#include <QTest>
#include <QUndoStack>

using namespace Rubric;
using namespace Rubric::Test;

class TestSitePitfalls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixKeepsTheMeaning_data();
    void fixKeepsTheMeaning();
    void everyPitfallOfAFileIsFixed();
    void onlyTheChosenRuleIsFixed();
};

void TestSitePitfalls::fixKeepsTheMeaning_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fixedLine");
    QTest::newRow("prose pipe written as a character reference")
        << edited(englishReview, {{"Audition it before buying.", "Audition it | before `a|b` buying."}})
        << QStringLiteral("site.prose-table") << 51 << QStringLiteral("Audition it &#124; before `a|b` buying.");
    QTest::newRow("parenthesis list number written with a period")
        << edited(englishReview, {{"Audition it before buying.", "1) Audition it before buying."}})
        << QStringLiteral("site.paren-list") << 51 << QStringLiteral("1. Audition it before buying.");
    QTest::newRow("bare URL wrapped in angle brackets, sentence period left outside")
        << edited(englishReview, {{"before buying.", "before buying: https://example.com/_media/guide_.pdf."}})
        << QStringLiteral("site.url-emphasis") << 51
        << QStringLiteral("Audition it before buying: <https://example.com/_media/guide_.pdf>.");
    QTest::newRow("brackets moved outside Japanese bold")
        << edited(japaneseReview, {{"購入前に試聴を勧める。", "購入前に**「試聴」**を勧める。"}})
        << QStringLiteral("site.ambiguous-bold") << 51 << QStringLiteral("購入前に「**試聴**」を勧める。");
    QTest::newRow("closing bracket moved outside bold that ends in one")
        << edited(japaneseReview, {{"購入前に試聴を勧める。", "購入前に**PFFB（後述）**を勧める。"}})
        << QStringLiteral("site.ambiguous-bold") << 51 << QStringLiteral("購入前に**PFFB（後述**）を勧める。");
}

void TestSitePitfalls::fixKeepsTheMeaning()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(QString, fixedLine);
    ReviewDocument document;
    QVERIFY(document.loadBytes(text.toUtf8()));
    const Problems before = Validator::validate(document, today());
    QCOMPARE(before.size(), 1);
    const Problem &problem = before.first();
    QCOMPARE(problem.code, code);
    QCOMPARE(problem.line, line);
    QVERIFY(Fixer::canFix(problem));
    QVERIFY(!Fixer::describe(problem).isEmpty());

    const EditOutcome outcome = Fixer::apply(document, problem);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY(outcome.changed);
    QCOMPARE(document.text().split(u'\n').at(line - 1), fixedLine);
    const Problems after = Validator::validate(document, today());
    QVERIFY2(after.isEmpty(), qPrintable(after.isEmpty() ? QString() : after.first().code + u' ' + after.first().message));

    document.undoStack()->undo();
    QCOMPARE(document.text(), text);
}

void TestSitePitfalls::everyPitfallOfAFileIsFixed()
{
    // Two list items and two pipes: applyAll re-checks after each fix until none is left.
    const QString text = edited(englishReview, {{"Audition it before buying.", "1) Audition it.\n2) Buy it | or not."}});
    ReviewDocument document;
    QVERIFY(document.loadBytes(text.toUtf8()));
    QVERIFY(Validator::validate(document, today()).size() >= 2);
    QStringList errors;
    QVERIFY(Fixer::applyAll(document, &errors) >= 2);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QVERIFY(Validator::validate(document, today()).isEmpty());
    QVERIFY(document.text().contains(QLatin1String("1. Audition it.\n2. Buy it")));
}

void TestSitePitfalls::onlyTheChosenRuleIsFixed()
{
    // A "1)" list and a prose pipe: fixing site.paren-list leaves the pipe alone.
    const QString text = edited(englishReview, {{"Audition it before buying.", "1) Audition it.\n2) Buy it | or not."}});
    ReviewDocument document;
    QVERIFY(document.loadBytes(text.toUtf8()));
    int parenLists = 0;
    for (const auto &problem : Validator::validate(document, today()))
        parenLists += problem.code == QLatin1String("site.paren-list") ? 1 : 0;
    QVERIFY(parenLists > 0);
    QStringList errors;
    QCOMPARE(Fixer::applyAll(document, {QStringLiteral("site.paren-list")}, &errors), parenLists);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QVERIFY(document.text().contains(QLatin1String("1. Audition it.\n2. Buy it | or not.")));
    QStringList left;
    for (const auto &problem : Validator::validate(document, today()))
        left.append(problem.code);
    QCOMPARE(left, QStringList{QStringLiteral("site.prose-table")});
}

QTEST_GUILESS_MAIN(TestSitePitfalls)
#include "tst_sitepitfalls.moc"
