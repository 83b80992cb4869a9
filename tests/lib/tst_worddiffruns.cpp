// WordDiff::runs: what changed in a source section since its baseline, word by word.
#include "document/worddiff.h"

#include <QTest>

using namespace Rubric;

class TestWordDiffRuns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsRebuildBothTexts_data();
    void runsRebuildBothTexts();
    void aWordChangedIsOneRemovedAndOneAdded();
    void japaneseDiffersByCharacter();
    void htmlEscapesAndMarks();
};

namespace {

QString side(const QList<WordDiff::Run> &runs, WordDiff::Run::Kind skipped)
{
    QString text;
    for (const WordDiff::Run &run : runs) {
        if (run.kind != skipped)
            text += run.text;
    }
    return text;
}

} // namespace

void TestWordDiffRuns::runsRebuildBothTexts_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("same text") << QStringLiteral("A price of 260 USD.") << QStringLiteral("A price of 260 USD.");
    QTest::newRow("a sentence added") << QStringLiteral("One.") << QStringLiteral("One. Two more words.");
    QTest::newRow("from nothing") << QString() << QStringLiteral("New section.");
    QTest::newRow("to nothing") << QStringLiteral("Old section.") << QString();
    QTest::newRow("paragraphs moved") << QStringLiteral("First.\n\nSecond.") << QStringLiteral("Second.\n\nFirst.");
    QTest::newRow("mixed scripts") << QStringLiteral("DDM 方式のドライバ") << QStringLiteral("DDM 方式の新しいドライバ");
}

void TestWordDiffRuns::runsRebuildBothTexts()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QList<WordDiff::Run> runs = WordDiff::runs(before, after);
    QCOMPARE(side(runs, WordDiff::Run::Kind::Added), before);
    QCOMPARE(side(runs, WordDiff::Run::Kind::Removed), after);
    for (qsizetype i = 1; i < runs.size(); ++i)
        QVERIFY(runs.at(i).kind != runs.at(i - 1).kind); // merged into runs
}

void TestWordDiffRuns::aWordChangedIsOneRemovedAndOneAdded()
{
    const QList<WordDiff::Run> runs = WordDiff::runs(QStringLiteral("It costs 260 USD today."),
                                                      QStringLiteral("It costs 240 USD today."));
    const QList<WordDiff::Run> expected{{WordDiff::Run::Kind::Same, QStringLiteral("It costs ")},
                                      {WordDiff::Run::Kind::Removed, QStringLiteral("260")},
                                      {WordDiff::Run::Kind::Added, QStringLiteral("240")},
                                      {WordDiff::Run::Kind::Same, QStringLiteral(" USD today.")}};
    QCOMPARE(runs, expected);
}

void TestWordDiffRuns::japaneseDiffersByCharacter()
{
    QCOMPARE(WordDiff::words(QStringLiteral("概要です")).size(), 4);
    const QList<WordDiff::Run> runs = WordDiff::runs(QStringLiteral("高い性能"), QStringLiteral("低い性能"));
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.at(0), (WordDiff::Run{WordDiff::Run::Kind::Removed, QStringLiteral("高")}));
    QCOMPARE(runs.at(1), (WordDiff::Run{WordDiff::Run::Kind::Added, QStringLiteral("低")}));
}

void TestWordDiffRuns::htmlEscapesAndMarks()
{
    const QString html = WordDiff::toHtml(WordDiff::runs(QStringLiteral("a <b>"), QStringLiteral("a <c>\nd")));
    QVERIFY(html.contains(QLatin1String("&lt;")));
    QVERIFY(!html.contains(QLatin1String("<b>")));
    QVERIFY(html.contains(QLatin1String("<s ")));
    QVERIFY(html.contains(QLatin1String("<u ")));
    QVERIFY(html.contains(QLatin1String("<br/>")));
}

QTEST_GUILESS_MAIN(TestWordDiffRuns)
#include "tst_worddiffruns.moc"
