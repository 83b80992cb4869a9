#pragma once

#include "searchindex.h"

#include <QString>

#include <memory>
#include <optional>

namespace Rubric {

class LibraryFilter;
class LibraryModel;
class SiteIndex;

// Turns a query's text into a SearchQuery whose field terms are resolved to the site paths
// they accept (the library's filter over `index`'s records: the `--where` language of
// `rubric list`) and whose section terms know the headings of the schema's section or axis.
// Follows the index's records (its model listens to it); lives on the index's thread.
class SearchResolver final
{
public:
    explicit SearchResolver(SiteIndex *index);
    ~SearchResolver();
    SearchResolver(const SearchResolver &) = delete;
    SearchResolver &operator=(const SearchResolver &) = delete;

    // nullopt and `error` when a field term has an unknown column or a bad value.
    std::optional<SearchQuery> resolve(const QString &text, QString *error = nullptr);

private:
    void ensureModel();

    SiteIndex *m_index;
    std::unique_ptr<LibraryModel> m_model;
    std::unique_ptr<LibraryFilter> m_filter;
};

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
    std::unique_ptr<SearchResolver> m_resolver;
    std::unique_ptr<SearchIndex> m_index;
};

} // namespace Rubric
