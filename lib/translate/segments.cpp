#include "segments.h"

#include "reviewsections.h"
#include "reviewtext.h"

#include <QRegularExpression>

namespace Rubric::ReviewSegments {

namespace {

bool isFence(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

bool isScoreLine(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral("^[ \\t]*\\$\\$.*\\$\\$[ \\t]*$"));
    return pattern.match(line).hasMatch();
}

bool isTableRule(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral("^[ \\t]*\\|?[ \\t:|-]*-[ \\t:|-]*$"));
    return pattern.match(line).hasMatch();
}

// The length of a list marker with its blank (`- `, `12. `), or 0.
qsizetype listMarker(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+(?=\\S)"));
    const auto match = pattern.match(line);
    return match.hasMatch() ? match.capturedLength() : 0;
}

qsizetype headingMarker(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral("^[ ]{0,3}#{1,6}[ \\t]+(?=\\S)"));
    const auto match = pattern.match(line);
    return match.hasMatch() ? match.capturedLength() : 0;
}

qsizetype quoteMarker(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral("^[ \\t]*(?:>[ \\t]?)+"));
    const auto match = pattern.match(line);
    return match.hasMatch() ? match.capturedLength() : 0;
}

qsizetype indentOf(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && (line.at(n) == u' ' || line.at(n) == u'\t'))
        ++n;
    return n;
}

} // namespace

QList<TextSegment> of(const ReviewText &review, const Schema &schema)
{
    QList<TextSegment> segments;
    const LineIndex &lines = review.frontMatter.lines();
    for (const auto &section : ReviewSections::of(review, schema)) {
        if (!section.exists())
            continue;
        if (section.isExtra() && section.headingTextEnd > section.headingTextStart)
            segments.append({section.id + QLatin1String("/heading"), section.id, section.headingTextStart,
                             section.headingTextEnd, false});
        int n = 0;
        qsizetype open = -1; // the paragraph or list item that the next line continues
        const auto add = [&](qsizetype start, qsizetype end, bool tableRow) {
            segments.append({section.id + u'/' + QString::number(++n), section.id, start, end, tableRow});
            return segments.size() - 1;
        };
        bool inFence = false;
        const int first = lines.lineAt(section.contentStart);
        for (int line = first; line < lines.lineCount() && lines.lineStart(line) < section.contentEnd; ++line) {
            const QStringView content = lines.lineContent(line);
            const qsizetype at = lines.lineStart(line);
            // Trailing blanks (a hard break) stay outside the segment.
            qsizetype end = lines.contentEnd(line);
            while (end > at && review.text.at(end - 1).isSpace())
                --end;
            if (inFence) {
                inFence = !isFence(content);
                continue;
            }
            if (isFence(content)) {
                inFence = true;
                open = -1;
                continue;
            }
            if (content.trimmed().isEmpty() || isScoreLine(content) || ReviewSections::isEndDateLine(content)) {
                open = -1;
                continue;
            }
            if (const qsizetype heading = headingMarker(content)) {
                add(at + heading, end, false);
                open = -1;
                continue;
            }
            if (content.trimmed().startsWith(u'|')) {
                if (!isTableRule(content))
                    add(at + indentOf(content), end, true);
                open = -1;
                continue;
            }
            if (const qsizetype marker = listMarker(content)) {
                open = add(at + marker, end, false);
                continue;
            }
            if (open >= 0) {
                segments[open].end = end; // a continuation line; its indentation is protected inline
                continue;
            }
            const qsizetype quote = quoteMarker(content);
            open = add(at + (quote ? quote : indentOf(content)), end, false);
        }
    }
    return segments;
}

} // namespace Rubric::ReviewSegments
