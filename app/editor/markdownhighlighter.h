#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Rubric {

class SpellHighlight;

// Headings, score lines, links, emphasis and code in the Markdown body.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);
    // Misspelled words of prose lines underlined (issue 20, spellhighlight.h).
    void setSpelling(const SpellHighlight *spelling) { m_spelling = spelling; }

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_inlineRules;
    QTextCharFormat m_heading;
    QTextCharFormat m_score;
    QTextCharFormat m_fence;
    QRegularExpression m_scorePattern;
    const SpellHighlight *m_spelling = nullptr;
    void underlineMisspelled(const QString &text);
};

} // namespace Rubric
