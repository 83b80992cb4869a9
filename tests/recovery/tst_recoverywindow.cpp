// Crash recovery through the real window: copies written while a review has unsaved
// changes and removed on save or close, the recovery dialog restoring or discarding
// them, and a `kill -9` of a real editing process whose work the next start recovers.
#include "dialoghelper.h"
#include "document/recoveryrecorder.h"
#include "document/recoverystore.h"
#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "recovery/diffview.h"
#include "recovery/recoverydialog.h"
#include "recovery/recoverymanager.h"
#include "testutil.h"

#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace Rubric;

namespace {

const char childFlag[] = "--child-edit";
const QString typed = QStringLiteral("Words typed just before the crash.");

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RubricTests"));
    QCoreApplication::setApplicationName(QStringLiteral("rubric-recovery-test"));
}

QByteArray sample()
{
    return Test::readFile(Test::corpusDir() + QLatin1String("/_products/en/sony/sony-ier-m9.md"));
}

// The child: opens the file in a real window, types, waits for the recovery copy, says
// "ready" and runs until it is killed.
int runChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    setNames();
    MainWindow window;
    window.recovery()->setDelay(200);
    window.show();
    const QString path = QString::fromLocal8Bit(argv[2]);
    if (!window.openFile(path))
        return 2;
    MarkdownEditor *editor = window.currentView()->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, typed);
    const QString copy = window.recovery()->store().fileFor(path);
    for (int i = 0; i < 500 && !QFileInfo::exists(copy); ++i)
        QTest::qWait(20);
    if (!QFileInfo::exists(copy))
        return 3;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class TestRecoveryWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void copyAppearsOnceTheTypingPausesNotBefore();
    void copyIsRemovedOnSave();
    void copyIsRemovedWhenClosedWithoutSaving();
    void restoreBringsBackTheTextAsAnUnsavedUndoableChange();
    void twoCopiesOfOneFileAreToldApart();
    void restoreAfterTheFileChangedShowsTheDifferenceToWhatIsThere();
    void discardRemovesTheCopy();
    void decideLaterKeepsTheCopyForNextTime();
    void restoreOfADeletedFileWritesItBack();
    void killedEditorLeavesWorkTheNextStartRecovers();

private:
    RecoveryEntry orphan(const QByteArray &text) const;
    // Shows the offer and answers it with `button` of the dialog (through `pick`).
    qsizetype offerAndAnswer(QPushButton *(RecoveryDialog::*pick)() const, QString *details = nullptr, int *changes = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    QByteArray m_original;
    QString m_shownDiff; // the dialog's differences, as text
};

void TestRecoveryWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    QDir(RecoveryStore::defaultDirectory()).removeRecursively();
    m_original = sample();
    m_path = m_dir->filePath(QStringLiteral("sony-ier-m9.md"));
    QVERIFY(Test::writeFile(m_path, m_original));
    m_window = std::make_unique<MainWindow>();
    m_window->recovery()->setDelay(300);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRecoveryWindow::cleanup()
{
    // Closing asks about unsaved reviews: these tests leave none worth keeping.
    for (DocumentView *view : m_window ? m_window->views() : QList<DocumentView *>())
        view->document()->undoStack()->setClean();
    m_window.reset();
}

RecoveryEntry TestRecoveryWindow::orphan(const QByteArray &text) const
{
    RecoveryEntry entry;
    entry.originalPath = QFileInfo(m_path).absoluteFilePath();
    entry.diskSha256 = RecoveryStore::sha256(m_original);
    entry.written = QDateTime::currentDateTimeUtc();
    entry.pid = 0; // no process: what a crash leaves
    entry.text = text;
    return entry;
}

qsizetype TestRecoveryWindow::offerAndAnswer(QPushButton *(RecoveryDialog::*pick)() const, QString *details, int *changes)
{
    QMetaObject::Connection connection = connect(
        m_window->recovery(), &RecoveryManager::dialogAboutToShow, this, [=, this](RecoveryDialog *dialog) {
            QTimer::singleShot(0, dialog, [=, this] {
                if (details)
                    *details = dialog->details()->text();
                if (changes)
                    *changes = dialog->diffView()->changeCount();
                m_shownDiff = dialog->diffView()->toPlainText();
                (dialog->*pick)()->click();
            });
        });
    const qsizetype offered = m_window->recovery()->offerRecovery();
    disconnect(connection);
    return offered;
}

