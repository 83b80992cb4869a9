// The window's Edit actions on the focused widget, Help > Keyboard Shortcuts listing and
// searching every action, and the status bar's information about the current review.
#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/editactions.h"
#include "editor/formview.h"
#include "editor/markdowneditor.h"
#include "editor/shortcutsdialog.h"
#include "editor/statusinfo.h"
#include "editortestutil.h"
#include "models/problemsmodel.h"
#include "windowlayout.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QScreen>
#include <QTabWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QTextBlock>
#include <QUndoStack>

using namespace Rubric;

class TestEditActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void standardKeysEverywhere();
    void actionsWorkOnTheFocusedWidget();
    void shortcutsDialogListsAndSearchesEveryAction();
    void wordCount_data();
    void wordCount();
    void statusInfoFollowsTheReview();
    void firstStartFitsTheScreen();
    void squeezedDockGetsItsSizeBack();
    void tabActionsSwitchAndWrap();

private:
    QTemporaryDir m_dir;
};

void TestEditActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Test::isolateSettings(m_dir);
}

void TestEditActions::standardKeysEverywhere()
{
    QMainWindow window;
    EditActions actions(&window, [] { return nullptr; });
    const QList<QPair<QAction *, QKeySequence::StandardKey>> standard = {
        {actions.cut(), QKeySequence::Cut},           {actions.copy(), QKeySequence::Copy},
        {actions.paste(), QKeySequence::Paste},       {actions.selectAll(), QKeySequence::SelectAll},
        {actions.find(), QKeySequence::Find},         {actions.replace(), QKeySequence::Replace},
        {actions.findNext(), QKeySequence::FindNext}, {actions.findPrevious(), QKeySequence::FindPrevious}};
    for (const auto &[action, key] : standard) {
        QVERIFY2(!action->shortcuts().isEmpty(), qPrintable(action->text()));
        for (const QKeySequence &sequence : action->shortcuts()) {
            // Every key is the platform's own for that action, except where Go to Line
            // needs Ctrl+G (some desktops bind it to Find Next as well).
            QVERIFY2(QKeySequence::keyBindings(key).contains(sequence) || key == QKeySequence::Replace,
                     qPrintable(action->text() + u' ' + sequence.toString()));
        }
    }
    QVERIFY(actions.findNext()->shortcuts().contains(QKeySequence(Qt::Key_F3)));
    QVERIFY(actions.replace()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_H))); // with or without a desktop's keys
    const QList<QKeySequence> saveAs = EditActions::standardOr(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QCOMPARE(saveAs, QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                                                                                : QKeySequence::keyBindings(QKeySequence::SaveAs));
    QVERIFY(actions.findPrevious()->shortcuts().contains(QKeySequence(Qt::SHIFT | Qt::Key_F3)));
    QCOMPARE(actions.goToLine()->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_G)});
    // No key answers two actions.
    QHash<QKeySequence, QString> owner;
    for (QAction *action : actions.actions()) {
        for (const QKeySequence &sequence : action->shortcuts()) {
            QVERIFY2(!owner.contains(sequence), qPrintable(sequence.toString() + u' ' + owner.value(sequence)));
            owner.insert(sequence, action->text());
        }
    }
    QMenu menu;
    actions.addTo(&menu);
    for (QAction *action : actions.actions())
        QVERIFY(menu.actions().contains(action));
}

void TestEditActions::actionsWorkOnTheFocusedWidget()
{
    QMainWindow window;
    auto *line = new QLineEdit(QStringLiteral("hello world"));
    window.setCentralWidget(line);
    EditActions actions(&window, [] { return nullptr; });
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    line->setFocus();
    QTRY_VERIFY(line->hasFocus());
    actions.selectAll()->trigger();
    QCOMPARE(line->selectedText(), QStringLiteral("hello world"));
    actions.copy()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("hello world"));
    actions.cut()->trigger();
    QCOMPARE(line->text(), QString());
    actions.paste()->trigger();
    actions.paste()->trigger();
    QCOMPARE(line->text(), QStringLiteral("hello worldhello world"));
}

void TestEditActions::shortcutsDialogListsAndSearchesEveryAction()
{
    QMainWindow window;
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Save"))->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QMenu *recent = file->addMenu(QStringLiteral("Open &Recent"));
    recent->addAction(QStringLiteral("Clear &List"));
    QMenu *edit = window.menuBar()->addMenu(QStringLiteral("&Edit"));
    EditActions actions(&window, [] { return nullptr; });
    actions.addTo(edit);
    // An action only a key reaches, outside the menus, is listed too.
    auto *nextTab = new QAction(QStringLiteral("Next Tab"), &window);
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    window.addAction(nextTab);

    ShortcutsDialog dialog(&window);
    QSortFilterProxyModel *rows = dialog.filteredModel();
    const int expected = 2 /* Save, Clear List */ + int(actions.actions().size()) + 1 /* Next Tab */;
    QCOMPARE(rows->rowCount(), expected);
    QStringList names;
    for (int row = 0; row < rows->rowCount(); ++row)
        names.append(rows->index(row, ShortcutsDialog::ActionColumn).data().toString());
    QVERIFY(names.contains(QStringLiteral("Save")));
    QVERIFY(names.contains(QStringLiteral("Clear List")));
    QVERIFY(names.contains(QStringLiteral("Next Tab")));

    QTest::keyClicks(dialog.searchField(), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText).toLower());
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, ShortcutsDialog::ActionColumn).data().toString(), actions.find()->text().remove(u'&'));
    QCOMPARE(rows->index(0, ShortcutsDialog::MenuColumn).data().toString(), QStringLiteral("Edit"));
    dialog.searchField()->setText(QStringLiteral("recent"));
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, ShortcutsDialog::MenuColumn).data().toString(), QStringLiteral("File › Open Recent"));
    dialog.searchField()->clear();
    QCOMPARE(rows->rowCount(), expected);
}

