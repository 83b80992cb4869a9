#pragma once

#include <QString>

namespace Rubric {

// A unified diff (as `diff -u` and `git diff` print it) of two versions of one file, with
// `context` unchanged lines around each change: what a site edit's preview shows.
namespace UnifiedDiff {

QString format(const QString &path, const QString &before, const QString &after, int context = 0);

} // namespace UnifiedDiff
} // namespace Rubric
