#include "searchservice.h"
#include "sitesearch.h"

#include "site/siteindex.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

namespace Rubric {

struct SearchService::State
{
    QString indexPath;
    QString root;
    std::unique_ptr<SearchIndex> index; // made, used and destroyed on the worker thread
    bool open = false;
    std::atomic_bool cancel = false; // the site closes: a build in progress stops
};

SearchService::SearchService(SiteIndex *index, const QString &indexPath, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_indexPath(indexPath)
    , m_resolver(std::make_unique<SearchResolver>(index))
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_state(std::make_shared<State>())
{
    m_state->indexPath = indexPath;
    m_state->root = index->root();
    m_thread->setObjectName(QStringLiteral("search index"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);

    connect(index, &SiteIndex::finished, this, &SearchService::sync);
    // During a pass the records arrive in bulk; the sync at its end covers them.
    connect(index, &SiteIndex::recordChanged, this, [this](int row) {
        if (!m_index->isIndexing())
            updateFile(m_index->records().at(row).path);
    });
    connect(index, &SiteIndex::recordsAdded, this, [this](int first, int count) {
        if (m_index->isIndexing())
            return;
        for (int row = first; row < first + count; ++row)
            updateFile(m_index->records().at(row).path);
    });
    connect(index, &SiteIndex::recordAboutToBeRemoved, this, [this](int row) {
        if (!m_index->isIndexing())
            updateFile(m_index->records().at(row).path); // gone from disk: update() drops it
    });
}

SearchService::~SearchService()
{
    // The index's SQLite connection belongs to the worker thread: closed there.
    auto state = m_state;
    state->cancel = true; // a first build of a big site stops at its next batch
    QMetaObject::invokeMethod(m_worker, [state] { state->index.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

template<typename Function>
void SearchService::post(Function &&function)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Function>(function), Qt::QueuedConnection);
}

void SearchService::sync()
{
    QHash<QString, SearchIndex::Stamp> current;
    current.reserve(m_index->records().size());
    for (const auto &record : m_index->records())
        current.insert(record.path, {record.size, record.modified});
    QPointer<SearchService> self(this);
    post([self, state = m_state, current] {
        QElapsedTimer timer;
        timer.start();
        SyncInfo info;
        QString error;
        if (!state->index) {
            QDir().mkpath(QFileInfo(state->indexPath).absolutePath());
            state->index = std::make_unique<SearchIndex>(state->indexPath, state->root);
            state->index->setCancelFlag(&state->cancel);
        }
        // Opened (and checked) at each pass: a file damaged or replaced meanwhile is rebuilt.
        state->open = state->index->open(&info.recreated);
        if (state->open) {
            const auto synced = state->index->sync(current);
            info.updated = synced.updated;
            info.removed = synced.removed;
            if (!synced.ok)
                error = state->index->errorString();
        } else {
            error = state->index->errorString();
        }
        info.milliseconds = timer.elapsed();
        QMetaObject::invokeMethod(self, [self, info, error] {
            if (!self)
                return;
            self->m_lastSync = info;
            self->m_error = error;
            if (!error.isEmpty()) {
                Q_EMIT self->failed(error);
                return;
            }
            self->m_ready = true;
            Q_EMIT self->ready();
        });
    });
}

void SearchService::updateFile(const QString &sitePath)
{
    QPointer<SearchService> self(this);
    post([self, state = m_state, sitePath] {
        if (!state->open)
            return; // the coming sync reads it
        const bool ok = state->index->update(sitePath);
        const QString error = ok ? QString() : state->index->errorString();
        QMetaObject::invokeMethod(self, [self, sitePath, error] {
            if (!self)
                return;
            if (!error.isEmpty())
                Q_EMIT self->failed(sitePath + QLatin1String(": ") + error);
            else
                Q_EMIT self->fileIndexed(sitePath);
        });
    });
}

int SearchService::search(const QString &text, int limit)
{
    const int id = ++m_nextId;
    QString why;
    std::optional<SearchQuery> query = m_resolver->resolve(text, &why);
    QPointer<SearchService> self(this);
    if (!query) {
        QMetaObject::invokeMethod(this, [self, id, why] {
            if (self)
                Q_EMIT self->searched(id, {}, why, 0);
        }, Qt::QueuedConnection);
        return id;
    }
    post([self, state = m_state, id, query = std::move(*query), limit] {
        QElapsedTimer timer;
        timer.start();
        QList<SearchHit> hits;
        QString error;
        if (state->open) {
            hits = state->index->search(query, limit);
            if (hits.isEmpty())
                error = state->index->errorString();
        } else {
            error = SearchService::tr("the search index is not open");
        }
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(self, [self, id, hits, error, ms] {
            if (!self)
                return;
            // A query that failed in SQLite (a damaged page) dropped the index's "checked"
            // stamp: the next open runs the full checks and rebuilds what fails them.
            if (!error.isEmpty() && !self->m_index->isIndexing())
                self->sync();
            Q_EMIT self->searched(id, hits, error, ms);
        });
    });
    return id;
}

} // namespace Rubric
