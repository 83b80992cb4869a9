// The issue-16 pieces as wired into the real MainWindow: the Edit menu, Help > Keyboard
// Shortcuts, the status bar, Save As's key, View > Reset Layout, the problems count on the
// tab and a restored splitter that would hide a pane.
#include "editortestutil.h"

#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/markdowneditor.h"
#include "editor/shortcutsdialog.h"
#include "editor/statusinfo.h"
#include "mainwindow.h"
#include "models/problemsmodel.h"
#include "workspace/workspace.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTextCursor>

using namespace Rubric;
using namespace Rubric::Test;

namespace {

QString plain(QString text)
{
    return text.remove(u'&');
}

QMenu *menuNamed(QMainWindow &window, const QString &title)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu() && plain(top->text()) == title)
            return top->menu();
    }
    return nullptr;
}

// The action of `menu` or one of its submenus (View > Layout > Reset Layout) with `text`.
QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (plain(action->text()) == text)
            return action;
        if (action->menu()) {
            if (QAction *inner = actionNamed(action->menu(), text))
                return inner;
        }
    }
    return nullptr;
}

} // namespace

class TestWindowWiring final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editMenuHasFindReplaceAndGoToLine_data();
    void editMenuHasFindReplaceAndGoToLine();
    void shortcutsDialogListsEveryMenu();
    void statusBarFollowsTheCursor();
    void ctrlShiftSIsSaveAs();
    void noTwoActionsShareAKey();
    void resetLayoutBringsAHiddenDockBack();
    void tabShowsTheProblemsCount();
    void restoredSplitterNeverHidesAPane();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWindowWiring::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    isolateSettings(*m_dir);
}

void TestWindowWiring::editMenuHasFindReplaceAndGoToLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("find on ctrl f") << QStringLiteral("Find…") << QKeySequence(Qt::CTRL | Qt::Key_F);
    QTest::newRow("replace on ctrl h") << QStringLiteral("Replace…") << QKeySequence(Qt::CTRL | Qt::Key_H);
    QTest::newRow("go to line on ctrl g") << QStringLiteral("Go to Line…") << QKeySequence(Qt::CTRL | Qt::Key_G);
    QTest::newRow("copy on the standard key") << QStringLiteral("Copy") << QKeySequence(QKeySequence::Copy);
}

void TestWindowWiring::editMenuHasFindReplaceAndGoToLine()
{
    QFETCH(QString, text);
    QFETCH(QKeySequence, key);
    Workspace workspace;
    MainWindow window(&workspace);
    QMenu *edit = menuNamed(window, QStringLiteral("Edit"));
    QVERIFY(edit);
    QAction *action = actionNamed(edit, text);
    QVERIFY2(action, qPrintable(text));
    QVERIFY2(action->shortcuts().contains(key), qPrintable(action->shortcut().toString()));
}

void TestWindowWiring::shortcutsDialogListsEveryMenu()
{
    Workspace workspace;
    MainWindow window(&workspace);
    ShortcutsDialog dialog(&window, &window);
    QAbstractItemModel *model = dialog.filteredModel();
    QSet<QString> menus;
    for (int row = 0; row < model->rowCount(); ++row)
        menus.insert(model->index(row, ShortcutsDialog::MenuColumn).data().toString().section(QStringLiteral(" › "), 0, 0));
    const QList<QAction *> tops = window.menuBar()->actions();
    QVERIFY(tops.size() >= 5);
    for (QAction *top : tops)
        QVERIFY2(menus.contains(plain(top->text())), qPrintable(plain(top->text())));
    // The Help menu lists the dialog itself, with its key.
    QAction *shortcuts = actionNamed(menuNamed(window, QStringLiteral("Help")), QStringLiteral("Keyboard Shortcuts"));
    QVERIFY(shortcuts);
    QCOMPARE(shortcuts->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
}

void TestWindowWiring::statusBarFollowsTheCursor()
{
    const QString path = copySampleReview(*m_dir);
    Workspace workspace;
    MainWindow window(&workspace);
    QVERIFY(window.openFile(path));
    auto *status = window.findChild<StatusInfo *>();
    QVERIFY(status);
    MarkdownEditor *editor = window.currentView()->editor();
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::Down, QTextCursor::MoveAnchor, 2);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 3);
    editor->setTextCursor(cursor);
    const QString expected = QStringLiteral("Ln %1, Col 4").arg(editor->currentFileLine() + 1);
    QTRY_COMPARE(status->positionText(), expected);
    cursor.movePosition(QTextCursor::Down);
    editor->setTextCursor(cursor);
    QTRY_COMPARE(status->positionText(), QStringLiteral("Ln %1, Col %2").arg(editor->currentFileLine() + 1).arg(cursor.positionInBlock() + 1));
    QVERIFY(status->positionText() != expected);
    // Closing the review empties it.
    QVERIFY(window.closeView(window.currentView()));
    QTRY_VERIFY(status->positionText().isEmpty());
}

