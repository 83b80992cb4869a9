#pragma once

#include "edit/siteedit.h"

namespace Rubric::Cli {

// Previews a site edit and prints the diff (--dry-run), or applies it and reports each
// refused file; the Cost-Performance notes and the counts go to stderr. The exit code:
// 0 done or nothing to do, 1 some file refused.
int runSiteEdit(const QString &root, const QList<SiteEdit::FileChanges> &files, const QString &description,
                const Schema &schema, bool dryRun);

} // namespace Rubric::Cli
