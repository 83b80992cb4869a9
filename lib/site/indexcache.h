#pragma once

#include "reviewrecord.h"

#include <QHash>
#include <QString>

namespace Rubric {

class Schema;

// The records of a site as last indexed, in one versioned QDataStream file, so that a
// reopened site reads only the files that changed since. A file that is missing, of
// another version, of another root or schema, or damaged in any way reads as empty.
namespace IndexCache {

// In the user's cache folder, named from a hash of the site's root path.
QString defaultPath(const QString &root);
// What the records depend on besides the files: a schema with other axes or keys makes
// every cached record stale.
QByteArray fingerprint(const QString &root, const Schema &schema);

// By relative path.
QHash<QString, ReviewRecord> load(const QString &path, const QByteArray &fingerprint);
bool save(const QString &path, const QByteArray &fingerprint, const ReviewRecords &records);

} // namespace IndexCache
} // namespace Rubric
