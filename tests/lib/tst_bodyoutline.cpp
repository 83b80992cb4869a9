// The body outline: ATX headings outside code fences, section extents, score lines.
#include "document/bodyoutline.h"

#include <QTest>

using namespace Rubric;

namespace {

QStringList headingTexts(const BodyOutline &outline)
{
    QStringList texts;
    for (const auto &heading : outline.headings())
        texts.append(QString::number(heading.level) + u' ' + heading.text);
    return texts;
}

BodyOutline outlineOf(const QString &text, LineIndex *lines)
{
    *lines = LineIndex(text);
    return BodyOutline::parse(text, *lines, 0);
}

} // namespace

class TestBodyOutline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headings_data();
    void headings();
    void sectionsEndAtNextHeadingOfSameLevel();
    void parsingStartsAtTheBody();
    void scoreLine_data();
    void scoreLine();
    void scoreLineUnderHeading_data();
    void scoreLineUnderHeading();
    void firstScoreLineInSection();
};

void TestBodyOutline::headings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "level text"

    QTest::newRow("two levels") << QStringLiteral("## Overview\ntext\n### Detail\n")
                                << QStringList{QStringLiteral("2 Overview"), QStringLiteral("3 Detail")};
    QTest::newRow("inside backtick fence ignored")
        << QStringLiteral("## A\n```\n## not a heading\n```\n## B\n")
        << QStringList{QStringLiteral("2 A"), QStringLiteral("2 B")};
    QTest::newRow("inside tilde fence with info string ignored")
        << QStringLiteral("~~~markdown\n# no\n~~~\n# yes\n") << QStringList{QStringLiteral("1 yes")};
    QTest::newRow("shorter fence does not close")
        << QStringLiteral("````\n```\n## no\n````\n## yes\n") << QStringList{QStringLiteral("2 yes")};
    QTest::newRow("other fence char does not close")
        << QStringLiteral("```\n~~~\n## no\n```\n## yes\n") << QStringList{QStringLiteral("2 yes")};
    QTest::newRow("unclosed fence hides the rest") << QStringLiteral("## A\n```\n## B\n")
                                                   << QStringList{QStringLiteral("2 A")};
    QTest::newRow("fence with text after closer stays open")
        << QStringLiteral("```\n``` x\n## no\n```\n## yes\n") << QStringList{QStringLiteral("2 yes")};
    QTest::newRow("no blank after hashes is not a heading") << QStringLiteral("##Overview\n#tag\n") << QStringList{};
    QTest::newRow("seven hashes is not a heading") << QStringLiteral("####### x\n") << QStringList{};
    QTest::newRow("four spaces indent is code") << QStringLiteral("    ## code\n") << QStringList{};
    QTest::newRow("three spaces indent is a heading") << QStringLiteral("   ## ok\n")
                                                      << QStringList{QStringLiteral("2 ok")};
    QTest::newRow("closing hashes dropped") << QStringLiteral("## Advice ##\n")
                                            << QStringList{QStringLiteral("2 Advice")};
    QTest::newRow("hash inside text kept") << QStringLiteral("## C# tips\n")
                                           << QStringList{QStringLiteral("2 C# tips")};
    QTest::newRow("trailing blanks trimmed") << QStringLiteral("## Advice   \r\n")
                                             << QStringList{QStringLiteral("2 Advice")};
    QTest::newRow("japanese heading") << QStringLiteral("## 科学的有効性\n")
                                      << QStringList{QStringLiteral("2 科学的有効性")};
    QTest::newRow("empty heading") << QStringLiteral("##\n") << QStringList{QStringLiteral("2 ")};
}

void TestBodyOutline::headings()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    LineIndex lines;
    QCOMPARE(headingTexts(outlineOf(text, &lines)), expected);
}

void TestBodyOutline::sectionsEndAtNextHeadingOfSameLevel()
{
    const QString text = QStringLiteral("## A\na\n### A.1\nx\n### A.2\ny\n## B\nb\n# C\n## D\nd");
    LineIndex lines;
    const BodyOutline outline = outlineOf(text, &lines);
    const auto &h = outline.headings();
    QCOMPARE(h.size(), 6);
    QCOMPARE(h.at(0).sectionEnd, h.at(3).start); // A ends at B, past its subsections
    QCOMPARE(h.at(1).sectionEnd, h.at(2).start); // A.1 ends at A.2
    QCOMPARE(h.at(2).sectionEnd, h.at(3).start); // A.2 ends at B (a higher level)
    QCOMPARE(h.at(3).sectionEnd, h.at(4).start); // B ends at the level-1 C
    QCOMPARE(h.at(5).sectionEnd, text.size());   // the last runs to the end
    QCOMPARE(text.mid(h.at(3).start, h.at(3).sectionEnd - h.at(3).start), QStringLiteral("## B\nb\n"));
    QCOMPARE(outline.findSection({QStringLiteral("B"), QStringLiteral("D")}), 3);
    QCOMPARE(outline.findSection({QStringLiteral("A.1")}), -1); // only level-2 headings
    QCOMPARE(outline.findSection({QStringLiteral("C")}), -1);
}