void TestWindowWiring::ctrlShiftSIsSaveAs()
{
    Workspace workspace;
    MainWindow window(&workspace);
    const QKeySequence key(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    QAction *saveAs = actionNamed(menuNamed(window, QStringLiteral("File")), QStringLiteral("Save As…"));
    QVERIFY(saveAs);
    QVERIFY2(saveAs->shortcuts().contains(key), qPrintable(saveAs->shortcut().toString()));
    // No other action answers the same key (an ambiguous key does nothing).
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action != saveAs)
            QVERIFY2(!action->shortcuts().contains(key), qPrintable(action->text()));
    }
}

void TestWindowWiring::noTwoActionsShareAKey()
{
    // An ambiguous shortcut does nothing at all: every key of the window answers one action.
    Workspace workspace;
    MainWindow window(&workspace);
    QHash<QKeySequence, QString> owners;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    QVERIFY(actions.size() > 20);
    for (QAction *action : actions) {
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!owners.contains(key), qPrintable(key.toString() + QLatin1String(": ") + owners.value(key) + QLatin1String(" and ") + action->text()));
            owners.insert(key, action->text());
        }
    }
}

void TestWindowWiring::resetLayoutBringsAHiddenDockBack()
{
    const QString path = copySampleReview(*m_dir);
    Workspace workspace;
    MainWindow window(&workspace);
    window.resize(1280, 800);
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *view = menuNamed(window, QStringLiteral("View"));
    QVERIFY(view);
    QAction *outline = actionNamed(view, QStringLiteral("Outline"));
    QVERIFY(outline); // the dock's toggle is in the View menu
    auto *dock = qobject_cast<QDockWidget *>(outline->parent());
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
    outline->trigger();
    QTRY_VERIFY(!dock->isVisible());
    // The preview folded to nothing, as a restored state could leave it.
    QSplitter *panes = window.currentView()->splitter();
    panes->setSizes({400, 800, 0});
    QTRY_COMPARE(panes->sizes().constLast(), 0);

    QAction *reset = actionNamed(view, QStringLiteral("Reset Layout"));
    QVERIFY(reset);
    reset->trigger();
    QTRY_VERIFY(dock->isVisible());
    QTRY_VERIFY(dock->width() >= 80);
    QTRY_VERIFY(panes->sizes().constLast() > 0);
}

void TestWindowWiring::tabShowsTheProblemsCount()
{
    // The copy without its price line: a missing required field.
    const QString path = copySampleReview(*m_dir);
    QByteArray bytes = readFile(path);
    const qsizetype price = bytes.indexOf("\nprice:");
    QVERIFY(price > 0);
    bytes.remove(price + 1, bytes.indexOf('\n', price + 1) - price);
    writeFile(path, bytes);
    Workspace workspace;
    MainWindow window(&workspace);
    QVERIFY(window.openFile(path));
    DocumentView *view = window.currentView();
    const int problems = view->problemsModel()->rowCount();
    QVERIFY(problems > 0);
    QTabWidget *tabs = window.tabs();
    QTRY_VERIFY2(tabs->tabText(tabs->indexOf(view)).contains(QStringLiteral("(%1)").arg(problems)),
                 qPrintable(tabs->tabText(tabs->indexOf(view))));
    // Live: the file as it was (price back) clears the count.
    writeFile(path, readFile(copySampleReview(*m_dir, QStringLiteral("original.md"))));
    QVERIFY(workspace.reload(view->document()).ok());
    QTRY_COMPARE(view->problemsModel()->rowCount(), 0);
    QTRY_VERIFY2(!tabs->tabText(tabs->indexOf(view)).contains(u'('), qPrintable(tabs->tabText(tabs->indexOf(view))));
}

void TestWindowWiring::restoredSplitterNeverHidesAPane()
{
    const QString path = copySampleReview(*m_dir);
    Workspace workspace;
    MainWindow window(&workspace);
    window.resize(1280, 800);
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSplitter *panes = window.currentView()->splitter();
    panes->setSizes({400, 800, 0});
    QTRY_COMPARE(panes->sizes().constLast(), 0);
    const QByteArray hidden = panes->saveState();
    panes->setSizes({400, 400, 400});
    window.currentView()->restorePanes(hidden);
    QTRY_VERIFY(!panes->sizes().contains(0));
}

QTEST_MAIN(TestWindowWiring)
#include "tst_windowwiring.moc"
