#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rubric {

// One line of a line-by-line comparison: kept, only in the old text, or only in the new.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = -1; // 0-based; -1 for an added line
    int newLine = -1; // 0-based; -1 for a removed line
    // From the comparison of two texts: the line's break ("\n", "\r\n", or "" for a last
    // line without one). Part of the comparison, so a CRLF to LF conversion is a change.
    QString lineBreak;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// A shortest line diff (Myers' O(ND) algorithm) for showing what differs between two
// versions of a file: a recovered copy and the disk, the editor and a changed file.
class LineDiff final
{
public:
    // Beyond this many differing lines the middle is shown as all removed, then all
    // added: still correct, only not minimal, in bounded time and memory.
    static constexpr int maximumEdits = 2000;

    static QList<DiffLine> compute(const QStringList &before, const QStringList &after);
    // Lines compare with their line breaks: "a\r\n" and "a\n" differ.
    static QList<DiffLine> compute(const QString &before, const QString &after);
    // Lines without their breaks ("a\n" is one line, "" none; "\r\n" counts as a break).
    static QStringList splitLines(const QString &text);
    // Only the changes and `context` unchanged lines around each; a gap between two kept
    // runs shows as a jump in the line numbers.
    static QList<DiffLine> withContext(const QList<DiffLine> &diff, int context);
    static int changeCount(const QList<DiffLine> &diff);
};

} // namespace Rubric
