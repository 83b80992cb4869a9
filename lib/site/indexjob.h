#pragma once

#include "reviewrecord.h"
#include "schema/schema.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Rubric {

// One pass over a site: list its review files, take each unchanged one from the cache
// and read the others, hand the records over in batches, save the cache. Runs in
// whichever thread calls run(); owns copies of everything it needs.
class IndexJob final
{
public:
    static constexpr int batchSize = 256;
    static constexpr int batchMilliseconds = 30;

    IndexJob(const QString &root, const Schema &schema, const QString &cacheFile);

    // `deliver` gets each batch with the files done so far and the total.
    using Deliver = std::function<void(ReviewRecords batch, int done, int total)>;
    ReviewRecords run(const Deliver &deliver);
    void cancel() { m_cancelled.store(true); }

    // The folders listed (absolute), for a watcher; valid after run().
    const QStringList &folders() const { return m_folders; }

private:
    QString m_root;
    Schema m_schema;
    QString m_cacheFile; // empty: no cache
    std::atomic<bool> m_cancelled{false};
    QStringList m_folders;
};

} // namespace Rubric
