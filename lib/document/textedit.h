#pragma once

#include <QList>
#include <QString>

namespace Rubric {

// Replace `length` characters at `position` of a text with `text`. Every change to a
// document is a list of these, non-overlapping, so that the bytes outside them are
// untouched by construction.
struct TextEdit
{
    qsizetype position = 0;
    qsizetype length = 0;
    QString text;

    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

using TextEdits = QList<TextEdit>;

// Applies non-overlapping edits (in any order) to `text`.
QString applyEdits(const QString &text, TextEdits edits);
// The edits that undo `edits` once they have been applied to `original`.
TextEdits invertEdits(const QString &original, TextEdits edits);
// The single replacement that turns `from` into `to` (common prefix and suffix kept).
TextEdit differenceOf(const QString &from, const QString &to);

} // namespace Rubric
