#pragma once

#include "document/problem.h"
#include "document/reviewdocument.h"

namespace Rubric {

// The mechanical fixes of the validator's fixable rules: recompute the total, rewrite a
// score line or the shown total from the rating, set the end date from `date`, derive
// the permalink, write a heading exactly, rename the file to its ref. Text fixes go
// through the document's undo stack as one step each; a rename moves the file on disk.
namespace Fixer {

bool canFix(const Problem &problem);
// What the fix will do, for a menu or a button ("Recompute the total").
QString describe(const Problem &problem);
EditOutcome apply(ReviewDocument &document, const Problem &problem);
// Fixes every fixable problem of the document (re-checking after each fix, since each
// moves text); returns how many were fixed. The caller saves.
int applyAll(ReviewDocument &document, QStringList *errors = nullptr);
// The same for only the rules whose code starts with one of `rules` (as `validate --rule`:
// "site." selects a family); every fixable rule when `rules` is empty.
int applyAll(ReviewDocument &document, const QStringList &rules, QStringList *errors = nullptr);
// Whether `problem` is one of `rules` (code prefixes; all when empty).
bool selected(const Problem &problem, const QStringList &rules);

} // namespace Fixer
} // namespace Rubric
