#include "indexwalker.h"

#include "schema/schema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <qplatformdefs.h>

namespace Rubric::IndexWalker {

namespace {

const QString reviewSuffix = QStringLiteral(".md");

class Walker final
{
public:
    Walker(const QString &root, const std::atomic<bool> *cancelled)
        : m_root(root)
        , m_canonicalRoot(QFileInfo(root).canonicalFilePath())
        , m_cancelled(cancelled)
    {
    }

    // Everything under `relative`, at any depth: a nested layout puts reviews in company
    // folders, and the site has a review one folder deeper still.
    void walk(const QString &relative)
    {
        if ((m_cancelled && m_cancelled->load(std::memory_order_relaxed)) || !enter(relative))
            return;
        QList<QPair<QString, bool>> entries; // name, is a folder
        QDirIterator it(m_root + u'/' + relative, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            if (info.isDir())
                entries.append({info.fileName(), true});
            else if (info.fileName().endsWith(reviewSuffix))
                entries.append({info.fileName(), false});
        }
        std::sort(entries.begin(), entries.end());
        for (const auto &[name, isFolder] : std::as_const(entries)) {
            if (isFolder) {
                walk(relative + u'/' + name);
                continue;
            }
            File file;
            file.path = relative + u'/' + name;
            QT_STATBUF status;
            // stat, not lstat: a linked review counts as the file it points to.
            if (QT_STAT(QFile::encodeName(m_root + u'/' + file.path).constData(), &status) != 0)
                continue;
            file.size = status.st_size;
            file.modified = qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000;
            m_listing.files.append(std::move(file));
        }
    }

    Listing take() { return std::move(m_listing); }

private:
    bool enter(const QString &relative)
    {
        const QString absolute = m_root + u'/' + relative;
        const QFileInfo info(absolute);
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty() || m_visited.contains(canonical))
            return false;
        // A link to a folder of the site itself would list its reviews under a second
        // path (or loop); they are found through their real path. Links out are followed.
        if (info.isSymLink()
            && (canonical == m_canonicalRoot || canonical.startsWith(m_canonicalRoot + u'/')))
            return false;
        m_visited.insert(canonical);
        m_listing.folders.append(absolute);
        return true;
    }

    QString m_root;
    QString m_canonicalRoot;
    const std::atomic<bool> *m_cancelled;
    QSet<QString> m_visited;
    Listing m_listing;
};

} // namespace

Listing list(const QString &root, const Schema &schema, const std::atomic<bool> *cancelled)
{
    Walker walker(root, cancelled);
    for (const auto &layout : schema.layouts()) {
        for (const auto &language : schema.languages())
            walker.walk(layout.folder + u'/' + language.code);
    }
    return walker.take();
}

Listing listUnder(const QString &root, const Schema &schema, const QString &relativeFolder)
{
    const QStringList parts = relativeFolder.split(u'/', Qt::SkipEmptyParts);
    Walker walker(root, nullptr);
    if (parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral(".")))
        return walker.take();
    for (const auto &layout : schema.layouts()) {
        if (parts.isEmpty() || parts.front() != layout.folder)
            continue;
        for (const auto &language : schema.languages()) {
            if (parts.size() == 1)
                walker.walk(layout.folder + u'/' + language.code);
            else if (parts.at(1) == language.code)
                walker.walk(parts.join(u'/'));
        }
    }
    return walker.take();
}

bool isReviewPath(const QString &relativePath, const Schema &schema)
{
    const QStringList parts = relativePath.split(u'/');
    if (!relativePath.endsWith(reviewSuffix) || parts.contains(QString()) || parts.contains(QStringLiteral(".."))
        || parts.contains(QStringLiteral(".")))
        return false;
    for (const auto &layout : schema.layouts()) {
        if (parts.front() == layout.folder && parts.size() >= 3 && schema.language(parts.at(1)))
            return true;
    }
    return false;
}

} // namespace Rubric::IndexWalker
