#pragma once

#include <QDate>
#include <QStringList>

#include <optional>

namespace Rubric {

class SiteIndex;

// Which reviews a site edit touches: the library's filter language (`--where` conditions
// such as `total<2`, `lang=ja`, `name~sony`), shortcuts for the common ones, and/or an
// explicit list of files. Every part given must hold.
struct SiteSelection
{
    QStringList where;      // LibraryFilter conditions
    QString lang;
    QString layout;
    QString company;
    QString tag;            // reviews with this tag (exactly, case-insensitively as the library)
    QDate before;           // `date` strictly before
    QDate after;            // `date` strictly after
    QStringList paths;      // relative to the site root; empty: every review

    // The relative paths of the matching reviews of `index`, in index order, or nothing
    // with `error` set (an unknown column, a value of the wrong type).
    std::optional<QStringList> resolve(SiteIndex &index, QString *error) const;
    // The conditions the shortcuts and `where` stand for.
    QStringList expressions() const;
};

} // namespace Rubric
