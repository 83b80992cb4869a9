#include "gitstatustracker.h"

#include "gitrepository.h"
#include "history.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <git2.h>

namespace Rubric {

GitStatusTracker::GitStatusTracker(const QString &siteRoot, QObject *parent)
    : QObject(parent)
    , m_root(QDir(siteRoot).absolutePath())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &GitStatusTracker::start);
    const auto repository = GitRepository::discover(m_root);
    if (!repository || repository->workdir().isEmpty())
        return;
    m_gitDir = QDir::cleanPath(QString::fromUtf8(git_repository_path(repository->handle())));
    // git replaces its index and refs by renaming lock files: the folders' entries change,
    // which a watch on the folders sees (a watch on the files would be lost at the rename).
    m_watcher = new QFileSystemWatcher(this);
    QStringList folders{m_gitDir};
    const QString heads = m_gitDir + QStringLiteral("/refs/heads");
    if (QFileInfo(heads).isDir())
        folders.append(heads);
    m_watcher->addPaths(folders);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &GitStatusTracker::refresh);
    refresh();
}

GitStatusTracker::~GitStatusTracker()
{
    // A read still running owns only copies (the root); its result is dropped.
    if (m_running)
        m_running->disconnect(this);
}

QStringList GitStatusTracker::deleted() const
{
    QStringList paths;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (it.value() == History::statusId(FileStatus::Deleted))
            paths.append(it.key());
    }
    paths.sort();
    return paths;
}

void GitStatusTracker::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void GitStatusTracker::refresh()
{
    if (!isRepository())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_timer->start();
}

void GitStatusTracker::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_again = false;
    m_running = new QFutureWatcher<Result>(this);
    connect(m_running, &QFutureWatcherBase::finished, this, &GitStatusTracker::finished);
    // libgit2 handles stay on the thread that opened them: the job opens its own.
    m_running->setFuture(QtConcurrent::run([root = m_root] {
        Result result;
        const auto repository = GitRepository::discover(root, &result.error);
        if (repository)
            result.statuses = History::statusIds(*repository, root, &result.error);
        return result;
    }));
}

void GitStatusTracker::finished()
{
    const Result result = m_running->result();
    m_running->deleteLater();
    m_running = nullptr;
    if (!result.error.isEmpty()) {
        Q_EMIT failed(result.error);
    } else if (!m_ready || result.statuses != m_statuses) {
        m_statuses = result.statuses;
        m_ready = true;
        Q_EMIT statusChanged();
    }
    if (m_again)
        m_timer->start();
}

} // namespace Rubric
