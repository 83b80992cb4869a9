// Saves that fail: a read-only file, a folder that cannot be written, a full disk, a
// path that disappeared. Each says which file and why, keeps the edits in the editor
// (still unsaved) and leaves what is on disk as it was; once the cause is gone, the
// same edits save. The tests may run as root, where permissions do not stop writes:
// then the immutable attribute (chattr +i) stands in for them, or the row is skipped.
#include "dialoghelper.h"
#include "document/reviewdocument.h"
#include "documentview.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QProcess>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Rubric;

namespace {

enum class Failure {
    ReadOnlyFile,
    ImmutableFile,
    FolderWithoutWritePermission,
    FullDisk,
    FolderRemoved,
    FolderReplacedByAFile,
    FolderInPlaceOfTheFile,
};

bool isRoot()
{
    return ::geteuid() == 0;
}

bool chattr(const QString &flag, const QString &path)
{
    return QProcess::execute(QStringLiteral("chattr"), {flag, path}) == 0;
}

// Lowers the largest file this process may write, as a full disk would stop the write.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails (EFBIG) instead of killing us
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    bool m_ok = false;
};

} // namespace

Q_DECLARE_METATYPE(Failure)

class TestSaveFailures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void failedSaveKeepsTheEditsAndTheDisk_data();
    void failedSaveKeepsTheEditsAndTheDisk();

private:
    // Sets up `failure`; empty when it could be provoked, else why not (for QSKIP).
    QString provoke(Failure failure);
    void undo(Failure failure);
    // What is at the file's path now: its bytes, "<folder>", or "<none>".
    QByteArray diskState() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_folder;
    QString m_path;
    QByteArray m_original;
    QStringList m_immutable; // to clear in cleanup, or the folder cannot be removed
};

void TestSaveFailures::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RubricTests"));
    QCoreApplication::setApplicationName(QStringLiteral("rubric-savefailures-test"));
}

void TestSaveFailures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    m_folder = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(m_folder));
    m_original = Test::readFile(Test::corpusDir() + QLatin1String("/_products/en/sony/sony-ier-m9.md"));
    m_path = m_folder + QLatin1String("/sony-ier-m9.md");
    QVERIFY(Test::writeFile(m_path, m_original));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSaveFailures::cleanup()
{
    for (const QString &path : std::as_const(m_immutable))
        chattr(QStringLiteral("-i"), path);
    m_immutable.clear();
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    for (DocumentView *view : m_window->views())
        view->document()->undoStack()->setClean();
    m_window.reset();
}

QByteArray TestSaveFailures::diskState() const
{
    const QFileInfo info(m_path);
    if (info.isDir())
        return "<folder>";
    if (!info.exists())
        return "<none>";
    return Test::readFile(m_path);
}

QString TestSaveFailures::provoke(Failure failure)
{
    switch (failure) {
    case Failure::ReadOnlyFile:
        if (isRoot())
            return QStringLiteral("running as root, which writes read-only files (the immutable row covers it)");
        return QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther)
                   ? QString()
                   : QStringLiteral("chmod failed");
    case Failure::ImmutableFile:
        if (!isRoot() || !chattr(QStringLiteral("+i"), m_path))
            return QStringLiteral("chattr +i needs root and a file system that supports it");
        m_immutable.append(m_path);
        return {};
    case Failure::FolderWithoutWritePermission:
        if (!isRoot())
            return QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::ExeOwner) ? QString()
                                                                                      : QStringLiteral("chmod failed");
        if (!chattr(QStringLiteral("+i"), m_folder))
            return QStringLiteral("running as root, where chmod does not stop writes, and chattr +i is not supported here");
        m_immutable.append(m_folder);
        return {};
    case Failure::FullDisk:
        return {}; // the limit is set around the save itself
    case Failure::FolderRemoved:
        return QDir(m_folder).removeRecursively() ? QString() : QStringLiteral("cannot remove the folder");
    case Failure::FolderReplacedByAFile:
        return QDir(m_folder).removeRecursively() && Test::writeFile(m_folder, "not a folder")
                   ? QString()
                   : QStringLiteral("cannot replace the folder");
    case Failure::FolderInPlaceOfTheFile:
        return QFile::remove(m_path) && QDir().mkpath(m_path) ? QString() : QStringLiteral("cannot make the folder");
    }
    return QStringLiteral("unknown failure");
}

