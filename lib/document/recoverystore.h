#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Rubric {

// A copy of a document's unsaved text, kept so that a crash loses nothing.
struct RecoveryEntry
{
    QString originalPath;    // absolute
    QByteArray diskSha256;   // hex, of the bytes the edits started from
    QDateTime diskModified;  // of the file when the copy was written; invalid when missing
    QDateTime written;       // when the copy was written (UTC)
    qint64 pid = 0;          // the process that wrote it
    QByteArray text;         // the edited bytes, as they would be saved
    QString recoveryFile;    // where it is stored (set by the store)
};

// The folder of recovery copies: one file per original path and session (a running
// Rubric), written atomically, so a crash while writing one leaves the previous copy, and
// no session ever overwrites or removes another's: after a crash left a copy that the user
// chose to decide on later, editing the same file again keeps both. The folder is the
// user's alone (0700), and so is every copy (0600) from the moment it is created. Each file is a short header
// ("key: value" lines) and, after an empty line, the edited bytes verbatim:
//
//     rubric-recovery: 1
//     path: /home/me/site/_products/en/x.md      (percent-encoded)
//     disk-sha256: 3f2a…
//     disk-modified: 2026-11-24T04:38:34.123Z
//     written: 2026-11-24T04:40:01.456Z
//     pid: 4242
//     length: 5185
//
//     ---
//     title: …
class RecoveryStore final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::RecoveryStore)

public:
    explicit RecoveryStore(const QString &directory = defaultDirectory(), const QString &session = currentSession());
    // <AppDataLocation>/recovery
    static QString defaultDirectory();
    // This process's session: its id and a random part, so a later process that gets the
    // same id (after a reboot) still names its copies apart.
    static QString currentSession();
    QString directory() const { return m_directory; }
    QString session() const { return m_session; }

    // Where this session's copy of `originalPath` is kept.
    QString fileFor(const QString &originalPath) const;
    bool write(const RecoveryEntry &entry, QString *error = nullptr) const;
    // Every readable copy, oldest first; unreadable or truncated files are left alone.
    QList<RecoveryEntry> list() const;
    // Copies whose writer is no longer running: what a crash or kill left behind.
    QList<RecoveryEntry> orphans() const;
    // Removes this session's copy of `originalPath` (never another session's).
    bool remove(const QString &originalPath) const;
    // Removes the copy that `entry` was read from (a listed copy, e.g. a recovered one).
    static bool removeCopy(const RecoveryEntry &entry);

    static QByteArray serialize(const RecoveryEntry &entry);
    static std::optional<RecoveryEntry> parse(const QByteArray &bytes);
    static QByteArray sha256(const QByteArray &bytes);
    // True for this process and for another that runs under that id the same program
    // (on Linux; elsewhere any process under that id).
    static bool isRunning(qint64 pid);

private:
    QString m_directory;
    QString m_session;
};

} // namespace Rubric