void TestBodyOutline::parsingStartsAtTheBody()
{
    const QString text = QStringLiteral("---\n# comment: in YAML\n---\n## Overview\n");
    const LineIndex lines(text);
    const BodyOutline outline = BodyOutline::parse(text, lines, 3);
    QCOMPARE(headingTexts(outline), QStringList{QStringLiteral("2 Overview")});
    QCOMPARE(outline.headings().front().line, 3);
}

void TestBodyOutline::scoreLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("value"); // null: not a score line

    QTest::newRow("canonical") << QStringLiteral("$$ \\Large \\text{0.7} $$") << QStringLiteral("0.7");
    QTest::newRow("leading space") << QStringLiteral(" $$ \\Large \\text{0.5} $$") << QStringLiteral("0.5");
    QTest::newRow("no inner blanks") << QStringLiteral("$$\\Large\\text{1.0}$$") << QStringLiteral("1.0");
    QTest::newRow("blanks inside braces") << QStringLiteral("$$ \\Large \\text{ 0.4 } $$") << QStringLiteral("0.4");
    QTest::newRow("trailing blanks") << QStringLiteral("$$ \\Large \\text{3.2} $$  ") << QStringLiteral("3.2");
    QTest::newRow("two decimals kept as written") << QStringLiteral("$$ \\Large \\text{0.40} $$")
                                                  << QStringLiteral("0.40");
    QTest::newRow("missing Large") << QStringLiteral("$$ \\text{0.7} $$") << QString();
    QTest::newRow("single dollars") << QStringLiteral("$ \\Large \\text{0.7} $") << QString();
    QTest::newRow("text after") << QStringLiteral("$$ \\Large \\text{0.7} $$ points") << QString();
    QTest::newRow("prose") << QStringLiteral("The score is 0.7.") << QString();
}

void TestBodyOutline::scoreLine()
{
    QFETCH(QString, line);
    QFETCH(QString, value);
    const QString text = QStringLiteral("before\n") + line + QStringLiteral("\nafter\n");
    const LineIndex lines(text);
    const auto score = BodyOutline::scoreLineAt(lines, 1);
    if (value.isNull()) {
        QVERIFY(!score);
        return;
    }
    QVERIFY(score);
    QCOMPARE(score->line, 1);
    QCOMPARE(score->value, value);
    QCOMPARE(text.mid(score->valueStart, score->valueEnd - score->valueStart), value);
}

void TestBodyOutline::scoreLineUnderHeading_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value"); // null: none

    QTest::newRow("after a blank line") << QStringLiteral("## A\n\n$$ \\Large \\text{0.6} $$\n\ntext\n")
                                        << QStringLiteral("0.6");
    QTest::newRow("directly under") << QStringLiteral("## A\n$$ \\Large \\text{0.6} $$\n") << QStringLiteral("0.6");
    QTest::newRow("crlf") << QStringLiteral("## A\r\n\r\n $$ \\Large \\text{0.5} $$\r\n") << QStringLiteral("0.5");
    QTest::newRow("text first") << QStringLiteral("## A\n\ntext\n\n$$ \\Large \\text{0.6} $$\n") << QString();
    QTest::newRow("only in the next section")
        << QStringLiteral("## A\n\n## B\n\n$$ \\Large \\text{0.6} $$\n") << QString();
    QTest::newRow("heading at end of file") << QStringLiteral("## A") << QString();
}

void TestBodyOutline::scoreLineUnderHeading()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    LineIndex lines;
    const BodyOutline outline = outlineOf(text, &lines);
    const auto score = outline.scoreLineUnder(0);
    QCOMPARE(score ? score->value : QString(), value);
    QCOMPARE(bool(score), !value.isNull());
}

void TestBodyOutline::firstScoreLineInSection()
{
    const QString text = QStringLiteral("## Overview\n\nIntro.\n\n$$ \\Large \\text{3.1} $$\n\n## Next\n\n"
                                        "$$ \\Large \\text{0.2} $$\n");
    LineIndex lines;
    const BodyOutline outline = outlineOf(text, &lines);
    QVERIFY(!outline.scoreLineUnder(0));
    QCOMPARE(outline.firstScoreLineIn(0)->value, QStringLiteral("3.1"));
    QCOMPARE(outline.firstScoreLineIn(0)->line, 4);
    QCOMPARE(outline.firstScoreLineIn(1)->value, QStringLiteral("0.2"));
    QCOMPARE(BodyOutline::scoreLineText(QStringLiteral("0.7")), QStringLiteral("$$ \\Large \\text{0.7} $$"));
}

QTEST_GUILESS_MAIN(TestBodyOutline)
#include "tst_bodyoutline.moc"
