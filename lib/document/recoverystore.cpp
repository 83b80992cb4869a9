#include "recoverystore.h"

#include "atomicwrite.h"
#include "boundedread.h"
#include "reviewdocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Rubric {

namespace {

constexpr char firstLine[] = "rubric-recovery: 1\n";
constexpr QLatin1String suffix(".recovery");

QByteArray isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toLatin1() : QByteArray("-");
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory, const QString &session)
    : m_directory(directory)
    , m_session(session)
{
}

QString RecoveryStore::currentSession()
{
    static const QString session = QString::number(QCoreApplication::applicationPid()) + u'-'
                                   + QString::number(QRandomGenerator::system()->generate(), 16);
    return session;
}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/recovery");
}

QString RecoveryStore::fileFor(const QString &originalPath) const
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(originalPath).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex()
                               .left(24);
    return m_directory + u'/' + QString::fromLatin1(key) + u'-' + m_session + suffix;
}

QByteArray RecoveryStore::sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray RecoveryStore::serialize(const RecoveryEntry &entry)
{
    QByteArray out;
    out += firstLine;
    out += "path: " + QUrl::toPercentEncoding(entry.originalPath, "/") + '\n';
    out += "disk-sha256: " + (entry.diskSha256.isEmpty() ? QByteArray("-") : entry.diskSha256) + '\n';
    out += "disk-modified: " + isoTime(entry.diskModified) + '\n';
    out += "written: " + isoTime(entry.written) + '\n';
    out += "pid: " + QByteArray::number(entry.pid) + '\n';
    out += "length: " + QByteArray::number(entry.text.size()) + "\n\n";
    out += entry.text;
    return out;
}

std::optional<RecoveryEntry> RecoveryStore::parse(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\n\n");
    if (end < 0 || !bytes.startsWith(firstLine))
        return std::nullopt;
    QHash<QByteArray, QByteArray> header;
    for (const QByteArray &line : bytes.first(end).split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0)
            header.insert(line.first(colon), line.sliced(colon + 2));
    }
    bool ok = false;
    const qsizetype length = header.value("length").toLongLong(&ok);
    // A copy cut short (a full disk, a crash mid-write without atomic rename) is not offered.
    if (!ok || bytes.size() - end - 2 != length || !header.contains("path"))
        return std::nullopt;
    RecoveryEntry entry;
    entry.originalPath = QUrl::fromPercentEncoding(header.value("path"));
    const QByteArray hash = header.value("disk-sha256");
    entry.diskSha256 = hash == "-" ? QByteArray() : hash;
    entry.diskModified = QDateTime::fromString(QString::fromLatin1(header.value("disk-modified")), Qt::ISODateWithMs);
    entry.written = QDateTime::fromString(QString::fromLatin1(header.value("written")), Qt::ISODateWithMs);
    entry.pid = header.value("pid").toLongLong();
    entry.text = bytes.sliced(end + 2);
    return entry;
}

bool RecoveryStore::write(const RecoveryEntry &entry, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // The copies hold the user's text: theirs alone to read, the folder and every copy.
    if (!QDir().mkpath(m_directory)
        || !QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return fail(tr("cannot create the recovery folder %1").arg(m_directory));
    const QString path = fileFor(entry.originalPath);
    QString reason;
    if (!writeFileAtomically(path, serialize(entry), &reason, QFile::ReadOwner | QFile::WriteOwner))
        return fail(tr("cannot write the recovery copy of %1: %2").arg(entry.originalPath, reason));
    return true;
}

QList<RecoveryEntry> RecoveryStore::list() const
{
    QList<RecoveryEntry> entries;
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList({QLatin1String("*") + suffix}, QDir::Files, QDir::Time | QDir::Reversed)) {
        // A copy holds one review's text plus a few header lines.
        const BoundedRead read = readFileBounded(info.filePath(), ReviewDocument::maximumFileSize + 64 * 1024);
        if (!read.ok())
            continue;
        auto entry = parse(read.bytes);
        if (!entry)
            continue;
        entry->recoveryFile = info.filePath();
        entries.append(*entry);
    }
    return entries;
}

QList<RecoveryEntry> RecoveryStore::orphans() const
{
    QList<RecoveryEntry> entries = list();
    entries.removeIf([](const RecoveryEntry &entry) { return isRunning(entry.pid); });
    return entries;
}

bool RecoveryStore::remove(const QString &originalPath) const
{
    return QFile::remove(fileFor(originalPath));
}

bool RecoveryStore::removeCopy(const RecoveryEntry &entry)
{
    return !entry.recoveryFile.isEmpty() && QFile::remove(entry.recoveryFile);
}

bool RecoveryStore::isRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    if (::kill(pid_t(pid), 0) != 0)
        return false; // gone, or another user's: not a Rubric of ours
#endif
#ifdef Q_OS_LINUX
    // After a crash and a reboot the id may well be some other program's by now.
    const auto program = [](const QString &link) {
        QString target = QFileInfo(link).symLinkTarget();
        if (target.endsWith(QLatin1String(" (deleted)"))) // the binary was replaced since it started
            target.chop(10);
        return QFileInfo(target).fileName();
    };
    const QString theirs = program(QStringLiteral("/proc/%1/exe").arg(pid));
    return theirs.isEmpty() || theirs == program(QStringLiteral("/proc/self/exe"));
#else
    return true;
#endif
}

} // namespace Rubric
