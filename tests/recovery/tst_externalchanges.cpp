// Files changed under the editor by another program (git pull, another editor): reloaded
// silently when there is nothing unsaved, a question when there is, never overwritten
// without asking; deleted or moved files stay open and can be saved again.
#include "dialoghelper.h"
#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/markdowneditor.h"
#include "filewatch/externalchangewatcher.h"
#include "mainwindow.h"
#include "workspace/workspace.h"
#include "recovery/diffview.h"
#include "testutil.h"

#include <QDialog>
#include <QFileSystemWatcher>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QUndoStack>

#include <cstdio>

using namespace Rubric;
using Choice = ExternalChangeWatcher::Choice;

class TestExternalChanges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unmodifiedFileIsReloadedKeepingCursorAndScroll();
    void ownSaveAsksNothing();
    void unsavedEditsAskAndKeepMineKeepsThem();
    void keepMineThenSaveAsksBeforeOverwriting();
    void unsavedEditsAskAndReloadLoadsTheDisk();
    void showDifferencesShowsThemThenAsksAgain();
    void theQuestionIsAMessageBoxNamingTheFile();
    void replacedByRenameIsStillWatched();
    void deletedFileStaysOpenMarkedAndSaveWritesItAgain();
    void movedFileCanBeSavedElsewhere();
    void fileGrownBeyondTheLimitIsNotReadAndMineStays();

private:
    DocumentView *open();
    QString tabText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace; // what is open; outlives the window over it
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    QByteArray m_original;
    QList<QByteArray> m_asked; // the disk versions the decider was asked about
    QList<Choice> m_answers;   // what it answers, in turn
};

void TestExternalChanges::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RubricTests"));
    QCoreApplication::setApplicationName(QStringLiteral("rubric-externalchanges-test"));
}

void TestExternalChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    m_original = Test::readFile(Test::corpusDir() + QLatin1String("/_products/en/sony/sony-ier-m9.md"));
    m_path = m_dir->filePath(QStringLiteral("sony-ier-m9.md"));
    QVERIFY(Test::writeFile(m_path, m_original));
    m_asked.clear();
    m_answers.clear();
    m_workspace = std::make_unique<Workspace>();
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1400, 900);
    m_window->fileWatcher()->setDelay(50);
    m_window->fileWatcher()->setDecider([this](DocumentView *, const QByteArray &disk) {
        m_asked.append(disk);
        return m_answers.isEmpty() ? Choice::KeepMine : m_answers.takeFirst();
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExternalChanges::cleanup()
{
    m_window.reset();
    m_workspace.reset();
}

DocumentView *TestExternalChanges::open()
{
    if (!m_window->openFile(m_path))
        return nullptr;
    return m_window->currentView();
}

QString TestExternalChanges::tabText() const
{
    return m_window->tabs()->tabText(m_window->tabs()->currentIndex());
}

void TestExternalChanges::unmodifiedFileIsReloadedKeepingCursorAndScroll()
{
    // Long enough to scroll: the review's body, many times over.
    QByteArray longer = m_original;
    for (int i = 0; i < 60; ++i)
        longer += "\nFiller paragraph " + QByteArray::number(i) + " that makes the body long enough to scroll.\n";
    QVERIFY(Test::writeFile(m_path, longer));
    DocumentView *view = open();
    QVERIFY(view);
    MarkdownEditor *editor = view->editor();
    QTest::qWait(50); // the window laid out: the editor at its size
    QTextCursor cursor(editor->document()->findBlockByNumber(20));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 4);
    editor->setTextCursor(cursor);
    editor->verticalScrollBar()->setValue(editor->verticalScrollBar()->maximum() / 2);
    const int scroll = editor->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QTest::qWait(50);
    QCOMPARE(editor->verticalScrollBar()->value(), scroll); // settled before the change

    QByteArray pulled = longer;
    pulled.replace("Filler paragraph 59", "Filler paragraph fifty-nine, edited elsewhere");
    // Lines come in above the cursor: it stays on its line and column, as in Kate or Vim.
    pulled.replace("## Overview\n", "## Overview\n\nA paragraph pulled in above the cursor.\n");
    QVERIFY(Test::writeFile(m_path, pulled));
    QSignalSpy reloaded(m_window->fileWatcher(), &ExternalChangeWatcher::reloaded);
    QVERIFY(reloaded.wait(10000));
    QVERIFY(m_asked.isEmpty()); // nothing unsaved: nothing to ask
    QCOMPARE(view->document()->toBytes(), pulled);
    QVERIFY(!view->document()->isModified());
    QVERIFY(editor->toPlainText().contains(QStringLiteral("fifty-nine, edited elsewhere")));
    QCOMPARE(editor->textCursor().blockNumber(), 20);
    QCOMPARE(editor->textCursor().positionInBlock(), 4);
    QCOMPARE(editor->verticalScrollBar()->value(), scroll);
}

void TestExternalChanges::ownSaveAsksNothing()
{
    DocumentView *view = open();
    QVERIFY(view);
    QSignalSpy reloaded(m_window->fileWatcher(), &ExternalChangeWatcher::reloaded);
    for (int tenths : {5, 6, 7}) {
        QVERIFY(view->document()->setAxis(QStringLiteral("cost_performance"), tenths).ok());
        QVERIFY(m_window->save(view));
        QTest::qWait(200); // let the watcher see the save
    }
    QVERIFY(m_asked.isEmpty());
    QCOMPARE(reloaded.size(), 0);
    QVERIFY(view->document()->setAxis(QStringLiteral("cost_performance"), 8).ok());
    QVERIFY(m_window->save(view)); // no "changed on disk" question either: it did not
    QCOMPARE(Test::readFile(m_path), view->document()->toBytes());
}

void TestExternalChanges::unsavedEditsAskAndKeepMineKeepsThem()
{
    DocumentView *view = open();
    QVERIFY(view);
    QVERIFY(view->document()->setAxis(QStringLiteral("cost_performance"), 5).ok());
    const QByteArray mine = view->document()->toBytes();
    QByteArray pulled = m_original;
    pulled.replace("## Advice", "## Advice (pulled)");
    QVERIFY(Test::writeFile(m_path, pulled));
    m_answers = {Choice::KeepMine};
    QTRY_COMPARE_WITH_TIMEOUT(m_asked.size(), 1, 10000);
    QCOMPARE(m_asked.constFirst(), pulled);
    QCOMPARE(view->document()->toBytes(), mine);
    QVERIFY(view->document()->isModified());
    QCOMPARE(Test::readFile(m_path), pulled);
    // The same version on disk is not asked about again.
    QVERIFY(Test::writeFile(m_path, pulled));
    QTest::qWait(300);
    QCOMPARE(m_asked.size(), 1);
}

void TestExternalChanges::keepMineThenSaveAsksBeforeOverwriting()
{
    DocumentView *view = open();
    QVERIFY(view);
    QVERIFY(view->document()->setAxis(QStringLiteral("cost_performance"), 5).ok());
    QByteArray pulled = m_original;
    pulled.replace("## Advice", "## Advice (pulled)");
    QVERIFY(Test::writeFile(m_path, pulled));
    QTRY_COMPARE_WITH_TIMEOUT(m_asked.size(), 1, 10000);
    Test::Answered answered;
    Test::answerMessageBoxes(&answered, QMessageBox::Cancel);
    QVERIFY(!m_window->save(view));
    QCOMPARE(answered.texts.size(), 1);
    QVERIFY(answered.texts.constFirst().contains(QDir::toNativeSeparators(m_path)));
    QCOMPARE(Test::readFile(m_path), pulled); // not overwritten
    QVERIFY(view->document()->isModified());
    Test::answerMessageBoxes(&answered, QMessageBox::Save);
    QVERIFY(m_window->save(view)); // asked again, and told to overwrite
    QCOMPARE(Test::readFile(m_path), view->document()->toBytes());
}

void TestExternalChanges::unsavedEditsAskAndReloadLoadsTheDisk()
{
    DocumentView *view = open();
    QVERIFY(view);
    QVERIFY(view->document()->setAxis(QStringLiteral("cost_performance"), 5).ok());
    const QByteArray mine = view->document()->toBytes();
    QByteArray pulled = m_original;
    pulled.replace("## Advice", "## Advice (pulled)");
    QVERIFY(Test::writeFile(m_path, pulled));
    m_answers = {Choice::Reload};
    QSignalSpy reloaded(m_window->fileWatcher(), &ExternalChangeWatcher::reloaded);
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(view->document()->toBytes(), pulled);
    QVERIFY(!view->document()->isModified());
    QVERIFY(!tabText().contains(u'*'));

    // The reload is one undo step: the edits before it are one undo away, and saving them
    // then is no overwrite of a file changed on disk (the disk is what was reloaded).
    ReviewDocument *document = view->document();
    document->undoStack()->undo();
    QCOMPARE(document->toBytes(), mine);
    QVERIFY(document->isModified());
    QVERIFY(!m_workspace->changedOnDisk(document));
    QVERIFY(m_workspace->save(document).ok());
    QCOMPARE(Test::readFile(m_path), mine);
    QCOMPARE(m_asked.size(), 1); // nor does the watcher ask about the save
}

void TestExternalChanges::showDifferencesShowsThemThenAsksAgain()
{
    DocumentView *view = open();
    QVERIFY(view);
    QVERIFY(view->document()->setAxis(QStringLiteral("cost_performance"), 5).ok());
    QByteArray pulled = m_original;
    pulled.replace("## Advice", "## Advice (pulled)");
    QVERIFY(Test::writeFile(m_path, pulled));
    m_answers = {Choice::ShowDifferences, Choice::KeepMine};
    int changes = -1;
    connect(m_window->fileWatcher(), &ExternalChangeWatcher::differencesShown, this, [&changes](QWidget *dialog) {
        QTimer::singleShot(0, dialog, [dialog, &changes] {
            changes = dialog->findChild<DiffView *>()->changeCount();
            qobject_cast<QDialog *>(dialog)->reject();
        });
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_asked.size(), 2, 10000);
    // The disk's heading against mine, and the rating line and score line I changed.
    QCOMPARE(changes, 6);
    QVERIFY(view->document()->isModified());
}

void TestExternalChanges::theQuestionIsAMessageBoxNamingTheFile()
{
    m_window->fileWatcher()->setDecider({}); // the real question
    DocumentView *view = open();
    QVERIFY(view);
    QVERIFY(view->document()->setAxis(QStringLiteral("cost_performance"), 5).ok());
    const QByteArray mine = view->document()->toBytes();
    QByteArray pulled = m_original;
    pulled.replace("## Advice", "## Advice (pulled)");
    Test::Answered answered;
    Test::answerMessageBoxes(&answered, QMessageBox::NoButton); // Escape: the safe answer
    QVERIFY(Test::writeFile(m_path, pulled));
    QTRY_COMPARE_WITH_TIMEOUT(answered.texts.size(), 1, 10000);
    QVERIFY(answered.texts.constFirst().contains(QDir::toNativeSeparators(m_path)));
    QVERIFY(answered.texts.constFirst().contains(QStringLiteral("unsaved changes")));
    QTest::qWait(100);
    QCOMPARE(view->document()->toBytes(), mine); // kept
    QVERIFY(view->document()->isModified());
}

void TestExternalChanges::replacedByRenameIsStillWatched()
{
    DocumentView *view = open();
    QVERIFY(view);
    QSignalSpy reloaded(m_window->fileWatcher(), &ExternalChangeWatcher::reloaded);
    // As vim, Kate or git do: write a new file, rename it over the old one.
    for (int round = 1; round <= 2; ++round) {
        QByteArray pulled = m_original;
        pulled.replace("## Advice", QByteArray("## Advice, round " + QByteArray::number(round)));
        const QString temporary = m_dir->filePath(QStringLiteral("new.tmp"));
        QVERIFY(Test::writeFile(temporary, pulled));
        QVERIFY(::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_path).constData()) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(view->document()->toBytes(), pulled, 10000);
    }
    QCOMPARE(reloaded.size(), 2);
    QVERIFY(m_window->fileWatcher()->fileSystemWatcher()->files().contains(m_path));
}

void TestExternalChanges::deletedFileStaysOpenMarkedAndSaveWritesItAgain()
{
    DocumentView *view = open();
    QVERIFY(view);
    QVERIFY(view->document()->setAxis(QStringLiteral("cost_performance"), 5).ok());
    QVERIFY(QFile::remove(m_path));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->fileWatcher()->isMissing(view->document()), 10000);
    QVERIFY(tabText().contains(QStringLiteral("(deleted)")));
    QCOMPARE(m_window->views().size(), 1);
    QVERIFY(view->document()->isModified());
    QVERIFY(m_asked.isEmpty());
    QVERIFY(m_window->save(view));
    QCOMPARE(Test::readFile(m_path), view->document()->toBytes());
    QVERIFY(!m_window->fileWatcher()->isMissing(view->document()));
    QVERIFY(!tabText().contains(QStringLiteral("(deleted)")));
    // Watched again: a later change is seen.
    QByteArray pulled = view->document()->toBytes();
    pulled.replace("## Advice", "## Advice (pulled)");
    QTRY_VERIFY_WITH_TIMEOUT(m_window->fileWatcher()->fileSystemWatcher()->files().contains(m_path), 10000);
    QVERIFY(Test::writeFile(m_path, pulled));
    QTRY_COMPARE_WITH_TIMEOUT(view->document()->toBytes(), pulled, 10000);
}

