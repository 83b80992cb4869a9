#pragma once

#include "reviewrecord.h"
#include "schema/schema.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Rubric {

// The reviews of one site folder, found where the schema says they live
// (`<layout folder>/<lang>/[<company>/]<ref>.md`), read off the GUI thread in batches so
// rows appear while indexing goes on, cached in the user's cache folder (keyed by
// path, size and modification time) so reopening is fast, and kept up to date when a
// file changes on disk. Translation pairs are found by `ref`.
class SiteIndex final : public QObject
{
    Q_OBJECT

public:
    explicit SiteIndex(const QString &root, QObject *parent = nullptr);
    ~SiteIndex() override;

    QString root() const { return m_root; }
    const Schema &schema() const { return m_schema; }

    // Indexes in a worker thread; records arrive through recordsAdded, then finished().
    void start();
    // Indexes in the calling thread and returns when done (CLI, tests). Emits nothing.
    void indexNow();
    bool isIndexing() const;
    // Use no cache (benchmarks of a cold index) or another cache file (tests).
    void setCacheEnabled(bool enabled);
    void setCacheFile(const QString &path);
    QString cacheFile() const;
    // Watch the site's folders and update records when files change (GUI).
    void setWatching(bool watching);

    const ReviewRecords &records() const { return m_records; }
    int indexOf(const QString &path) const; // -1 when unknown
    QString absolutePath(const ReviewRecord &record) const;

    // The records sharing a ref, by language; a ref with one language is an orphan.
    QHash<QString, QList<int>> recordsByRef() const;
    // The index of the counterpart of record `row` in another language, or -1.
    int counterpart(int row, const QString &lang) const;
    // The company review of a product (same company_id, layout of companies), or -1.
    int companyReview(int row) const;
    // The product reviews of a company, in the company review's language.
    QList<int> productsOf(int companyRow) const;

    // Re-reads one file now (e.g. after the editor saved it).
    void refresh(const QString &absolutePath);

Q_SIGNALS:
    void progress(int done, int total);
    // New records appended at the end of records(), from `first` on.
    void recordsAdded(int first, int count);
    void recordChanged(int row);
    // A record leaves records(): the first signal before, the second after (models need
    // both, as beginRemoveRows/endRemoveRows).
    void recordAboutToBeRemoved(int row);
    void recordRemoved(int row);
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_root;
    Schema m_schema;
    ReviewRecords m_records;
};

// Reads the record of one review file. Fast: a line scanner for the front matter, which
// falls back to the full YAML parser only for values it does not recognise.
namespace RecordReader {
ReviewRecord read(const QString &root, const QString &relativePath, const Schema &schema);
ReviewRecord fromBytes(const QByteArray &bytes, const QString &relativePath, const Schema &schema);
} // namespace RecordReader

} // namespace Rubric
