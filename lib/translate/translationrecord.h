#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace Rubric {

// Which source text each translation was made from: for every translated review (keyed
// by its site-relative path), the source review's path and, per translatable item (body
// section id, or front-matter key), the SHA-1 of the source item's normalized text when
// the translator marked it done. Kept in `rubric-translations.yml` at the site root so it
// travels with the site's repository; the review files themselves are never touched.
// Written sorted and atomically, so that git diffs stay small. The format is described in
// docs/translation-record.md.
class TranslationRecord final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::TranslationRecord)

public:
    struct Entry
    {
        QString source;                  // site-relative path of the source review
        QMap<QString, QString> sections; // section id -> hash of the source text marked done
        QMap<QString, QString> fields;   // front-matter key -> hash of the source value
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    static QString fileName(); // "rubric-translations.yml"
    static QString pathFor(const QString &siteRoot);

    // The record of a site: empty when the site has none yet; nothing (and `error` with
    // the file and line) when the file exists but does not read.
    static std::optional<TranslationRecord> load(const QString &siteRoot, QString *error);
    static std::optional<TranslationRecord> fromYaml(const QByteArray &yaml, QString *error);
    QByteArray toYaml() const;
    // Writes the record atomically (an empty record removes the file).
    bool save(const QString &siteRoot, QString *error) const;
    // Reads the file afresh, applies `change` and writes it back, so that changes made
    // meanwhile by someone else (git, another Rubric) are kept. The record as written.
    static std::optional<TranslationRecord> update(const QString &siteRoot,
                                                   const std::function<void(TranslationRecord &)> &change,
                                                   QString *error);

    bool isEmpty() const { return m_entries.isEmpty(); }
    QStringList targets() const { return m_entries.keys(); }
    const Entry *entry(const QString &target) const;
    QString sourceOf(const QString &target) const;

    void setSource(const QString &target, const QString &source);
    // Marks an item done at the source text whose hash is `hash`.
    void setSectionDone(const QString &target, const QString &section, const QString &hash);
    void setFieldDone(const QString &target, const QString &key, const QString &hash);
    void clearSection(const QString &target, const QString &section);
    void clearField(const QString &target, const QString &key);
    void remove(const QString &target);

    friend bool operator==(const TranslationRecord &, const TranslationRecord &) = default;

private:
    QMap<QString, Entry> m_entries; // sorted by target path
};

} // namespace Rubric
