#pragma once

#include "schema/schema.h"

#include <QString>

namespace Rubric {

// The site a path lies in, and that site's schema (its rubric-schema.yml over the
// built-in one). Used by the commands that take a file or a folder (validate,
// export-pdf) so that the layouts they walk are the site's, not only the built-in ones.
struct SiteRoot
{
    QString root;   // absolute; empty when the path is in no site
    Schema schema;  // the site's, or the built-in one outside a site or when its file is bad
    QString error;  // the site's rubric-schema.yml could not be read (file: reason)

    bool found() const { return !root.isEmpty(); }

    // The nearest folder at or above `path` (a file or a folder) holding a rubric-schema.yml
    // or one of the built-in layout folders.
    static SiteRoot find(const QString &path);
};

} // namespace Rubric
