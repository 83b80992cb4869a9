#pragma once

#include <QString>
#include <QStringList>

namespace Rubric {

// How the search index sees text, so that the index and every query agree: NFKC (full/half
// width: ＩＥＭ = IEM, ｶﾀｶﾅ = カタカナ) and case folding; words of letters and digits; and
// Japanese (kana and kanji runs, written without spaces) as overlapping character pairs plus
// the run's last character, so that any substring of two or more characters is found by
// the pairs it contains and a single character by a prefix match.
//
// The tokens are a candidate filter (an FTS5 table with detail=none keeps no positions, see
// /work/notes of issue 18): a query's tokens all occur in every section that contains the
// query, and the caller confirms the exact match in the section's folded text.
namespace SearchText {

QString fold(QStringView text);
bool isCjk(QChar c);
// The tokens of folded text, in order (repeats kept: they weigh in the ranking).
QStringList tokens(QStringView folded);
// An FTS5 MATCH expression that every section containing `term` (any text; folded here)
// satisfies: its tokens ANDed, a lone Japanese character as a prefix. Empty for a term
// without letters or digits.
QString matchExpression(QStringView term);

} // namespace SearchText
} // namespace Rubric
