#pragma once

#include "lineindex.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rubric {

// A Markdown ATX heading of the body (not inside a fenced code block).
struct Heading
{
    int level = 0;
    QString text;          // without the #s and surrounding blanks
    int line = 0;          // 0-based file line
    qsizetype start = 0;   // the heading line's start
    qsizetype sectionEnd = 0; // where the next heading of the same or a higher level starts
};

// A `$$ \Large \text{0.7} $$` line: how the body shows a score.
struct ScoreLine
{
    int line = 0;
    qsizetype valueStart = 0; // the text inside \text{...}
    qsizetype valueEnd = 0;
    QString value;
};

// The structure of the body: its headings and the score lines under them.
class BodyOutline final
{
public:
    static BodyOutline parse(const QString &text, const LineIndex &lines, int firstLine);

    const QList<Heading> &headings() const { return m_headings; }
    // The first level-2 heading whose text is one of `texts`, or -1.
    int findSection(const QStringList &texts) const;
    // The score line that is the first non-blank line after heading `index`.
    std::optional<ScoreLine> scoreLineUnder(int index) const;
    // The first score line anywhere in the section of heading `index`.
    std::optional<ScoreLine> firstScoreLineIn(int index) const;
    // Parses one line as a score line.
    static std::optional<ScoreLine> scoreLineAt(const LineIndex &lines, int line);
    static QString scoreLineText(const QString &value);

private:
    LineIndex m_lines;
    int m_firstLine = 0;
    QList<Heading> m_headings;
};

} // namespace Rubric
