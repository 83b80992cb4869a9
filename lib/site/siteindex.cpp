#include "siteindex.h"

#include "indexcache.h"
#include "indexjob.h"
#include "indexwalker.h"
#include "recordreader.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Rubric {

namespace {

// Rows by a key, each list ascending.
using RowIndex = QHash<QString, QList<int>>;

void addRow(RowIndex &index, const QString &key, int row)
{
    if (key.isEmpty())
        return;
    QList<int> &rows = index[key];
    rows.insert(std::lower_bound(rows.begin(), rows.end(), row) - rows.begin(), row);
}

void removeRow(RowIndex &index, const QString &key, int row)
{
    const auto it = index.find(key);
    if (it == index.end())
        return;
    it->removeOne(row);
    if (it->isEmpty())
        index.erase(it);
}

// The rows after a removed one move up by one; the lists stay ascending.
void shiftRowsAfter(RowIndex &index, int removed)
{
    for (auto &rows : index) {
        for (int &row : rows) {
            if (row > removed)
                --row;
        }
    }
}

} // namespace

struct SiteIndex::Private
{
    bool cacheEnabled = true;
    QString cacheFile;
    bool cacheDirty = false;
    QFileSystemWatcher *watcher = nullptr;
    std::shared_ptr<IndexJob> job;
    QFuture<void> future;
    QSet<QString> seen; // paths delivered by the running job
    QHash<QString, int> rowOfPath;
    RowIndex rowsOfRef;
    RowIndex rowsOfCompany;
    QStringList lastFolders; // listed by the last pass, for a watcher

    explicit Private(SiteIndex *index)
        : q(index)
    {
    }

    QString activeCacheFile() const { return cacheEnabled ? cacheFile : QString(); }
    bool isCompanyLayout(const QString &layout) const;
    // Takes records in: new paths are appended, known ones replaced when different.
    void merge(const ReviewRecords &records, bool notify);
    void finishRun(bool notify);
    void removeRecord(int row, bool notify = true);
    void rescanFolder(const QString &absoluteFolder);
    void watchFolders(const QStringList &folders);

    SiteIndex *q;
};

