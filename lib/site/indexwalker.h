#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Rubric {

class Schema;

// Finds review files where the schema says they live: `<layout folder>/<lang>/...`, at
// any depth below (a nested layout has company folders; the real site has one review
// deeper still). Directories reached twice (through symbolic links) are listed once, so
// link loops end.
namespace IndexWalker {

struct File
{
    QString path;      // relative to the root, '/' separated
    qint64 size = 0;
    qint64 modified = 0; // ms since the epoch
};

struct Listing
{
    QList<File> files;   // in schema order (layout, language), then by name
    QStringList folders; // absolute paths of the folders listed (for a watcher)
};

// The whole site.
Listing list(const QString &root, const Schema &schema, const std::atomic<bool> *cancelled = nullptr);
// Only what lies under `relativeFolder` (a layout folder, or any folder below one of
// its language folders); empty for any other folder.
Listing listUnder(const QString &root, const Schema &schema, const QString &relativeFolder);
// Whether a site-relative path is where the schema puts a review file.
bool isReviewPath(const QString &relativePath, const Schema &schema);

} // namespace IndexWalker
} // namespace Rubric
