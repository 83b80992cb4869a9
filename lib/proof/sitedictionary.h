#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Rubric {

// The site's own words: `rubric-dictionary.txt` at the site root, one word a line, sorted
// (by code point, as `LC_ALL=C sort` does, so every machine writes the same file), meant
// to be committed with the site.
class SiteDictionary final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::SiteDictionary)

public:
    static QString fileName() { return QStringLiteral("rubric-dictionary.txt"); }
    static QString pathFor(const QString &siteRoot);

    // Reads the file (a missing file is an empty dictionary); false with `error` naming
    // the file when it exists but cannot be read.
    bool load(const QString &path, QString *error = nullptr);
    // Adds a word (trimmed; one word, no line breaks) in sorted place and writes the file
    // atomically. False with `error` when the word is not a word or the write fails.
    bool add(const QString &word, QString *error = nullptr);
    bool contains(const QString &word) const;
    const QStringList &words() const { return m_words; }
    QString path() const { return m_path; }

private:
    QString m_path;
    QStringList m_words; // sorted, unique
};

} // namespace Rubric