void TestRecoveryWindow::copyAppearsOnceTheTypingPausesNotBefore()
{
    QVERIFY(m_window->openFile(m_path));
    MarkdownEditor *editor = m_window->currentView()->editor();
    const QString copy = m_window->recovery()->store().fileFor(m_path);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("More words."));
    QVERIFY(m_window->currentView()->document()->isModified());
    QVERIFY(!QFileInfo::exists(copy)); // not per keystroke: only after the pause
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(copy), 10000);
    const auto entry = RecoveryStore::parse(Test::readFile(copy));
    QVERIFY(entry);
    QCOMPARE(entry->text, m_window->currentView()->document()->toBytes());
    QVERIFY(entry->text.contains("More words."));
    QCOMPARE(Test::readFile(m_path), m_original); // never over the real file
}

void TestRecoveryWindow::copyIsRemovedOnSave()
{
    QVERIFY(m_window->openFile(m_path));
    DocumentView *view = m_window->currentView();
    QVERIFY(view->document()->setAxis(QStringLiteral("cost_performance"), 5).ok());
    const QString copy = m_window->recovery()->store().fileFor(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(copy), 10000);
    QVERIFY(m_window->save(view));
    QVERIFY(!QFileInfo::exists(copy));
    QVERIFY(Test::readFile(m_path) != m_original);
}

void TestRecoveryWindow::copyIsRemovedWhenClosedWithoutSaving()
{
    QVERIFY(m_window->openFile(m_path));
    DocumentView *view = m_window->currentView();
    QVERIFY(view->document()->setAxis(QStringLiteral("cost_performance"), 5).ok());
    const QString copy = m_window->recovery()->store().fileFor(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(copy), 10000);
    Test::Answered answered;
    Test::answerMessageBoxes(&answered, QMessageBox::Discard);
    QVERIFY(m_window->closeView(view));
    QCOMPARE(answered.texts.size(), 1);
    QVERIFY(!QFileInfo::exists(copy));
    QCOMPARE(Test::readFile(m_path), m_original);
}

void TestRecoveryWindow::restoreBringsBackTheTextAsAnUnsavedUndoableChange()
{
    QByteArray recovered = m_original;
    recovered.replace("## Cost-Performance", "## Cost-Performance\n\nA paragraph written before the crash.");
    QVERIFY(recovered != m_original);
    QVERIFY(m_window->recovery()->store().write(orphan(recovered)));
    QString details;
    int changes = -1;
    QCOMPARE(offerAndAnswer(&RecoveryDialog::restoreButton, &details, &changes), 1);
    QVERIFY(details.contains(QFileInfo(m_path).absoluteFilePath()));
    QCOMPARE(changes, 2); // an empty line and the paragraph, added
    // Old and new line numbers, the sign, the line; unchanged lines around it.
    QVERIFY2(m_shownDiff.contains(QStringLiteral("   33 + A paragraph written before the crash.")), qPrintable(m_shownDiff));
    QVERIFY2(m_shownDiff.contains(QStringLiteral("   31    31   ## Cost-Performance")), qPrintable(m_shownDiff));
    DocumentView *view = m_window->currentView();
    QVERIFY(view);
    ReviewDocument *document = view->document();
    QCOMPARE(document->toBytes(), recovered);
    QVERIFY(document->isModified());
    QVERIFY(view->editor()->toPlainText().contains(QStringLiteral("A paragraph written before the crash.")));
    QCOMPARE(Test::readFile(m_path), m_original); // restored, not saved
    // This process's copy now stands for the work (a second crash loses nothing).
    const auto copy = RecoveryStore::parse(Test::readFile(m_window->recovery()->store().fileFor(m_path)));
    QVERIFY(copy);
    QCOMPARE(copy->pid, QCoreApplication::applicationPid());
    document->undoStack()->undo();
    QCOMPARE(document->toBytes(), m_original);
    QVERIFY(!document->isModified());
}

void TestRecoveryWindow::twoCopiesOfOneFileAreToldApart()
{
    // Two sessions (a crash left one, then a second crash another): both are offered.
    RecoveryEntry first = orphan("first");
    first.written = QDateTime(QDate(2026, 11, 20), QTime(9, 15), Qt::UTC);
    RecoveryEntry second = orphan("second");
    second.written = QDateTime(QDate(2026, 11, 21), QTime(18, 40), Qt::UTC);
    RecoveryEntry other = orphan("other");
    other.originalPath = m_dir->filePath(QStringLiteral("another.md"));
    RecoveryDialog dialog({first, second, other}, m_window.get());
    QCOMPARE(dialog.list()->count(), 3);
    const QString a = dialog.list()->item(0)->text();
    const QString b = dialog.list()->item(1)->text();
    QVERIFY2(a != b, qPrintable(a));
    QVERIFY(a.startsWith(QLatin1String("sony-ier-m9.md")) && b.startsWith(QLatin1String("sony-ier-m9.md")));
    QVERIFY(a.contains(QLocale().toString(first.written.toLocalTime(), QLocale::ShortFormat)));
    QCOMPARE(dialog.list()->item(2)->text().startsWith(QLatin1String("another.md")), true);
    QVERIFY(!dialog.list()->item(2)->text().contains(u','));
}

