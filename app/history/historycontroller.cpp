#include "historycontroller.h"

#include "blametips.h"
#include "chart/radarchartview.h"
#include "editor/formview.h"
#include "editor/ratingseditor.h"
#include "commitdialog.h"
#include "document/reviewdocument.h"
#include "document/textedit.h"
#include "document/utf8.h"
#include "documentview.h"
#include "documentwindow.h"
#include "history/gitrepository.h"
#include "history/history.h"
#include "historypanel.h"
#include "mainwindowtabs.h"
#include "recovery/diffview.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

namespace Rubric {

namespace {

// The site's repository (GUI thread) when the file is in the site, else the file's own.
GitRepository *repositoryOf(Workspace *workspace, const QString &filePath, std::unique_ptr<GitRepository> &own)
{
    Site *site = workspace->site();
    if (site && site->repository() && site->contains(filePath))
        return site->repository();
    own = GitRepository::discover(filePath);
    return own.get();
}

} // namespace

HistoryController::HistoryController(DocumentWindow *window, DocumentTabs *tabs, QMenu *fileMenu)
    : QObject(window->mainWindow())
    , m_window(window)
    , m_dock(new QDockWidget(tr("History"), window->mainWindow()))
    , m_panel(new HistoryPanel)
    , m_tips(new BlameTips(this))
    , m_commit(new QAction(tr("Co&mmit…"), this))
{
    m_dock->setObjectName(QStringLiteral("HistoryDock")); // for saveState
    m_dock->setWidget(m_panel);
    window->addBottomDock(m_dock);

    // Before Quit: the File menu's last two entries are a separator and Quit.
    const QList<QAction *> actions = fileMenu->actions();
    QAction *before = actions.size() >= 2 ? actions.at(actions.size() - 2) : nullptr;
    fileMenu->insertAction(before, m_commit);
    m_commit->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(m_commit, &QAction::triggered, this, &HistoryController::commit);

    connect(tabs, &DocumentTabs::currentChanged, this, &HistoryController::currentChanged);
    Workspace *workspace = window->workspace();
    // The window deletes its tabs first when it goes; a Workspace of its own then closes
    // its reviews and site: nothing is left here to follow them.
    connect(tabs, &QObject::destroyed, this, [this, workspace] { disconnect(workspace, nullptr, this, nullptr); });
    connect(workspace, &Workspace::documentSaved, this, [this](ReviewDocument *document) {
        if (document == m_document)
            reload(); // the saved text may now be committed, or its path changed
    });
    connect(workspace, &Workspace::siteOpened, this, &HistoryController::siteChanged);
    connect(workspace, &Workspace::siteClosed, this, &HistoryController::siteChanged);
    connect(m_tips, &BlameTips::ready, this, [this](const QHash<QString, QString> &fields, const QHash<QString, QString> &ratings) {
        DocumentView *view = m_document ? m_window->viewOf(m_document) : nullptr;
        if (!view)
            return;
        view->form()->setHistoryTips(fields);
        view->ratingsEditor()->setHistoryTips(ratings, m_document->schema().ratingKey());
    });
    connect(m_panel, &HistoryPanel::overlayRequested, this, &HistoryController::overlay);
    connect(m_panel, &HistoryPanel::diffRequested, this, &HistoryController::showDifference);
    connect(m_panel, &HistoryPanel::restoreRequested, this, &HistoryController::restore);
    // After the window restored its docks' state: a dock shown last time but with no
    // repository now is hidden then.
    QMetaObject::invokeMethod(this, &HistoryController::siteChanged, Qt::QueuedConnection);
    currentChanged();
}

void HistoryController::siteChanged()
{
    Site *site = m_window->workspace()->site();
    const bool repository = site && site->repository();
    m_commit->setEnabled(repository);
    m_commit->setVisible(repository);
    // No repository, no history: the dock goes (and comes back when one is opened), but a
    // dock the user closed stays closed.
    m_dock->toggleViewAction()->setVisible(repository);
    if (!repository && m_dock->isVisible()) {
        m_dock->hide();
        m_hiddenHere = true;
    } else if (repository && m_hiddenHere) {
        m_dock->show();
        m_hiddenHere = false;
    }
    reload();
}

void HistoryController::currentChanged()
{
    DocumentView *view = m_window->currentView();
    ReviewDocument *document = view ? view->document() : nullptr;
    if (document == m_document)
        return;
    m_document = document;
    reload();
}

void HistoryController::reload()
{
    if (m_document) {
        m_panel->load(m_document->filePath(), m_document->schema());
        m_tips->load(m_document->filePath(), m_document->schema(), m_document->text());
    } else {
        m_panel->setVersions({}, Schema());
        m_tips->clear();
    }
}

std::optional<QString> HistoryController::textOf(const ReviewVersion &version)
{
    if (!m_document)
        return std::nullopt;
    std::unique_ptr<GitRepository> own;
    GitRepository *repo = repositoryOf(m_window->workspace(), m_document->filePath(), own);
    QString error;
    const std::optional<QByteArray> bytes = repo ? History::contentsAt(*repo, version.path, version.commit, &error)
                                                 : std::nullopt;
    if (!bytes || firstInvalidUtf8(*bytes) >= 0) {
        QMessageBox::warning(m_window->mainWindow(), tr("Cannot Read Version"),
                             tr("%1 at %2 could not be read: %3")
                                 .arg(version.path, version.shortId(),
                                      error.isEmpty() ? tr("not valid UTF-8 or absent") : error));
        return std::nullopt;
    }
    return decodeUtf8(*bytes);
}

void HistoryController::overlay(const ReviewVersion &version)
{
    DocumentView *view = m_document ? m_window->viewOf(m_document) : nullptr;
    if (!view)
        return;
    QList<int> tenths;
    for (const std::optional<int> &axis : version.snapshot.axes)
        tenths.append(axis.value_or(0));
    view->chart()->setComparison(tr("%1 (%2)").arg(version.shortId(), QLocale().toString(version.date.date(), QLocale::ShortFormat)),
                                 tenths);
}

void HistoryController::showDifference(const ReviewVersion &version)
{
    const std::optional<QString> old = textOf(version);
    if (!old)
        return;
    auto *dialog = new QDialog(m_window->mainWindow());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Differences — %1").arg(QFileInfo(m_document->filePath()).fileName()));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("From version %1 (%2) to the text being edited:")
                                     .arg(version.shortId(), QLocale().toString(version.date, QLocale::ShortFormat))));
    auto *diff = new DiffView;
    diff->setWordHighlights(true);
    diff->setTexts(*old, m_document->text());
    layout->addWidget(diff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(900, 600);
    dialog->show();
}

