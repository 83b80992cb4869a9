#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;
template<typename T>
class QFutureWatcher;

namespace Rubric {

// The git status of a site's files ("changed since the last commit": modified, new,
// untracked, deleted), read off the GUI thread with libgit2 and kept current: refresh()
// after a file changes or is saved, and by itself when the repository's git folder
// changes (a commit, from Rubric or git; `git add`; a checkout). Refreshes asked for while
// one runs are coalesced into one more. In a site outside any repository it does nothing.
class GitStatusTracker final : public QObject
{
    Q_OBJECT

public:
    explicit GitStatusTracker(const QString &siteRoot, QObject *parent = nullptr);
    ~GitStatusTracker() override;

    bool isRepository() const { return !m_gitDir.isEmpty(); }
    // Whether a status has been read (statuses() is meaningful).
    bool isReady() const { return m_ready; }
    // Status ids (History::statusId) of the changed files, by path relative to the site;
    // files not listed are unchanged.
    const QHash<QString, QString> &statuses() const { return m_statuses; }
    // The deleted files (site paths, sorted): they have no row in the library.
    QStringList deleted() const;
    // Reads the status again soon; many calls in a burst read it once.
    void refresh();
    // How long refresh() waits for more changes before reading (ms).
    void setDelay(int milliseconds);

Q_SIGNALS:
    void statusChanged();
    void failed(const QString &error);

private:
    void start();
    void finished();

    QString m_root;
    QString m_gitDir; // empty: not a repository
    QHash<QString, QString> m_statuses;
    QTimer *m_timer;
    QFileSystemWatcher *m_watcher = nullptr;
    struct Result
    {
        QHash<QString, QString> statuses;
        QString error;
    };
    QFutureWatcher<Result> *m_running = nullptr;
    bool m_again = false; // a refresh was asked for while one ran
    bool m_ready = false;
};

} // namespace Rubric
