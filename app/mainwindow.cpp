#include "mainwindow.h"

#include "chart/radarchartview.h"
#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/problemsview.h"
#include "editor/statusinfo.h"
#include "editor/ratingseditor.h"
#include "filewatch/externalchangewatcher.h"
#include "history/historycontroller.h"
#include "search/searchcontroller.h"
#include "library/librarydock.h"
#include "mainwindowfiles.h"
#include "mainwindowmenus.h"
#include "mainwindowsession.h"
#include "models/problemsmodel.h"
#include "recentfiles.h"
#include "recovery/recoverymanager.h"
#include "siteedit/siteeditcontroller.h"
#include "tagcompletions.h"
#include "windowlayout.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace Rubric {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ownWorkspace(workspace ? nullptr : std::make_unique<Workspace>())
    , m_workspace(workspace ? workspace : m_ownWorkspace.get())
    , m_tabs(new DocumentTabs(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_outlines(new QStackedWidget)
    , m_problemViews(new QStackedWidget)
    , m_problemsDock(new QDockWidget(tr("Problems"), this))
    , m_library(new LibraryDock(m_workspace, statusBar(), this))
    , m_files(new FileActions(m_workspace, this))
    , m_tags(new TagCompletions([this] { return views(); }, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_tabs);
    connect(m_tabs, &DocumentTabs::currentChanged, this, &MainWindow::currentChanged);
    connect(m_tabs, &DocumentTabs::closeRequested, this, &MainWindow::closeView);
    connect(m_tabs, &DocumentTabs::titlesChanged, this, &MainWindow::updateTitles);

    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("OutlineDock")); // for saveState
    outlineDock->setWidget(m_outlines);
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);
    m_problemsDock->setObjectName(QStringLiteral("ProblemsDock"));
    m_problemsDock->setWidget(m_problemViews);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_library);
    tabifyDockWidget(m_problemsDock, m_library);
    m_problemsDock->raise();
    connect(m_library, &LibraryDock::sideBySideRequested, this, &MainWindow::openSideBySide);
    connect(m_library, &LibraryDock::openRequested, this, [this](const QStringList &paths) {
        for (const auto &path : paths)
            openFile(path);
    });
    connect(m_library, &LibraryDock::siteChecked, this, &MainWindow::siteChecked);
    connect(m_library, &LibraryDock::compareRequested, this, [this](const QString &label, const QList<int> &tenths) {
        if (DocumentView *view = currentView())
            view->chart()->setComparison(label, tenths);
        else
            showMessage(tr("Open a review to compare with."), 5000);
    });

    // Whoever closes a review (this window, a controller), its view goes first.
    connect(m_workspace, &Workspace::documentAboutToClose, this, [this](ReviewDocument *document) {
        m_undoGroup->removeStack(document->undoStack());
        m_tabs->remove(document);
    });
    connect(m_workspace, &Workspace::documentSaved, this, &MainWindow::updateTitles);
    connect(m_workspace, &Workspace::documentPathChanged, this, &MainWindow::updateTitles);

    // With no review open, the library is what there is to see: give it the height the
    // empty tabs would take (a review opened later takes it back by dragging or restoring).
    connect(m_workspace, &Workspace::siteOpened, this, [this] {
        if (m_tabs->isEmpty())
            resizeDocks({m_library}, {height() * 3 / 4}, Qt::Vertical);
    });

    m_menus = new MainMenus(this, m_library, m_undoGroup, {outlineDock, m_problemsDock, m_library},
                            [this] { return m_tabs->activeTabs(); });
    statusBar()->addPermanentWidget(m_statusInfo = new StatusInfo(this));
    connect(m_files, &FileActions::message, this, &MainWindow::showMessage);
    m_files->setRecentFiles(m_menus->recentFiles());
    m_recovery = new RecoveryManager(this, this);
    m_fileWatcher = new ExternalChangeWatcher(this, this);
    connect(m_fileWatcher, &ExternalChangeWatcher::missingChanged, this, &MainWindow::updateTitles);
    connect(m_fileWatcher, &ExternalChangeWatcher::message, this, [this](const QString &text) { showMessage(text, 8000); });
    new HistoryController(this, m_tabs, m_menus->fileMenu());
    new SiteEditController(this, m_menus->editMenu());
    new SearchController(this, m_menus->editMenu()); // issue 18: Find in Site

    m_layout = new DockLayout(this, outlineDock, m_problemsDock, [this] { return views(); });
    connect(m_menus, &MainMenus::resetLayoutRequested, m_layout, &DockLayout::reset);
    m_layout->addTo(m_menus->layoutMenu());
    QSettings settings;
    m_layout->restore(settings.value(QStringLiteral("window/geometry")).toByteArray(),
                      settings.value(QStringLiteral("window/state")).toByteArray());
    currentChanged();
}

MainWindow::~MainWindow()
{
    // Views before the documents they show, and the attachments out of the Workspace,
    // before a Workspace of its own goes: nothing calls into the window as it is torn down.
    disconnect(m_workspace, nullptr, this, nullptr);
    delete std::exchange(m_tabs, nullptr);
    delete std::exchange(m_fileWatcher, nullptr);
    delete std::exchange(m_recovery, nullptr);
}

QList<DocumentView *> MainWindow::views() const
{
    QList<DocumentView *> views;
    for (const ReviewDocument *document : m_workspace->documents()) {
        if (DocumentView *view = viewOf(document))
            views.append(view);
    }
    return views;
}

