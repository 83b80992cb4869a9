#pragma once

#include "document/linediff.h"

#include <QString>

namespace Rubric::UnifiedDiff {

// `diff -u` / `git diff` text of a line diff: `--- old`, `+++ new` and @@ hunks with
// `context` unchanged lines around each change. Empty when nothing differs. One writer for
// the site edit preview, `rubric edit --dry-run` and `rubric diff`.
QString format(const QList<DiffLine> &diff, const QString &oldName, const QString &newName, int context = 3);

// The same for two versions of the file at `path` (named a/path and b/path, as git does).
QString format(const QString &path, const QString &before, const QString &after, int context = 0);

} // namespace Rubric::UnifiedDiff
