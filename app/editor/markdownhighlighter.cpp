#include "markdownhighlighter.h"

#include "spellhighlight.h"

#include <QFont>

namespace Rubric {

namespace {
enum BlockState { Normal = 0, InFence = 1 };
}

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_scorePattern(QStringLiteral("^\\s*\\$\\$\\s*\\\\Large\\s*\\\\text\\{[^}]*\\}\\s*\\$\\$\\s*$"))
{
    m_heading.setFontWeight(QFont::Bold);
    m_heading.setForeground(QColor(0x1f, 0x4f, 0x8f));
    m_score.setForeground(QColor(0xb0, 0x3a, 0x00));
    m_score.setFontWeight(QFont::Bold);
    m_score.setBackground(QColor(0xff, 0xf1, 0xe0));
    m_fence.setForeground(QColor(0x55, 0x55, 0x55));
    m_fence.setBackground(QColor(0xf3, 0xf3, 0xf3));

    QTextCharFormat link;
    link.setForeground(QColor(0x0b, 0x6e, 0x4f));
    link.setFontUnderline(true);
    QTextCharFormat strong;
    strong.setFontWeight(QFont::Bold);
    QTextCharFormat emphasis;
    emphasis.setFontItalic(true);
    QTextCharFormat code;
    code.setForeground(QColor(0x55, 0x55, 0x55));
    code.setBackground(QColor(0xf3, 0xf3, 0xf3));
    m_inlineRules = {
        {QRegularExpression(QStringLiteral("\\[[^\\]]*\\]\\([^)]*\\)|<https?://[^>]+>|https?://\\S+")), link},
        {QRegularExpression(QStringLiteral("\\*\\*[^*]+\\*\\*|__[^_]+__")), strong},
        {QRegularExpression(QStringLiteral("(?<![*\\w])\\*[^*\\s][^*]*\\*(?!\\*)|(?<!\\w)_[^_\\s][^_]*_(?!\\w)")), emphasis},
        {QRegularExpression(QStringLiteral("`[^`]+`")), code},
    };
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const bool fenceLine = text.trimmed().startsWith(QLatin1String("```")) || text.trimmed().startsWith(QLatin1String("~~~"));
    const bool inFence = previousBlockState() == InFence;
    if (inFence || fenceLine) {
        setFormat(0, int(text.size()), m_fence);
        setCurrentBlockState(inFence != fenceLine ? InFence : Normal);
        return;
    }
    setCurrentBlockState(Normal);
    if (text.startsWith(u'#')) {
        setFormat(0, int(text.size()), m_heading);
        underlineMisspelled(text);
        return;
    }
    if (m_scorePattern.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_score);
        return;
    }
    for (const auto &rule : std::as_const(m_inlineRules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    }
    underlineMisspelled(text);
}

void MarkdownHighlighter::underlineMisspelled(const QString &text)
{
    if (!m_spelling)
        return;
    for (const auto &miss : m_spelling->misspelled(text, false)) {
        QTextCharFormat underlined = format(int(miss.start));
        underlined.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        underlined.setUnderlineColor(Qt::red);
        setFormat(int(miss.start), int(miss.length), underlined);
    }
}

} // namespace Rubric
