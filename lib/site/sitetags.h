#pragma once

#include <QStringList>

namespace Rubric {

class Schema;

// The tags used across a site, most used first: what a tag editor completes from.
// Reads every review under the schema's layout folders; run it off the GUI thread.
namespace SiteTags {

QStringList collect(const QString &siteRoot, const Schema &schema);

} // namespace SiteTags
} // namespace Rubric
