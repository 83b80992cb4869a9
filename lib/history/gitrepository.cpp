#include "gitrepository.h"

#include <QDir>
#include <QFileInfo>

#include <git2.h>

#include <mutex>

namespace Rubric {

void GitRepository::ensureInitialized()
{
    // Never shut down: objects may outlive any owner, and the process ends anyway.
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

QString GitRepository::lastError()
{
    const git_error *error = git_error_last();
    return error && error->message ? QString::fromUtf8(error->message) : QString();
}

std::unique_ptr<GitRepository> GitRepository::discover(const QString &path, QString *error)
{
    ensureInitialized();
    const QFileInfo info(path);
    const QString start = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    git_repository *repo = nullptr;
    // No GIT_REPOSITORY_OPEN_FROM_ENV: a GIT_DIR in Rubric's environment is not the site's.
    const int result = git_repository_open_ext(&repo, QFile::encodeName(start).constData(), 0, nullptr);
    if (result < 0) {
        if (error && result != GIT_ENOTFOUND)
            *error = lastError();
        return nullptr;
    }
    return std::unique_ptr<GitRepository>(new GitRepository(repo));
}

GitRepository::~GitRepository()
{
    git_repository_free(m_repo);
}

QString GitRepository::workdir() const
{
    const char *dir = git_repository_workdir(m_repo);
    return dir ? QFile::decodeName(dir) : QString();
}

QString GitRepository::relativePath(const QString &path) const
{
    const QString root = workdir();
    if (root.isEmpty())
        return {};
    // Both sides canonical, so a symlinked temporary folder or site still matches.
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath() + QLatin1Char('/');
    const QFileInfo info(path);
    QString absolute = info.canonicalFilePath();
    if (absolute.isEmpty()) // a deleted file: its folder still exists
        absolute = QFileInfo(info.absolutePath()).canonicalFilePath() + QLatin1Char('/') + info.fileName();
    if (absolute.startsWith(canonicalRoot))
        return absolute.mid(canonicalRoot.size());
    // A deleted folder: compare the paths as written.
    const QString written = QDir::cleanPath(info.absoluteFilePath());
    if (written.startsWith(root))
        return written.mid(root.size());
    return {};
}

} // namespace Rubric
