#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Rubric {

// Where a query's words and phrases are in a text (a snippet, an editor's line), matched as
// the index matches them: folded (NFKC, case), so ＩＥＭ in the text is found for `iem`.
namespace SearchHighlight {

// The folded words and "phrases" a query looks for: its text terms that are not excluded.
// (`isField` as for SearchQuery::parse: a comparison such as total>=3 is no word.)
QStringList terms(const QString &query);
// Ranges of `text` (start, length), sorted and not overlapping, where one of `terms` occurs.
QList<std::pair<qsizetype, qsizetype>> ranges(const QString &text, const QStringList &terms);
// `text` as HTML with the ranges in <b>, everything else escaped.
QString toHtml(const QString &text, const QStringList &terms);

} // namespace SearchHighlight
} // namespace Rubric
