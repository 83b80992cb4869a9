#pragma once

#include "searchindex.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Rubric {

class SearchResolver;
class SiteIndex;

// The open site's search index, kept current off the GUI thread: when the site index has
// finished (its first pass or a later one) the search index is opened on a thread of its own
// and synced with the records' size and mtime (built when missing; rebuilt when of another
// version, made under another schema or damaged); then every record the site index's watcher
// reports changed, added or removed (a rename is both) is re-read or dropped there too.
// Queries: field terms are resolved here, on the GUI thread (they read the records), the
// text is matched on the index's thread; results arrive through searched().
class SearchService final : public QObject
{
    Q_OBJECT

public:
    // `index` must outlive this object; indexPath: SiteSearch::defaultIndexPath(root) for the app.
    SearchService(SiteIndex *index, const QString &indexPath, QObject *parent = nullptr);
    ~SearchService() override;

    QString indexPath() const { return m_indexPath; }
    // Whether the index has been synced with the site once (queries before wait for it).
    bool isReady() const { return m_ready; }
    QString errorString() const { return m_error; }

    // Queues a query; searched(id, …) follows with the same id. limit <= 0: every hit.
    int search(const QString &query, int limit);

    // Figures of the last sync, for the log and the benchmarks.
    struct SyncInfo
    {
        bool recreated = false;
        int updated = 0;
        int removed = 0;
        qint64 milliseconds = 0;
    };
    SyncInfo lastSync() const { return m_lastSync; }

Q_SIGNALS:
    // The index matches the site (after a site index pass).
    void ready();
    // One file was re-read or dropped after a change on disk or a save.
    void fileIndexed(const QString &sitePath);
    // `error` empty on success (no hits is not an error); milliseconds spent on the index's thread.
    void searched(int id, const QList<Rubric::SearchHit> &hits, const QString &error, qint64 milliseconds);
    void failed(const QString &error);

private:
    void sync();
    void updateFile(const QString &sitePath);
    template<typename Function>
    void post(Function &&function);

    SiteIndex *m_index;
    QString m_indexPath;
    QString m_error;
    std::unique_ptr<SearchResolver> m_resolver;
    QThread *m_thread;
    QObject *m_worker; // lives on m_thread: the context of the queued jobs
    struct State;
    std::shared_ptr<State> m_state; // the SearchIndex: touched on m_thread only
    SyncInfo m_lastSync;
    int m_nextId = 0;
    bool m_ready = false;
};

} // namespace Rubric
