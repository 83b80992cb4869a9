#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rubric {

// Which words differ between two versions of one line, for highlighting them inside a
// changed line (History's differences, the translator's "what changed in the source").
// Words are runs of letters and digits, runs of spaces, and each other character alone; a
// CJK character (no spaces between Japanese words) is a word of its own. The comparison
// is LineDiff's over the words.
class WordDiff final
{
public:
    struct Span
    {
        int start = 0;  // in UTF-16 code units
        int length = 0;
        friend bool operator==(const Span &, const Span &) = default;
    };
    struct Result
    {
        QList<Span> removed; // in the old line
        QList<Span> added;   // in the new line
    };

    static QStringList words(const QString &text);
    // Adjacent changed words form one span.
    static Result compute(const QString &before, const QString &after);
};

} // namespace Rubric
