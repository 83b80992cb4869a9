#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Rubric {

// Headings, score lines, links, emphasis and code in the Markdown body.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);

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
};

} // namespace Rubric