SiteIndex::SiteIndex(const QString &root, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
    , m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
    , m_schema(Schema::forSite(m_root))
{
    qRegisterMetaType<ReviewRecord>();
    qRegisterMetaType<ReviewRecords>();
    d->cacheFile = IndexCache::defaultPath(m_root);
}

SiteIndex::~SiteIndex()
{
    if (d->job) {
        d->job->cancel();
        d->future.waitForFinished();
    }
    if (d->cacheDirty && !d->job && !d->activeCacheFile().isEmpty())
        IndexCache::save(d->activeCacheFile(), IndexCache::fingerprint(m_root, m_schema), m_records);
}

void SiteIndex::start()
{
    if (d->job)
        return;
    auto job = std::make_shared<IndexJob>(m_root, m_schema, d->activeCacheFile());
    d->job = job;
    d->seen.clear();
    d->future = QtConcurrent::run([this, job] {
        job->run([this](ReviewRecords batch, int done, int total) {
            // Queued to the GUI thread; the destructor waits for this job, so `this` lives.
            QMetaObject::invokeMethod(
                this,
                [this, batch = std::move(batch), done, total] {
                    d->merge(batch, true);
                    Q_EMIT progress(done, total);
                },
                Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(this, [this] { d->finishRun(true); }, Qt::QueuedConnection);
    });
}

void SiteIndex::indexNow()
{
    if (d->job)
        return;
    IndexJob job(m_root, m_schema, d->activeCacheFile());
    d->seen.clear();
    const ReviewRecords records = job.run({});
    d->merge(records, false);
    d->lastFolders = job.folders();
    d->finishRun(false);
    d->watchFolders(d->lastFolders);
}

bool SiteIndex::isIndexing() const
{
    return d->job != nullptr;
}

void SiteIndex::setCacheEnabled(bool enabled)
{
    d->cacheEnabled = enabled;
}

void SiteIndex::setCacheFile(const QString &path)
{
    d->cacheFile = path;
}

QString SiteIndex::cacheFile() const
{
    return d->activeCacheFile();
}

void SiteIndex::setWatching(bool watching)
{
    if (watching == (d->watcher != nullptr))
        return;
    if (!watching) {
        delete std::exchange(d->watcher, nullptr);
        return;
    }
    d->watcher = new QFileSystemWatcher(this);
    connect(d->watcher, &QFileSystemWatcher::directoryChanged, this,
            [this](const QString &folder) { d->rescanFolder(folder); });
    connect(d->watcher, &QFileSystemWatcher::fileChanged, this, &SiteIndex::refresh);
    d->watchFolders(d->lastFolders.isEmpty() ? IndexWalker::list(m_root, m_schema).folders : d->lastFolders);
    QStringList files;
    files.reserve(m_records.size());
    for (const auto &record : std::as_const(m_records))
        files.append(absolutePath(record));
    if (!files.isEmpty())
        d->watcher->addPaths(files);
}

int SiteIndex::indexOf(const QString &path) const
{
    return d->rowOfPath.value(path, -1);
}

QString SiteIndex::absolutePath(const ReviewRecord &record) const
{
    return m_root + u'/' + record.path;
}

QHash<QString, QList<int>> SiteIndex::recordsByRef() const
{
    return d->rowsOfRef;
}

int SiteIndex::counterpart(int row, const QString &lang) const
{
    if (row < 0 || row >= m_records.size())
        return -1;
    const ReviewRecord &record = m_records.at(row);
    int other = -1;
    for (const int candidate : d->rowsOfRef.value(record.ref)) {
        const ReviewRecord &c = m_records.at(candidate);
        if (candidate == row || c.lang != lang)
            continue;
        if (c.layout == record.layout)
            return candidate;
        if (other < 0)
            other = candidate;
    }
    return other;
}

// A layout nested in company folders holds products; one that is not holds companies.
bool SiteIndex::Private::isCompanyLayout(const QString &layout) const
{
    const LayoutSpec *spec = q->m_schema.layout(layout);
    return spec && !spec->nested;
}

int SiteIndex::companyReview(int row) const
{
    if (row < 0 || row >= m_records.size())
        return -1;
    const ReviewRecord &record = m_records.at(row);
    if (d->isCompanyLayout(record.layout))
        return -1;
    int other = -1;
    for (const int candidate : d->rowsOfCompany.value(record.companyId)) {
        const ReviewRecord &c = m_records.at(candidate);
        if (!d->isCompanyLayout(c.layout))
            continue;
        if (c.lang == record.lang)
            return candidate;
        if (other < 0)
            other = candidate;
    }
    return other;
}

QList<int> SiteIndex::productsOf(int companyRow) const
{
    QList<int> products;
    if (companyRow < 0 || companyRow >= m_records.size() || !d->isCompanyLayout(m_records.at(companyRow).layout))
        return products;
    const ReviewRecord &company = m_records.at(companyRow);
    for (const int candidate : d->rowsOfCompany.value(company.companyId)) {
        const ReviewRecord &c = m_records.at(candidate);
        if (candidate != companyRow && c.lang == company.lang && !d->isCompanyLayout(c.layout))
            products.append(candidate);
    }
    return products;
}

void SiteIndex::refresh(const QString &absolutePath)
{
    const QString relative = QDir(m_root).relativeFilePath(QDir::cleanPath(absolutePath));
    const int row = indexOf(relative);
    const QFileInfo info(m_root + u'/' + relative);
    if (!info.isFile()) {
        if (row >= 0)
            d->removeRecord(row);
        return;
    }
    if (row < 0 && !IndexWalker::isReviewPath(relative, m_schema))
        return;
    d->merge({RecordReader::read(m_root, relative, m_schema)}, true);
    // An editor's atomic save replaces the file: the watch went with the old one.
    if (d->watcher && !d->watcher->files().contains(info.filePath()))
        d->watcher->addPath(info.filePath());
}

void SiteIndex::Private::rescanFolder(const QString &absoluteFolder)
{
    const QString relative = QDir(q->m_root).relativeFilePath(absoluteFolder);
    const IndexWalker::Listing listing = IndexWalker::listUnder(q->m_root, q->m_schema, relative);
    watchFolders(listing.folders);
    QSet<QString> present;
    ReviewRecords changed;
    for (const auto &file : listing.files) {
        present.insert(file.path);
        const int row = q->indexOf(file.path);
        if (row < 0 || q->m_records.at(row).size != file.size || q->m_records.at(row).modified != file.modified)
            changed.append(RecordReader::read(q->m_root, file.path, q->m_schema));
    }
    merge(changed, true);
    const QString prefix = relative + u'/';
    for (int row = int(q->m_records.size()) - 1; row >= 0; --row) {
        if (q->m_records.at(row).path.startsWith(prefix) && !present.contains(q->m_records.at(row).path))
            removeRecord(row);
    }
}

void SiteIndex::Private::watchFolders(const QStringList &folders)
{
    if (!watcher)
        return;
    const QStringList watched = watcher->directories();
    QStringList added;
    for (const auto &folder : folders) {
        if (!watched.contains(folder))
            added.append(folder);
    }
    if (!added.isEmpty())
        watcher->addPaths(added);
}

void SiteIndex::Private::merge(const ReviewRecords &records, bool notify)
{
    const int first = int(q->m_records.size());
    QStringList newFiles;
    for (const auto &record : records) {
        seen.insert(record.path);
        const int row = q->indexOf(record.path);
        if (row < 0) {
            const int added = int(q->m_records.size());
            q->m_records.append(record);
            rowOfPath.insert(record.path, added);
            addRow(rowsOfRef, record.ref, added);
            addRow(rowsOfCompany, record.companyId, added);
            if (watcher)
                newFiles.append(q->absolutePath(record));
            continue;
        }
        if (q->m_records.at(row) == record)
            continue;
        removeRow(rowsOfRef, q->m_records.at(row).ref, row);
        removeRow(rowsOfCompany, q->m_records.at(row).companyId, row);
        q->m_records[row] = record;
        addRow(rowsOfRef, record.ref, row);
        addRow(rowsOfCompany, record.companyId, row);
        cacheDirty = true;
        if (notify)
            Q_EMIT q->recordChanged(row);
    }
    if (!newFiles.isEmpty())
        watcher->addPaths(newFiles);
    if (q->m_records.size() > first) {
        cacheDirty = cacheDirty || !job;
        if (notify)
            Q_EMIT q->recordsAdded(first, int(q->m_records.size()) - first);
    }
}

void SiteIndex::Private::finishRun(bool notify)
{
    // Files gone since the last pass leave the index.
    for (int row = int(q->m_records.size()) - 1; row >= 0; --row) {
        if (!seen.contains(q->m_records.at(row).path))
            removeRecord(row, notify);
    }
    seen.clear();
    cacheDirty = false; // the job saved what it found
    if (!notify)
        return;
    future.waitForFinished(); // already done: this is the job's last message
    lastFolders = job->folders();
    job.reset();
    watchFolders(lastFolders);
    Q_EMIT q->finished();
}

void SiteIndex::Private::removeRecord(int row, bool notify)
{
    if (notify)
        Q_EMIT q->recordAboutToBeRemoved(row);
    if (watcher)
        watcher->removePath(q->absolutePath(q->m_records.at(row)));
    // Shifting the indexes in place, rather than rebuilding them, keeps the removal of a
    // whole folder (thousands of rows) from hashing every path once per removed row.
    const ReviewRecord &record = q->m_records.at(row);
    rowOfPath.remove(record.path);
    removeRow(rowsOfRef, record.ref, row);
    removeRow(rowsOfCompany, record.companyId, row);
    q->m_records.removeAt(row);
    for (auto it = rowOfPath.begin(); it != rowOfPath.end(); ++it) {
        if (it.value() > row)
            --it.value();
    }
    shiftRowsAfter(rowsOfRef, row);
    shiftRowsAfter(rowsOfCompany, row);
    cacheDirty = true;
    if (notify)
        Q_EMIT q->recordRemoved(row);
}

} // namespace Rubric
