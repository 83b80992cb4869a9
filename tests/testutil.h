#pragma once

#include <QTemporaryDir>
#include <QSettings>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QTest>

namespace Rubric::Test {

inline QString corpusDir()
{
    return QStringLiteral(RUBRIC_CORPUS_DIR);
}

// Every review of the corpus, site-relative, sorted so rows are stable.
inline QStringList corpusFiles()
{
    QStringList files;
    for (const auto &folder : {QStringLiteral("_products"), QStringLiteral("_companies")}) {
        QDirIterator it(corpusDir() + u'/' + folder, {QStringLiteral("*.md")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(corpusDir()).relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

// How many reviews the corpus holds, counted by listing its folders, not by the product's
// walker: tests compare what the product found against it. (tst_corpus checks the corpus
// itself is the expected one.)
inline int corpusReviewCount()
{
    static const int count = int(corpusFiles().size());
    return count;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Settings written under the test's folder, never the user's.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("RubricTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
}

} // namespace Rubric::Test