void TestRecoveryWindow::restoreAfterTheFileChangedShowsTheDifferenceToWhatIsThere()
{
    QByteArray recovered = m_original;
    recovered.replace("## Cost-Performance", "## Cost-Performance (recovered)");
    QVERIFY(m_window->recovery()->store().write(orphan(recovered)));
    QByteArray changedOnDisk = m_original;
    changedOnDisk.replace("## Reliability", "## Reliability (pulled)");
    QVERIFY(changedOnDisk != m_original);
    QVERIFY(Test::writeFile(m_path, changedOnDisk));
    QString details;
    int changes = -1;
    QCOMPARE(offerAndAnswer(&RecoveryDialog::restoreButton, &details, &changes), 1);
    QVERIFY(details.contains(QStringLiteral("changed on disk")));
    QCOMPARE(changes, 4); // both headings differ between the disk and the copy
    QCOMPARE(m_window->currentView()->document()->toBytes(), recovered);
    QCOMPARE(Test::readFile(m_path), changedOnDisk);
}

void TestRecoveryWindow::discardRemovesTheCopy()
{
    QVERIFY(m_window->recovery()->store().write(orphan(m_original + "more\n")));
    QCOMPARE(offerAndAnswer(&RecoveryDialog::discardButton), 1);
    QVERIFY(m_window->views().isEmpty());
    QVERIFY(m_window->recovery()->store().list().isEmpty());
    QCOMPARE(m_window->recovery()->offerRecovery(), 0); // nothing left to offer
    QCOMPARE(Test::readFile(m_path), m_original);
}

void TestRecoveryWindow::decideLaterKeepsTheCopyForNextTime()
{
    QVERIFY(m_window->recovery()->store().write(orphan(m_original + "more\n")));
    QCOMPARE(offerAndAnswer(&RecoveryDialog::laterButton), 1);
    QVERIFY(m_window->views().isEmpty());
    QCOMPARE(m_window->recovery()->store().orphans().size(), 1);
}

void TestRecoveryWindow::restoreOfADeletedFileWritesItBack()
{
    const QByteArray recovered = m_original + "A last line.\n";
    QVERIFY(m_window->recovery()->store().write(orphan(recovered)));
    QVERIFY(QFile::remove(m_path));
    QString details;
    QCOMPARE(offerAndAnswer(&RecoveryDialog::restoreButton, &details), 1);
    QVERIFY(details.contains(QStringLiteral("no longer exists")));
    QCOMPARE(Test::readFile(m_path), recovered);
    QVERIFY(m_window->currentView());
    QCOMPARE(m_window->currentView()->document()->toBytes(), recovered);
    QVERIFY(m_window->recovery()->store().list().isEmpty());
}

void TestRecoveryWindow::killedEditorLeavesWorkTheNextStartRecovers()
{
    m_window.reset(); // the test's own window plays the next start, below
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(childFlag), m_path});
    QVERIFY(child.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("ready") || child.state() == QProcess::NotRunning,
                             30000);
    QCOMPARE(child.state(), QProcess::Running);
    const qint64 pid = child.processId();
    QVERIFY(RecoveryStore::isRunning(pid));
    QCOMPARE(RecoveryStore().orphans().size(), 0); // its copy is not offered while it runs
    child.kill(); // SIGKILL: no destructor, no cleanup
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCOMPARE(Test::readFile(m_path), m_original);

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QCOMPARE(m_window->recovery()->store().orphans().size(), 1);
    QCOMPARE(m_window->recovery()->store().orphans().constFirst().pid, pid);
    QCOMPARE(offerAndAnswer(&RecoveryDialog::restoreButton), 1);
    QVERIFY(m_window->currentView());
    ReviewDocument *document = m_window->currentView()->document();
    QVERIFY(document->text().endsWith(typed));
    QCOMPARE(document->text().size(), QString::fromUtf8(m_original).size() + typed.size());
    QVERIFY(document->isModified());
}

int main(int argc, char **argv)
{
    // Recovery copies and settings in a folder of this run, which the child inherits.
    if (argc >= 3 && qstrcmp(argv[1], childFlag) == 0)
        return runChild(argc, argv);
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    QApplication app(argc, argv);
    setNames();
    TestRecoveryWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recoverywindow.moc"
