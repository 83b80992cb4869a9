#include "indexwalker.h"

#include "schema/schema.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace Rubric::IndexWalker {

namespace {

const QString reviewSuffix = QStringLiteral(".md");

qint64 modifiedMs(const struct stat &status)
{
    return qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000;
}

// POSIX directly: listing by directory descriptor with fstatat() and the entries' types
// costs a third of QDirIterator + QFileInfo on a site of thousands of files.
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
    void walk(const QString &relative, bool throughLink = false)
    {
        if (m_cancelled && m_cancelled->load(std::memory_order_relaxed))
            return;
        const QString absolute = m_root + u'/' + relative;
        if (throughLink) {
            // A link to a folder of the site itself would list its reviews under a second
            // path (or loop); they are found through their real path. Links out are followed.
            const QString canonical = QFileInfo(absolute).canonicalFilePath();
            if (canonical.isEmpty() || canonical == m_canonicalRoot || canonical.startsWith(m_canonicalRoot + u'/'))
                return;
        }
        const int fd = ::open(QFile::encodeName(absolute).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return;
        struct stat status;
        if (::fstat(fd, &status) != 0 || m_visited.contains({quint64(status.st_dev), quint64(status.st_ino)})) {
            ::close(fd);
            return;
        }
        m_visited.insert({quint64(status.st_dev), quint64(status.st_ino)});
        m_listing.folders.append(absolute);

        struct Entry
        {
            QString name;
            bool folder = false;
            bool link = false;
            qint64 size = 0;
            qint64 modified = 0;
            bool operator<(const Entry &other) const { return name < other.name; }
        };
        QList<Entry> entries;
        DIR *dir = ::fdopendir(fd);
        if (!dir) {
            ::close(fd);
            return;
        }
        while (const dirent *item = ::readdir(dir)) {
            const char *name = item->d_name;
            if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
                continue;
            Entry entry;
            entry.link = item->d_type == DT_LNK;
            entry.folder = item->d_type == DT_DIR;
            const bool review = std::strlen(name) > 3 && std::strcmp(name + std::strlen(name) - 3, ".md") == 0;
            if (item->d_type == DT_LNK || item->d_type == DT_UNKNOWN || (review && item->d_type == DT_REG)) {
                // stat, not lstat: a linked review counts as the file it points to.
                if (::fstatat(fd, name, &status, 0) != 0)
                    continue;
                entry.folder = S_ISDIR(status.st_mode);
                if (!entry.folder && !(S_ISREG(status.st_mode) && review))
                    continue;
                entry.size = status.st_size;
                entry.modified = modifiedMs(status);
            } else if (!entry.folder) {
                continue;
            }
            entry.name = QFile::decodeName(name);
            entries.append(std::move(entry));
        }
        ::closedir(dir);
        std::sort(entries.begin(), entries.end());
        for (const auto &entry : std::as_const(entries)) {
            if (entry.folder)
                walk(relative + u'/' + entry.name, entry.link);
            else
                m_listing.files.append({relative + u'/' + entry.name, entry.size, entry.modified});
        }
    }

    Listing take() { return std::move(m_listing); }

private:
    QString m_root;
    QString m_canonicalRoot;
    const std::atomic<bool> *m_cancelled;
    QSet<QPair<quint64, quint64>> m_visited; // device and inode of the folders listed
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
