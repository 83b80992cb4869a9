#pragma once

#include "searchquery.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Rubric {

// One match of a search: where it is and the line around it.
struct SearchHit
{
    QString path;    // site path
    QString section; // the `## ` heading's text, empty before the first heading
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in the folded line (equal to the file's column unless NFKC
                     // changed the line's length before the match)
    QString snippet; // the line (folded where folding changed its length), cut to 160
                     // characters around the match
};

// The site's full-text index in one SQLite file, one FTS5 row per `## ` section
// (contentless, detail=none: see SearchText) and each file's size and mtime, so an index is
// brought up to date by re-reading only the files that changed (sync). Not thread-safe:
// use one instance per thread. A file of another version, or one that fails SQLite's
// checks, is deleted and rebuilt, never trusted. Queries: see SearchQuery; field terms
// are resolved by the caller (SiteSearch).
class SearchIndex final
{
public:
    SearchIndex(const QString &indexPath, const QString &siteRoot);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Opens the index file, recreating it empty (`recreated`) when it is missing, of another
    // version, made under another site schema (rubric-schema.yml's bytes) or damaged; false when it cannot be created. The full checks run when the file
    // changed since this class last wrote or checked it (stamp file beside it: size, mtime).
    bool open(bool *recreated = nullptr);
    // (Re)indexes one file by site path; a file that no longer exists is removed.
    bool update(const QString &sitePath);
    bool remove(const QString &sitePath);
    bool rebuild(const QStringList &sitePaths);
    struct Stamp
    {
        qint64 size = 0;
        qint64 modified = 0; // ms since the epoch
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };
    struct SyncResult
    {
        bool ok = false;
        int updated = 0; // changed or added files (re)read
        int removed = 0;
    };
    QHash<QString, Stamp> stamps() const;
    // Makes the index hold exactly `current` (site path -> stamp on disk): files whose stamp
    // differs or that are new are re-read, the others removed.
    SyncResult sync(const QHash<QString, Stamp> &current);
    // limit <= 0: every hit.
    QList<SearchHit> search(const QString &query, int limit) const;
    QList<SearchHit> search(const SearchQuery &query, int limit) const;
    QString errorString() const { return m_error; }
    // Checked between batches of a build or sync (another thread may set it): the work so
    // far is rolled back and the call fails; the next sync starts again.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

private:
    static void configure(QSqlDatabase &db);
    bool createSchema();
    bool insertFile(const QString &sitePath);
    bool insertFiles(const QStringList &sitePaths);
    struct PreparedFile;
    static PreparedFile prepareFile(const QString &absolute); // thread-safe: no SQL
    struct Writer;
    bool writeFile(Writer &writer, const QString &sitePath, const PreparedFile &prepared);
    bool commit(bool ok); // commits (or rolls back) and stamps the file as ours
    QString schemaFingerprint() const;
    QString stampPath() const;
    QByteArray stampFile() const;
    static QByteArray stamp(const QString &path);
    void markChecked() const;

    QString m_indexPath;
    QString m_root;
    QString m_connection;
    mutable QString m_error;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Rubric