void TestSaveFailures::undo(Failure failure)
{
    for (const QString &path : std::as_const(m_immutable))
        chattr(QStringLiteral("-i"), path);
    m_immutable.clear();
    switch (failure) {
    case Failure::ReadOnlyFile:
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        break;
    case Failure::FolderWithoutWritePermission:
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        break;
    case Failure::FolderReplacedByAFile:
        QFile::remove(m_folder);
        QDir().mkpath(m_folder);
        break;
    case Failure::FolderRemoved:
        QDir().mkpath(m_folder);
        break;
    case Failure::FolderInPlaceOfTheFile:
        QDir(m_path).removeRecursively();
        break;
    case Failure::ImmutableFile:
    case Failure::FullDisk:
        break;
    }
}

void TestSaveFailures::failedSaveKeepsTheEditsAndTheDisk_data()
{
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("reason"); // expected in the message, besides the file's path
    QTest::newRow("read-only file") << Failure::ReadOnlyFile << QStringLiteral("read-only");
    QTest::newRow("immutable file") << Failure::ImmutableFile << QStringLiteral("read-only");
    QTest::newRow("folder without write permission") << Failure::FolderWithoutWritePermission << QString();
    QTest::newRow("full disk") << Failure::FullDisk << QStringLiteral("File too large");
    QTest::newRow("folder removed while open") << Failure::FolderRemoved << QStringLiteral("no longer exists");
    QTest::newRow("folder replaced by a file") << Failure::FolderReplacedByAFile << QStringLiteral("is not a folder");
    QTest::newRow("folder in place of the file") << Failure::FolderInPlaceOfTheFile << QStringLiteral("folder");
}

void TestSaveFailures::failedSaveKeepsTheEditsAndTheDisk()
{
    QFETCH(Failure, failure);
    QFETCH(QString, reason);
    QVERIFY(m_window->openFile(m_path));
    DocumentView *view = m_window->currentView();
    ReviewDocument *document = view->document();
    QVERIFY(document->setAxis(QStringLiteral("cost_performance"), 5).ok());
    const QByteArray edited = document->toBytes();
    QVERIFY(edited != m_original);

    const QString why = provoke(failure);
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    const QByteArray before = diskState();

    Test::Answered answered;
    Test::answerMessageBoxes(&answered, QMessageBox::Ok);
    bool saved = true;
    {
        // The copy is written beside the file first: it must stop well before the end.
        std::optional<FileSizeLimit> limit;
        if (failure == Failure::FullDisk) {
            limit.emplace(rlim_t(m_original.size() / 2));
            QVERIFY(limit->ok());
        }
        saved = m_window->save(view);
    }
    QVERIFY(!saved);
    QCOMPARE(answered.texts.size(), 1);
    const QString message = answered.texts.constFirst();
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_path)), qPrintable(message));
    QVERIFY2(reason.isEmpty() || message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("edits are still here")), qPrintable(message));

    QCOMPARE(document->toBytes(), edited);
    QVERIFY(document->isModified());
    const QTabWidget *tabs = m_window->tabs();
    QVERIFY(tabs->tabText(tabs->currentIndex()).contains(u'*'));
    QCOMPARE(diskState(), before);
    // Nothing half-written is left beside it.
    if (QFileInfo(m_folder).isDir())
        QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden), QFileInfo(m_path).isFile() ? QStringList{QFileInfo(m_path).fileName()} : QStringList());

    // The cause gone, the same edits save.
    undo(failure);
    QVERIFY(m_window->save(view));
    QCOMPARE(Test::readFile(m_path), edited);
    QVERIFY(!document->isModified());
}

QTEST_MAIN(TestSaveFailures)
#include "tst_savefailures.moc"
