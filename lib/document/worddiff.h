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

    // One run of the comparison as text: kept, only in the old text, or only in the new.
    struct Run
    {
        enum class Kind { Same, Removed, Added };
        Kind kind = Kind::Same;
        QString text;
        friend bool operator==(const Run &, const Run &) = default;
    };

    static QStringList words(const QString &text);
    // Adjacent changed words form one span.
    static Result compute(const QString &before, const QString &after);
    // The same comparison as runs (adjacent words of one kind merged): put together in
    // order, less the Added ones, they give `before`; less the Removed ones, `after`.
    static QList<Run> runs(const QString &before, const QString &after);
    // Runs as HTML for a rich-text view: removed struck through, added underlined.
    static QString toHtml(const QList<Run> &runs);
};

} // namespace Rubric