void TestExternalChanges::movedFileCanBeSavedElsewhere()
{
    DocumentView *view = open();
    QVERIFY(view);
    QVERIFY(view->document()->setAxis(QStringLiteral("cost_performance"), 5).ok());
    const QString moved = m_dir->filePath(QStringLiteral("moved.md"));
    QVERIFY(QFile::rename(m_path, moved));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->fileWatcher()->isMissing(view->document()), 10000);
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere.md"));
    QVERIFY(view->document()->saveAs(elsewhere).ok());
    QCOMPARE(Test::readFile(elsewhere), view->document()->toBytes());
    QCOMPARE(Test::readFile(moved), m_original); // the moved file is left alone
    QVERIFY(!m_window->fileWatcher()->isMissing(view->document()));
    QVERIFY(!QFileInfo::exists(m_path));
    QVERIFY(m_window->fileWatcher()->fileSystemWatcher()->files().contains(elsewhere));
}

void TestExternalChanges::fileGrownBeyondTheLimitIsNotReadAndMineStays()
{
    DocumentView *view = open();
    QVERIFY(view);
    QSignalSpy messages(m_window->fileWatcher(), &ExternalChangeWatcher::message);
    QSignalSpy reloaded(m_window->fileWatcher(), &ExternalChangeWatcher::reloaded);
    {
        // Sparse: beyond the limit on disk without writing the bytes.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(ReviewDocument::maximumFileSize + 4096));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
    QVERIFY2(messages.constLast().constFirst().toString().contains(QLatin1String("can no longer be read")),
             qPrintable(messages.constLast().constFirst().toString()));
    QTest::qWait(300);
    QCOMPARE(messages.size(), 1); // said once for this version
    QCOMPARE(reloaded.size(), 0);
    QVERIFY(m_asked.isEmpty());
    QCOMPARE(view->document()->toBytes(), m_original);
}

QTEST_MAIN(TestExternalChanges)
#include "tst_externalchanges.moc"