void TestEditActions::wordCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("characters");
    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("words and spaces") << QStringLiteral("one  two three") << 3 << 14;
    QTest::newRow("punctuation is no word") << QStringLiteral("## Overview — it's 5Hz-40kHz.") << 4 << 29;
    QTest::newRow("line breaks are not characters") << QStringLiteral("a\r\nb\nc") << 3 << 3;
    QTest::newRow("math line") << QStringLiteral("$$ \\Large \\text{0.7} $$") << 3 << 23;
    QTest::newRow("a character beyond 16 bits counts once") << QStringLiteral("𝄞 note") << 1 << 6;
}

void TestEditActions::wordCount()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QFETCH(int, characters);
    QCOMPARE(StatusInfo::wordCount(text), words);
    QCOMPARE(StatusInfo::characterCount(text), characters);
}

void TestEditActions::statusInfoFollowsTheReview()
{
    const QString path = Test::copySampleReview(m_dir);
    auto *document = new ReviewDocument;
    QVERIFY(document->load(path));
    DocumentView view(document);
    StatusInfo info;
    info.attach(document, view.editor(), view.problemsModel());
    const QString body = document->text().sliced(view.editor()->bodyOffset());
    QCOMPARE(info.countText(), tr("%1 words, %2 characters")
                                   .arg(QLocale().toString(StatusInfo::wordCount(body)),
                                        QLocale().toString(StatusInfo::characterCount(body))));
    QCOMPARE(info.languageText(), document->schema().language(QStringLiteral("en"))->name);
    QCOMPARE(info.saveStateText(), tr("Saved"));
    const int errorsBefore = view.problemsModel()->errorCount();
    const QString problemsBefore = info.problemsText();
    QCOMPARE(problemsBefore.isEmpty(), false);
    if (errorsBefore == 0 && view.problemsModel()->warningCount() == 0)
        QCOMPARE(problemsBefore, tr("No problems"));

    MarkdownEditor *editor = view.editor();
    QTextCursor cursor(editor->document()->findBlockByNumber(2));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 4);
    editor->setTextCursor(cursor);
    QCOMPARE(info.positionText(), tr("Ln %1, Col %2").arg(editor->firstBodyFileLine() + 3).arg(5));

    editor->insertPlainText(QStringLiteral("brand new "));
    QCOMPARE(info.saveStateText(), tr("Modified"));
    QTRY_VERIFY(info.countText().startsWith(QLocale().toString(StatusInfo::wordCount(body) + 2) + u' '));

    // A `$` in the body is a problem (and the end date is no longer last): counted.
    const int problemsCount = view.problemsModel()->rowCount();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" Costs $5."));
    QTRY_VERIFY(view.problemsModel()->rowCount() > problemsCount);
    const int errors = view.problemsModel()->errorCount();
    const int warnings = view.problemsModel()->warningCount();
    if (errors)
        QVERIFY(info.problemsText().contains(tr("%n error(s)", nullptr, errors)));
    if (warnings)
        QVERIFY(info.problemsText().contains(tr("%n warning(s)", nullptr, warnings)));
    document->undoStack()->undo();
    document->undoStack()->undo();
    QTRY_COMPARE(info.problemsText(), problemsBefore);
    QCOMPARE(info.saveStateText(), tr("Saved"));

    info.attach(nullptr, nullptr, nullptr);
    QCOMPARE(info.positionText(), QString());
    QCOMPARE(info.countText(), QString());
}

void TestEditActions::firstStartFitsTheScreen()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    const QRect geometry = WindowLayout::firstStartGeometry(screen);
    QVERIFY(screen->availableGeometry().contains(geometry));
    QVERIFY(geometry.width() <= 1600 && geometry.height() <= 1000);
    QCOMPARE(geometry.size(), screen->availableGeometry().size().boundedTo(QSize(1600, 1000)));
}

void TestEditActions::squeezedDockGetsItsSizeBack()
{
    QMainWindow window;
    window.setCentralWidget(new QWidget);
    auto *dock = new QDockWidget(QStringLiteral("Outline"), &window);
    dock->setObjectName(QStringLiteral("OutlineDock"));
    auto *content = new QWidget;
    content->setMinimumWidth(0);
    dock->setWidget(content);
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resizeDocks({dock}, {1}, Qt::Horizontal); // as a restored state can leave it
    QTRY_VERIFY(dock->width() < 80);
    WindowLayout::keepDocksUsable(&window);
    QTRY_VERIFY(dock->width() >= 80);
}

void TestEditActions::tabActionsSwitchAndWrap()
{
    QMainWindow window;
    auto *tabs = new QTabWidget;
    for (const char *name : {"one", "two", "three"})
        tabs->addTab(new QWidget, QString::fromLatin1(name));
    window.setCentralWidget(tabs);
    TabActions actions(&window, [tabs] { return tabs; });
    QVERIFY(actions.nextTab()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_PageDown)));
    QVERIFY(actions.previousTab()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_PageUp)));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    actions.nextTab()->trigger();
    actions.nextTab()->trigger(); // wraps
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
}

QTEST_MAIN(TestEditActions)
#include "tst_editactions.moc"
