#pragma once

#include "document/linediff.h"

#include <QString>

namespace Rubric::UnifiedDiff {

// `diff -u` / `git diff` text of a line diff: `--- old`, `+++ new` and @@ hunks with
// `context` unchanged lines around each change. Empty when nothing differs.
QString format(const QList<DiffLine> &diff, const QString &oldName, const QString &newName, int context = 3);

} // namespace Rubric::UnifiedDiff
