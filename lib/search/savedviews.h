#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rubric {

// A search's result set kept as a named view of the library (issue 18): the files it found
// when saved, and the query that found them.
struct SavedView
{
    QString name;
    QString query;
    QStringList paths; // site paths
    friend bool operator==(const SavedView &, const SavedView &) = default;
};

// The saved views of each site, in the user's settings under the site's canonical root
// (another site has its own; a moved site starts with none).
namespace SavedViews {

QList<SavedView> load(const QString &siteRoot);
void save(const QString &siteRoot, const QList<SavedView> &views);
// Adds `view`, replacing one of the same name.
void put(const QString &siteRoot, const SavedView &view);
void remove(const QString &siteRoot, const QString &name);

} // namespace SavedViews
} // namespace Rubric