TranslationController *MainWindow::translator() const
{
    return m_menus->translator();
}

void MainWindow::showMessage(const QString &text, int milliseconds)
{
    statusBar()->showMessage(text, milliseconds);
}

void MainWindow::addBottomDock(QDockWidget *dock)
{
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(m_problemsDock, dock); // the full width of the window
    m_menus->addDockToggle(dock);
}

bool MainWindow::openFile(const QString &path)
{
    return openFileIn(path, m_tabs->openingTabs());
}

void MainWindow::openSideBySide(const QString &left, const QString &right)
{
    // Each review on its side, moved there when open elsewhere: never the pair's source
    // hidden as a tab beside its translation while another review shows on the left.
    for (const auto &[path, tabs] : {std::pair{left, m_tabs->tabs()}, std::pair{right, m_tabs->rightTabs()}}) {
        if (ReviewDocument *open = m_workspace->document(path))
            m_tabs->moveTo(viewOf(open), tabs);
        else if (!openFileIn(path, tabs))
            return;
    }
}

bool MainWindow::openFileIn(const QString &path, QTabWidget *target)
{
    if (ReviewDocument *open = m_workspace->document(path)) {
        DocumentView *view = viewOf(open);
        if (m_tabs->tabsOf(view) == target || target == m_tabs->tabs()) {
            m_tabs->showView(view);
            return true;
        }
        if (!closeView(view)) // moved to the other side: one view per file
            return false;
    }
    const OpenOutcome outcome = m_workspace->open(path);
    if (!outcome.ok()) {
        QMessageBox::warning(this, tr("Cannot Open Review"), outcome.error);
        return false;
    }
    if (!outcome.error.isEmpty())
        showMessage(outcome.error, 10000); // the site's schema did not read: the built-in one is used
    documentOpened(outcome.document, target);
    return true;
}

void MainWindow::documentOpened(ReviewDocument *document, QTabWidget *target)
{
    auto *view = new DocumentView(document);
    view->chart()->setShowSaved(m_menus->showSavedRatings());
    view->restorePanes(QSettings().value(QStringLiteral("editor/splitter")).toByteArray());
    m_tags->complete(view);
    view->setSiteProblems(m_library->siteProblems(document->filePath()));
    view->ratingsEditor()->enableCalculator(document, [this] { return m_library->siteIndex(); });
    m_undoGroup->addStack(document->undoStack());
    m_outlines->addWidget(view->outline());
    m_problemViews->addWidget(view->problemsView());
    connect(document, &ReviewDocument::modifiedChanged, this, &MainWindow::updateTitles);
    connect(document, &ReviewDocument::saved, this, &MainWindow::updateTitles);
    connect(view, &DocumentView::message, this, [this](const QString &text) { showMessage(text, 8000); });
    m_tabs->add(view, target);
    m_menus->recentFiles()->add(document->filePath());
    m_layout->reviewOpened(view->problemsModel()->errorCount());
    const Problems problems = document->problems();
    if (!problems.isEmpty())
        showMessage(tr("%1: line %2: %3").arg(view->displayName()).arg(problems.constFirst().line).arg(problems.constFirst().message));
}

void MainWindow::siteChecked()
{
    for (DocumentView *view : views())
        view->setSiteProblems(m_library->siteProblems(view->document()->filePath()));
}

void MainWindow::currentChanged()
{
    DocumentView *view = currentView();
    m_undoGroup->setActiveStack(view ? view->document()->undoStack() : nullptr);
    if (view) {
        m_outlines->setCurrentWidget(view->outline());
        m_problemViews->setCurrentWidget(view->problemsView());
    }
    if (m_menus)
        m_menus->setDocumentActionsEnabled(view);
    if (m_statusInfo)
        m_statusInfo->attach(view ? view->document() : nullptr, view ? view->editor() : nullptr, view ? view->problemsModel() : nullptr);
    // The hint is for an empty window only; a message of its own would stay behind a review.
    const QString hint = tr("Open a review with File > Open, or drop one here.");
    if (!view)
        showMessage(hint);
    else if (statusBar()->currentMessage() == hint)
        statusBar()->clearMessage();
    updateTitles();
}

void MainWindow::updateTitles()
{
    if (!m_tabs)
        return;
    m_tabs->updateTitles(m_workspace->documents(), [this](const ReviewDocument *document) {
        return m_fileWatcher && m_fileWatcher->isMissing(document) ? tr(" (deleted)") : QString();
    });
    DocumentView *view = currentView();
    setWindowFilePath(view ? view->document()->filePath() : QString());
    setWindowTitle(view ? QStringLiteral("%1[*] — Rubric").arg(view->displayName()) : QStringLiteral("Rubric"));
    setWindowModified(view && view->document()->isModified());
}

bool MainWindow::save(DocumentView *view)
{
    return m_files->save(view);
}

bool MainWindow::saveAs(DocumentView *view)
{
    return m_files->saveAs(view);
}

void MainWindow::revert(DocumentView *view)
{
    m_files->revert(view);
}

bool MainWindow::closeView(DocumentView *view)
{
    return m_files->close(view, [this, view] { m_tabs->showView(view); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Session::save(this, tabs());
    for (DocumentView *view : views()) {
        if (!closeView(view)) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::openSite(const QString &root)
{
    m_library->openSite(root);
}

void MainWindow::restoreSession()
{
    Session::restore(this, m_library, tabs());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

} // namespace Rubric
