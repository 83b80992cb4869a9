#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Rubric {

// The source's text of each item when it was last marked done (or when the pair was first
// seen without a record entry): what the dock compares the source with to show, word by
// word, what changed since. The translation record keeps only hashes (small, reviewable
// in a diff); the texts live in a file of their own beside it,
// rubric-translation-baselines.json, so they travel with the site (another translator, or
// the same one on another machine, sees the same changes) without bloating the record or
// changing its documented format. Written atomically; a file that does not read is
// reported and never overwritten.
class TranslationBaselines final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::TranslationBaselines)

public:
    static QString fileName(); // "rubric-translation-baselines.json"
    static QString pathFor(const QString &siteRoot);

    // False, with the reason naming the file, when it exists but does not read; a missing
    // file is an empty store.
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;

    bool has(const QString &sourcePath) const { return m_texts.contains(sourcePath); }
    // The baseline of an item, null when none.
    QString text(const QString &sourcePath, const QString &itemId) const;
    void set(const QString &sourcePath, const QString &itemId, const QString &text);
    void remove(const QString &sourcePath, const QString &itemId);

private:
    QHash<QString, QHash<QString, QString>> m_texts; // source site path -> item id -> text
};

} // namespace Rubric
