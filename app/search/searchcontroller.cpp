#include "searchcontroller.h"
#include "searchpanel.h"

#include "document/reviewdocument.h"
#include "documentview.h"
#include "documentwindow.h"
#include "editor/markdowneditor.h"
#include "search/searchhighlight.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace Rubric {

namespace {
// Marks our ExtraSelections apart from those of others (find bar, spelling) on the same editor.
constexpr int SearchMatchProperty = QTextFormat::UserProperty + 1800;
}

SearchController::SearchController(DocumentWindow *window, QMenu *editMenu)
    : QObject(window->mainWindow())
    , m_window(window)
    , m_dock(new QDockWidget(tr("Find in Site"), window->mainWindow()))
    , m_panel(new SearchPanel)
    , m_find(new QAction(tr("Find in &Site…"), this))
{
    m_dock->setObjectName(QStringLiteral("SearchDock")); // for saveState
    m_dock->setWidget(m_panel);
    window->addBottomDock(m_dock);
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_find->setShortcutContext(Qt::WindowShortcut);
    if (editMenu)
        editMenu->addAction(m_find);
    else
        window->mainWindow()->addAction(m_find);
    connect(m_find, &QAction::triggered, this, &SearchController::showFind);
    connect(m_panel, &SearchPanel::hitActivated, this, &SearchController::openHit);

    Workspace *workspace = window->workspace();
    connect(workspace, &Workspace::siteOpened, this, &SearchController::siteChanged);
    connect(workspace, &Workspace::siteAboutToClose, this, [this] { m_panel->setService(nullptr, nullptr); });
    connect(workspace, &Workspace::siteClosed, this, &SearchController::siteChanged);
    connect(workspace, &QObject::destroyed, this, [this] { m_panel->setService(nullptr, nullptr); });
    siteChanged();
}

void SearchController::siteChanged()
{
    Site *site = m_window->workspace()->site();
    m_panel->setService(site ? site->search() : nullptr, site ? site->index() : nullptr);
}

void SearchController::showFind()
{
    m_dock->show();
    m_dock->raise();
    m_panel->focusQuery();
}

bool SearchController::openHit(const QString &sitePath, int line, int column)
{
    Site *site = m_window->workspace()->site();
    if (!site)
        return false;
    const QString path = site->absolutePath(sitePath);
    if (!m_window->openFile(path))
        return false;
    ReviewDocument *document = m_window->workspace()->document(path);
    DocumentView *view = document ? m_window->viewOf(document) : nullptr;
    if (!view)
        return false;
    MarkdownEditor *editor = view->editor();
    markMatches(editor, m_panel->terms());
    // A hit in the front matter (before the body) shows the body's start: the form holds it.
    editor->goToFileLine(std::max(0, line - 1));
    if (line - 1 >= editor->firstBodyFileLine()) {
        QTextCursor cursor = editor->textCursor();
        const int available = cursor.block().length() - 1;
        cursor.setPosition(cursor.block().position() + std::clamp(column - 1, 0, available));
        editor->setTextCursor(cursor);
        editor->ensureCursorVisible();
    }
    return true;
}

void SearchController::markMatches(QPlainTextEdit *editor, const QStringList &terms)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto &selection : editor->extraSelections()) {
        if (!selection.format.hasProperty(SearchMatchProperty))
            selections.append(selection);
    }
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xe0, 0x66));
    format.setForeground(QColor(Qt::black));
    format.setProperty(SearchMatchProperty, true);
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        for (const auto &[start, length] : SearchHighlight::ranges(block.text(), terms)) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.cursor.setPosition(block.position() + int(start));
            selection.cursor.setPosition(block.position() + int(start + length), QTextCursor::KeepAnchor);
            selection.format = format;
            selections.append(selection);
        }
    }
    editor->setExtraSelections(selections);
}

} // namespace Rubric
