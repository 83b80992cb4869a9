#include "searchcontroller.h"
#include "searchpanel.h"

#include "document/reviewdocument.h"
#include "documentview.h"
#include "documentwindow.h"
#include "editor/markdowneditor.h"
#include "search/searchhighlight.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

#include "edit/siteedit.h"
#include "edit/siteselection.h"
#include "search/savedviews.h"
#include "search/searchresultsmodel.h"
#include "savedviewsbox.h"
#include "siteedit/siteeditcontroller.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QRegularExpression>
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
    connect(m_panel, &SearchPanel::saveViewRequested, this, qOverload<>(&SearchController::saveView));
    connect(m_panel, &SearchPanel::replaceRequested, this, qOverload<>(&SearchController::replaceInResults));

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

void SearchController::saveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window->mainWindow(), tr("Save as View"),
                                               tr("Name of the view (shown in the library):"), QLineEdit::Normal,
                                               m_panel->query(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        saveView(name);
}

bool SearchController::saveView(const QString &name)
{
    Site *site = m_window->workspace()->site();
    const QStringList paths = m_panel->results()->paths();
    if (!site || paths.isEmpty() || name.trimmed().isEmpty())
        return false;
    SavedViews::put(site->root(), {name.trimmed(), m_panel->query(), paths});
    // The library shows it at once (its box reads the settings again).
    for (auto *box : m_window->mainWindow()->findChildren<SavedViewsBox *>())
        box->select(name.trimmed());
    m_window->showMessage(tr("Saved the view “%1” (%n file(s)) in the library.", nullptr, int(paths.size())).arg(name.trimmed()),
                          5000);
    return true;
}

void SearchController::replaceInResults()
{
    QDialog dialog(m_window->mainWindow());
    dialog.setWindowTitle(tr("Replace in Results"));
    auto *field = new QLineEdit(QStringLiteral("summary"), &dialog);
    const QStringList terms = m_panel->terms();
    auto *pattern = new QLineEdit(terms.isEmpty() ? QString() : QRegularExpression::escape(terms.constFirst()), &dialog);
    auto *replacement = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("In the %n file(s) found, replace in a front-matter field "
                               "(a preview of every change comes first):",
                               nullptr, int(m_panel->results()->paths().size())),
                            &dialog));
    form->addRow(tr("&Field:"), field);
    form->addRow(tr("&Find (regular expression):"), pattern);
    form->addRow(tr("&Replace with:"), replacement);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Preview…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        replaceInResults(field->text().trimmed(), pattern->text(), replacement->text());
}

bool SearchController::replaceInResults(const QString &field, const QString &pattern, const QString &replacement)
{
    auto *siteEdit = m_window->mainWindow()->findChild<SiteEditController *>();
    const QStringList paths = m_panel->results()->paths();
    if (!siteEdit || paths.isEmpty())
        return false;
    SiteSelection selection;
    selection.paths = paths;
    return siteEdit->preview(selection, {SiteChange::replaceInField(field, pattern, replacement)});
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