bool HistoryController::restore(const ReviewVersion &version)
{
    const std::optional<QString> text = textOf(version);
    if (!text)
        return false;
    if (*text == m_document->text()) {
        m_window->showMessage(tr("The review already reads as version %1.").arg(version.shortId()), 5000);
        return false;
    }
    const EditOutcome outcome = m_document->replaceText({differenceOf(m_document->text(), *text)},
                                                        tr("Restore Version %1").arg(version.shortId()));
    if (!outcome.ok()) {
        QMessageBox::warning(m_window->mainWindow(), tr("Cannot Restore Version"), outcome.error);
        return false;
    }
    m_window->showMessage(tr("Restored version %1; Undo brings the text back.").arg(version.shortId()), 8000);
    return true;
}

void HistoryController::commit()
{
    Site *site = m_window->workspace()->site();
    if (!site || !site->repository())
        return;
    if (m_window->workspace()->hasUnsavedChanges())
        m_window->showMessage(tr("Unsaved edits are not committed: the files as saved are."), 8000);
    CommitDialog dialog(site->repository(), site->root(), site->schema(), m_window->mainWindow());
    if (dialog.exec() == QDialog::Accepted) {
        m_window->showMessage(tr("Committed %1").arg(dialog.committed().left(7)), 8000);
        reload();
    }
}

} // namespace Rubric
