// MarkdownRenderer against kramdown, case by case: each row's expected block structure is
// what Debian's kramdown 2.4.0 (GFM input, the site's options) makes of the Markdown,
// as tests/fidelity/kramdown_html.rb renders it and blockStructure() reads it.
#include "blockstructure.h"
#include "render/markdownrenderer.h"

#include <QTest>

using namespace Rubric;

class TestMarkdownRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersLikeTheSite_data();
    void rendersLikeTheSite();
    void scoreBadgeShowsTheValue();
    void headingAnchorsForThePreview();
    void pathologicalEmphasisFallsBackToCommonMark();
};

void TestMarkdownRenderer::rendersLikeTheSite_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("site");
    QTest::newRow("apostrophe after a period closes")
        << QStringLiteral("AudioVero e.K.'s support is good.\n")
        << QStringLiteral("p: AudioVero e.K.’s support is good.");
    QTest::newRow("quote after an em dash closes")
        << QStringLiteral("The philosophy—\"enabling anyone\"—is rational.\n")
        << QStringLiteral("p: The philosophy—”enabling anyone”—is rational.");
    QTest::newRow("duplicate headings get numbered ids")
        << QStringLiteral("## Reliability & Support\n\nA\n\n## Reliability & Support\n\nB\n")
        << QStringLiteral("h2#reliability--support: Reliability & Support\np: A\nh2#reliability--support-1: Reliability & Support\np: B");
    QTest::newRow("Japanese heading id")
        << QStringLiteral("## 信頼性・サポート\n\nA\n")
        << QStringLiteral("h2#信頼性サポート: 信頼性・サポート\np: A");
    QTest::newRow("heading id keeps underscores")
        << QStringLiteral("## snake_case Notes\n\nA\n")
        << QStringLiteral("h2#snake_case-notes: snake_case Notes\np: A");
    QTest::newRow("score line between blank lines is a badge")
        << QStringLiteral("## Technology Level\n\n$$ \\Large \\text{0.8} $$\n\nText.\n")
        << QStringLiteral("h2#technology-level: Technology Level\nmath: ⟨score 0.8⟩\np: Text.");
    QTest::newRow("score line under a heading is inline")
        << QStringLiteral("## Technology Level\n$$ \\Large \\text{0.8} $$\n\nText.\n")
        << QStringLiteral("h2#technology-level: Technology Level\np: ⟨score 0.8⟩\np: Text.");
    QTest::newRow("prose pipe line becomes a one-row table")
        << QStringLiteral("Intro.\n\nNura Reviews | Read Customer Service\n\nMore.\n")
        << QStringLiteral("p: Intro.\ntable\n  tbody\n    tr\n      td: Nura Reviews\n      td: Read Customer Service\np: More.");
    QTest::newRow("pipe line right after a heading stays text")
        << QStringLiteral("## References\nNura Reviews | Read Customer Service\n\nMore.\n")
        << QStringLiteral("h2#references: References\np: Nura Reviews | Read Customer Service\np: More.");
    QTest::newRow("pipe line inside a paragraph stays text")
        << QStringLiteral("Intro line\nNura Reviews | Read Customer Service\n")
        << QStringLiteral("p: Intro line Nura Reviews | Read Customer Service");
    QTest::newRow("prose pipe line in a tight list item")
        << QStringLiteral("1. First source\n2. Nura Reviews | Read Customer Service\n3. Third source\n")
        << QStringLiteral("ol\n  li: First source\n  li\n    table\n      tbody\n        tr\n          td: Nura Reviews\n          td: Read Customer Service\n  li: Third source");
    QTest::newRow("parenthesis list runs into one paragraph")
        << QStringLiteral("Steps:\n\n1) first\n2) second\n")
        << QStringLiteral("p: Steps:\np: 1) first 2) second");
    QTest::newRow("underscores in a bare URL become italics")
        << QStringLiteral("See https://example.com/_media/guide_.pdf for details.\n")
        << QStringLiteral("p: See https://example.com/⟦i⟧media/guide⟦/i⟧.pdf for details.");
    QTest::newRow("bare URL is not a link")
        << QStringLiteral("See https://example.com/page for details.\n")
        << QStringLiteral("p: See https://example.com/page for details.");
    QTest::newRow("Japanese bold around brackets")
        << QStringLiteral("これは**「太字」**です。\n")
        << QStringLiteral("p: これは⟦b⟧「太字」⟦/b⟧です。");
    QTest::newRow("Japanese bold ending in a bracket")
        << QStringLiteral("技術として**Post-Filter Feedback（PFFB）**を実装。\n")
        << QStringLiteral("p: 技術として⟦b⟧Post-Filter Feedback（PFFB）⟦/b⟧を実装。");
    QTest::newRow("double tildes strike through, single ones do not")
        << QStringLiteral("a ~~b **c**~~ d ~e~ and ~~ f~~ and **x ~~y** z~~\n")
        << QStringLiteral("p: a ⟦s⟧b ⟦b⟧c⟦/b⟧⟦/s⟧ d ~e~ and ~~ f~~ and **x ⟦s⟧y** z⟦/s⟧");
    QTest::newRow("single tildes are not strikethrough")
        << QStringLiteral("Costs ~50 USD or ~60 USD.\n")
        << QStringLiteral("p: Costs ~50 USD or ~60 USD.");
    QTest::newRow("table alignment as style attributes")
        << QStringLiteral("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n")
        << QStringLiteral("table\n  thead\n    tr\n      th:left: a\n      th:center: b\n      th:right: c\n  tbody\n    tr\n      td:left: 1\n      td:center: 2\n      td:right: 3");
    QTest::newRow("item followed by a nested list stays tight in a loose list")
        << QStringLiteral("- Budget: cable A\n  - comparator B\n\n- Premium: cable C\n  - comparator D\n")
        << QStringLiteral("ul\n  li: Budget: cable A\n    ul\n      li: comparator B\n  li: Premium: cable C\n    ul\n      li: comparator D");
    QTest::newRow("loose list items get paragraphs")
        << QStringLiteral("- one\n\n- two\n\n- three\n")
        << QStringLiteral("ul\n  li\n    p: one\n  li\n    p: two\n  li\n    p: three");
    QTest::newRow("score line alone in list items is a badge, and the last item stays bare")
        << QStringLiteral("- $$ \\Large \\text{1.0} $$\n- b\n\n1. $$ \\Large \\text{0.5} $$\n\n2. c\n")
        << QStringLiteral("ul\n  li\n    math: ⟨score 1.0⟩\n  li: b\nol\n  li\n    math: ⟨score 0.5⟩\n  li: c");
    QTest::newRow("star pair kramdown falls back to emphasis")
        << QStringLiteral("**foo* bar\n")
        << QStringLiteral("p: ⟦i⟧*foo⟦/i⟧ bar");
}

