#include "indexjob.h"

#include "indexcache.h"
#include "indexwalker.h"
#include "siteindex.h"

#include <QElapsedTimer>

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
    for (int i = 0; i < total; ++i) {
        if (m_cancelled.load(std::memory_order_relaxed))
            return all;
        const IndexWalker::File &file = listing.files.at(i);
        const auto cached = cache.constFind(file.path);
        if (cached != cache.cend() && cached->size == file.size && cached->modified == file.modified) {
            batch.append(*cached);
        } else {
            batch.append(RecordReader::read(m_root, file.path, m_schema));
            ++reads;
        }
        all.append(batch.constLast());
        if (batch.size() >= batchSize || sinceDelivery.elapsed() >= batchMilliseconds || i + 1 == total) {
            if (deliver)
                deliver(std::exchange(batch, {}), i + 1, total);
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
