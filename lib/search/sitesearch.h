#pragma once

#include "searchindex.h"

#include <QString>

#include <memory>

namespace Rubric {

class LibraryFilter;
class LibraryModel;
class SiteIndex;

// Search of one site as `rubric search` runs it: the site's records (SiteIndex, with its own
// cache), the full-text index in the user's cache folder brought up to date (only changed,
// added and removed files re-read; rebuilt when of another version or damaged), and field
// terms resolved through the library's filter (the `--where` language of `rubric list`).
class SiteSearch final
{
public:
    // indexPath empty: defaultIndexPath(root).
    explicit SiteSearch(const QString &root, const QString &indexPath = {});
    ~SiteSearch();
    SiteSearch(const SiteSearch &) = delete;
    SiteSearch &operator=(const SiteSearch &) = delete;

    // <cache folder>/site-search/<sha1 of the canonical root>.sqlite
    static QString defaultIndexPath(const QString &root);

    struct OpenResult
    {
        bool ok = false;
        bool recreated = false; // the index file was missing, of another version or damaged
        int updated = 0;
        int removed = 0;
    };
    OpenResult open();
    // Parses `query` (SearchQuery's syntax; field terms checked here); an unknown column or a
    // bad value is an error, and no hits.
    QList<SearchHit> search(const QString &query, int limit, QString *error = nullptr);
    QString errorString() const { return m_error; }
    QString indexPath() const { return m_indexPath; }
    const SiteIndex &siteIndex() const { return *m_site; }

private:
    QString m_root;
    QString m_indexPath;
    QString m_error;
    std::unique_ptr<SiteIndex> m_site;
    std::unique_ptr<LibraryModel> m_model;
    std::unique_ptr<LibraryFilter> m_filter;
    std::unique_ptr<SearchIndex> m_index;
};

} // namespace Rubric
