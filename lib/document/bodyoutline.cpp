#include "bodyoutline.h"

#include <QRegularExpression>

namespace Rubric {

namespace {

// An opening or closing code fence: its character and length, or {0, 0}.
QPair<QChar, qsizetype> fence(QStringView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == u' ')
        ++indent;
    if (indent > 3 || indent >= line.size())
        return {};
    const QChar c = line.at(indent);
    if (c != u'`' && c != u'~')
        return {};
    qsizetype n = indent;
    while (n < line.size() && line.at(n) == c)
        ++n;
    if (n - indent < 3)
        return {};
    return {c, n - indent};
}

} // namespace

BodyOutline BodyOutline::parse(const QString &text, const LineIndex &lines, int firstLine)
{
    BodyOutline outline;
    outline.m_lines = lines;
    outline.m_firstLine = firstLine;
    QPair<QChar, qsizetype> openFence;
    for (int line = firstLine; line < lines.lineCount(); ++line) {
        const QStringView content = lines.lineContent(line);
        const auto f = fence(content);
        if (openFence.second > 0) {
            if (f.first == openFence.first && f.second >= openFence.second
                && content.trimmed().size() == content.trimmed().count(f.first))
                openFence = {};
            continue;
        }
        if (f.second > 0) {
            openFence = f;
            continue;
        }
        qsizetype indent = 0;
        while (indent < content.size() && indent < 4 && content.at(indent) == u' ')
            ++indent;
        if (indent > 3)
            continue;
        qsizetype level = 0;
        while (indent + level < content.size() && content.at(indent + level) == u'#')
            ++level;
        if (level < 1 || level > 6)
            continue;
        const qsizetype after = indent + level;
        if (after < content.size() && content.at(after) != u' ' && content.at(after) != u'\t')
            continue;
        QStringView title = content.sliced(after).trimmed();
        // A closing sequence of #s preceded by a blank is not part of the text.
        qsizetype hashes = title.size();
        while (hashes > 0 && title.at(hashes - 1) == u'#')
            --hashes;
        if (hashes == 0)
            title = {};
        else if (hashes < title.size() && (title.at(hashes - 1) == u' ' || title.at(hashes - 1) == u'\t'))
            title = title.first(hashes).trimmed();
        outline.m_headings.append({int(level), title.toString(), line, lines.lineStart(line), 0});
    }
    const qsizetype end = text.size();
    for (qsizetype i = 0; i < outline.m_headings.size(); ++i) {
        Heading &heading = outline.m_headings[i];
        heading.sectionEnd = end;
        for (qsizetype j = i + 1; j < outline.m_headings.size(); ++j) {
            if (outline.m_headings.at(j).level <= heading.level) {
                heading.sectionEnd = outline.m_headings.at(j).start;
                break;
            }
        }
    }
    return outline;
}

int BodyOutline::findSection(const QStringList &texts) const
{
    for (qsizetype i = 0; i < m_headings.size(); ++i) {
        if (m_headings.at(i).level == 2 && texts.contains(m_headings.at(i).text))
            return int(i);
    }
    return -1;
}

std::optional<ScoreLine> BodyOutline::scoreLineAt(const LineIndex &lines, int line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[ \\t]*\\$\\$[ \\t]*\\\\Large[ \\t]*\\\\text\\{[ \\t]*([^}]*?)[ \\t]*\\}[ \\t]*\\$\\$[ \\t]*$"));
    const QStringView content = lines.lineContent(line);
    const auto match = pattern.match(content);
    if (!match.hasMatch())
        return std::nullopt;
    const qsizetype start = lines.lineStart(line);
    return ScoreLine{line, start + match.capturedStart(1), start + match.capturedEnd(1), match.captured(1)};
}

QString BodyOutline::scoreLineText(const QString &value)
{
    return QLatin1String("$$ \\Large \\text{") + value + QLatin1String("} $$");
}

std::optional<ScoreLine> BodyOutline::scoreLineUnder(int index) const
{
    const Heading &heading = m_headings.at(index);
    for (int line = heading.line + 1; line < m_lines.lineCount(); ++line) {
        if (m_lines.lineStart(line) >= heading.sectionEnd)
            break;
        if (m_lines.lineContent(line).trimmed().isEmpty())
            continue;
        return scoreLineAt(m_lines, line);
    }
    return std::nullopt;
}

std::optional<ScoreLine> BodyOutline::firstScoreLineIn(int index) const
{
    const Heading &heading = m_headings.at(index);
    for (int line = heading.line + 1; line < m_lines.lineCount(); ++line) {
        if (m_lines.lineStart(line) >= heading.sectionEnd)
            break;
        if (auto score = scoreLineAt(m_lines, line))
            return score;
    }
    return std::nullopt;
}

} // namespace Rubric
