#include "indexjob.h"

#include "indexcache.h"
#include "indexwalker.h"
#include "siteindex.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

namespace Rubric {

IndexJob::IndexJob(const QString &root, const Schema &schema, const QString &cacheFile)
    : m_root(root)
    , m_schema(schema)
    , m_cacheFile(cacheFile)
{
}

ReviewRecords IndexJob::run(const Deliver &deliver)
{
    const QByteArray fingerprint = IndexCache::fingerprint(m_root, m_schema);
    QHash<QString, ReviewRecord> cache;
    if (!m_cacheFile.isEmpty())
        cache = IndexCache::load(m_cacheFile, fingerprint);

    IndexWalker::Listing listing = IndexWalker::list(m_root, m_schema, &m_cancelled);
    m_folders = listing.folders;
    const int total = int(listing.files.size());
    ReviewRecords all;
    all.reserve(total);
    ReviewRecords batch;
    int reads = 0;
    QElapsedTimer sinceDelivery;
    sinceDelivery.start();
    // Small chunks read on every core; batches go out by size or by time.
    constexpr int chunkSize = 64;
    QList<int> toRead;
    for (int begin = 0; begin < total; begin += chunkSize) {
        if (m_cancelled.load(std::memory_order_relaxed))
            return all;
        const int end = std::min(total, begin + chunkSize);
        const qsizetype offset = batch.size();
        batch.resize(offset + end - begin);
        toRead.clear();
        for (int i = begin; i < end; ++i) {
            const IndexWalker::File &file = listing.files.at(i);
            const auto cached = cache.constFind(file.path);
            if (cached != cache.cend() && cached->size == file.size && cached->modified == file.modified)
                batch[offset + i - begin] = *cached;
            else
                toRead.append(i);
        }
        QtConcurrent::blockingMap(toRead, [&](int i) {
            batch[offset + i - begin] = RecordReader::read(m_root, listing.files.at(i).path, m_schema);
        });
        reads += int(toRead.size());
        if (batch.size() >= batchSize || sinceDelivery.elapsed() >= batchMilliseconds || end == total) {
            all.append(batch);
            if (deliver)
                deliver(std::exchange(batch, {}), end, total);
            batch.clear();
            sinceDelivery.restart();
        }
    }
    if (total == 0 && deliver)
        deliver({}, 0, 0);
    // Rewrite the cache only when it no longer matches what is on disk.
    if (!m_cacheFile.isEmpty() && (reads > 0 || cache.size() != all.size()))
        IndexCache::save(m_cacheFile, fingerprint, all);
    return all;
}

} // namespace Rubric
