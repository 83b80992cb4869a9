#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rubric {

// One run of a word-level comparison: kept, only in the old text, or only in the new.
struct WordDiffRun
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const WordDiffRun &, const WordDiffRun &) = default;
};

// What changed in a section's source since its baseline, word by word, for the translator:
// LineDiff's shortest diff over tokens (words, runs of spaces, single punctuation marks, and
// each CJK character, which has no spaces between words) instead of lines.
namespace WordDiff {

QStringList tokens(const QString &text);
// Adjacent tokens of one kind merged into runs; the runs put together in order, less the
// Added ones, give `before`, less the Removed ones, `after`.
QList<WordDiffRun> compute(const QString &before, const QString &after);
// The runs as HTML for a rich-text view: removed struck through, added underlined.
QString toHtml(const QList<WordDiffRun> &runs);

} // namespace WordDiff

} // namespace Rubric