void TestMarkdownRenderer::rendersLikeTheSite()
{
    QFETCH(QString, markdown);
    QFETCH(QString, site);
    const MarkdownRenderer renderer;
    const QString html = renderer.toHtml(markdown);
    QCOMPARE(Fidelity::blockStructure(html).join(u'\n'), site);
}

void TestMarkdownRenderer::scoreBadgeShowsTheValue()
{
    const MarkdownRenderer renderer;
    const QString html = renderer.toHtml(QStringLiteral("## Technology Level\n\n$$ \\Large \\text{0.8} $$\n\nText.\n"));
    QVERIFY2(html.contains(QLatin1String("<table class=\"score\"")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("&nbsp;0.8&nbsp;")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("$$")), qPrintable(html));
}

void TestMarkdownRenderer::headingAnchorsForThePreview()
{
    // The preview scrolls to a section by MarkdownRenderer::headingId(heading text).
    const MarkdownRenderer renderer;
    const QString html = renderer.toHtml(QStringLiteral("## Reliability & Support\n\nA\n"));
    QVERIFY2(html.contains(QLatin1String("<a name=\"") + MarkdownRenderer::headingId(QStringLiteral("Reliability & Support"))
                           + QLatin1String("\">")),
             qPrintable(html));
    QCOMPARE(MarkdownRenderer::headingId(QStringLiteral("設計思想の合理性")), QStringLiteral("設計思想の合理性"));
    QCOMPARE(MarkdownRenderer::headingId(QStringLiteral("Cost-Performance")), QStringLiteral("cost-performance"));
}

void TestMarkdownRenderer::pathologicalEmphasisFallsBackToCommonMark()
{
    // Thousands of unmatched `**` make kramdown's backtracking cubic (minutes for 20 KB):
    // the replay gives up and the preview shows CommonMark's reading, literal markers.
    QString markdown;
    while (markdown.size() < 20000)
        markdown += QLatin1String("**a ");
    const MarkdownRenderer renderer;
    const QString html = renderer.toHtml(markdown);
    QVERIFY(html.startsWith(QLatin1String("<p>**a **a **a ")));
    QVERIFY(!html.contains(QLatin1String("<strong>")));
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
