#include "mainwindow.h"

#include "chart/radarchartview.h"
#include "document/reviewdocument.h"
#include "documentview.h"
#include "export/printexport.h"
#include "editor/problemsview.h"
#include "editor/formview.h"
#include "editor/ratingseditor.h"
#include "filewatch/externalchangewatcher.h"
#include "library/librarydock.h"
#include "newreview/newreviewdialog.h"
#include "schema/schema.h"
#include "site/sitetags.h"
#include "recentfiles.h"
#include "recovery/recoverymanager.h"
#include "translate/translationcontroller.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSplitter>
#include <QtConcurrent/QtConcurrentRun>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace Rubric {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_rightTabs(new QTabWidget(this))
    , m_activeTabs(m_tabs)
    , m_undoGroup(new QUndoGroup(this))
    , m_outlines(new QStackedWidget)
    , m_problemViews(new QStackedWidget)
    , m_library(new LibraryDock(statusBar(), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_split = new QSplitter(Qt::Horizontal, this);
    QSplitter *split = m_split;
    for (QTabWidget *tabs : {m_tabs, m_rightTabs}) {
        tabs->setDocumentMode(true);
        tabs->setTabsClosable(true);
        tabs->setMovable(true);
        split->addWidget(tabs);
        connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] { setActiveTabs(tabs); });
        connect(tabs, &QTabWidget::tabCloseRequested, this,
                [this, tabs](int index) { closeView(qobject_cast<DocumentView *>(tabs->widget(index))); });
    }
    m_rightTabs->hide();
    setCentralWidget(split);
    // The actions follow the group the user works in.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QTabWidget *tabs : {m_tabs, m_rightTabs}) {
            if (now && tabs->isAncestorOf(now))
                setActiveTabs(tabs);
        }
    });

    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("OutlineDock"));
    outlineDock->setWidget(m_outlines);
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("ProblemsDock"));
    problemsDock->setWidget(m_problemViews);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_library);
    tabifyDockWidget(problemsDock, m_library);
    problemsDock->raise();
    connect(m_library, &LibraryDock::sideBySideRequested, this, &MainWindow::openSideBySide);
    connect(m_library, &LibraryDock::openRequested, this, [this](const QStringList &paths) {
        for (const auto &path : paths)
            openFile(path);
    });
    connect(m_library, &LibraryDock::siteChecked, this, [this] {
        for (DocumentView *view : views())
            view->setSiteProblems(m_library->siteProblems(view->document()->filePath()));
    });
    connect(m_library, &LibraryDock::compareRequested, this, [this](const QString &label, const QList<int> &tenths) {
        if (DocumentView *view = currentView())
            view->chart()->setComparison(label, tenths);
        else
            statusBar()->showMessage(tr("Open a review to compare with."), 5000);
    });

    createActions();
    m_recovery = new RecoveryManager(this);
    m_fileWatcher = new ExternalChangeWatcher(this);
    connect(m_fileWatcher, &ExternalChangeWatcher::missingChanged, this, &MainWindow::updateTitles);
    connect(m_fileWatcher, &ExternalChangeWatcher::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    QSettings settings;
    resize(1600, 1000);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    currentChanged();
}

MainWindow::~MainWindow()
{
    // Focus moves while the widgets are torn down, after this destructor: no more calls.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newReview = file->addAction(tr("&New Review…"), this, [this] {
        NewReviewDialog dialog(m_library->siteIndex(), this);
        // Without an open site, the site of the review being edited.
        if (!m_library->siteIndex() && currentView()) {
            const QString root = Schema::siteRootOf(currentView()->document()->filePath());
            if (!root.isEmpty())
                dialog.setSiteFolder(root);
        }
        if (dialog.exec() == QDialog::Accepted) {
            m_library->fileSaved(dialog.createdPath()); // its row appears in the library
            openFile(dialog.createdPath());
        }
    });
    newReview->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::open);
    open->setShortcut(QKeySequence::Open);
    m_recent = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    QAction *openSite = file->addAction(tr("Open &Site…"), this, [this] {
        const QString root = QFileDialog::getExistingDirectory(this, tr("Open Site"), m_library->siteRoot());
        if (!root.isEmpty())
            this->openSite(root);
    });
    openSite->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), this, [this] { this->save(currentView()); });
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As…"), this, [this] { this->saveAs(currentView()); });
    saveAs->setShortcut(QKeySequence::SaveAs);
    QAction *revert = file->addAction(tr("Re&vert"), this, [this] { this->revert(); });
    QAction *close = file->addAction(tr("&Close"), this, [this] { closeView(currentView()); });
    close->setShortcut(QKeySequence::Close);
    m_documentActions = {save, saveAs, revert, close};
    file->addSeparator();
    auto *printExport = new PrintExport(this, statusBar());
    QAction *exportPdf = file->addAction(tr("&Export PDF…"), this, [this, printExport] {
        if (DocumentView *view = currentView())
            printExport->exportPdf(view->document());
    });
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *print = file->addAction(tr("&Print…"), this, [this, printExport] {
        if (DocumentView *view = currentView())
            printExport->print(view->document());
    });
    print->setShortcut(QKeySequence::Print);
    m_documentActions += {exportPdf, print};
    file->addAction(tr("Export Library Selection as &Booklet…"), this, [this, printExport] {
        const QStringList paths = m_library->view() ? m_library->view()->selectedPaths() : QStringList();
        if (paths.isEmpty())
            statusBar()->showMessage(tr("Select reviews in the library first."), 5000);
        else
            printExport->exportBooklet(paths);
    });
    connect(m_library, &LibraryDock::bookletRequested, printExport, &PrintExport::exportBooklet);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_showSaved = view->addAction(tr("Show &Saved Ratings on the Chart"));
    m_showSaved->setCheckable(true);
    m_showSaved->setChecked(QSettings().value(QStringLiteral("chart/showSaved"), true).toBool());
    connect(m_showSaved, &QAction::toggled, this, [this](bool show) {
        QSettings().setValue(QStringLiteral("chart/showSaved"), show);
        for (DocumentView *each : views())
            each->chart()->setShowSaved(show);
    });
    view->addAction(tr("Clear the Chart's &Comparison"), this, [this] {
        if (DocumentView *current = currentView())
            current->chart()->setComparison({}, {});
    });
    // Every dock can be brought back once closed.
    for (const char *name : {"OutlineDock", "ProblemsDock"}) {
        if (auto *dock = findChild<QDockWidget *>(QLatin1String(name)))
            view->addAction(dock->toggleViewAction());
    }
    view->addAction(m_library->toggleViewAction());
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QList<QPair<QString, QString>> choices = {
        {QString(), tr("System Language")}, {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("ja"), QStringLiteral("日本語")}};
    for (const auto &choice : choices) {
        QAction *action = language->addAction(choice.second, this, [this, code = choice.first] { chooseLanguage(code); });
        action->setCheckable(true);
        action->setChecked(choice.first == chosen);
        languages->addAction(action);
    }

    QMenu *translation = menuBar()->addMenu(tr("&Translation"));
    auto *translator = new TranslationController(this);
    translation->addAction(tr("Translate Side by &Side…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), translator,
                           &TranslationController::translateCurrent);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Rubric"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

DocumentView *MainWindow::currentView() const
{
    return qobject_cast<DocumentView *>(m_activeTabs->currentWidget());
}

QList<DocumentView *> MainWindow::views() const
{
    QList<DocumentView *> all;
    for (QTabWidget *tabs : {m_tabs, m_rightTabs}) {
        for (int i = 0; i < tabs->count(); ++i)
            all.append(qobject_cast<DocumentView *>(tabs->widget(i)));
    }
    return all;
}

QTabWidget *MainWindow::tabsOf(DocumentView *view) const
{
    return m_rightTabs->indexOf(view) >= 0 ? m_rightTabs : m_tabs;
}

void MainWindow::setActiveTabs(QTabWidget *tabs)
{
    m_activeTabs = tabs->count() > 0 || tabs == m_tabs ? tabs : m_tabs;
    currentChanged();
}

bool MainWindow::openFile(const QString &path)
{
    return openFileIn(path, m_activeTabs == m_rightTabs && m_rightTabs->isVisible() ? m_rightTabs : m_tabs);
}

void MainWindow::openSideBySide(const QString &left, const QString &right)
{
    openFileIn(left, m_tabs);
    openFileIn(right, m_rightTabs);
}

bool MainWindow::openFileIn(const QString &path, QTabWidget *target)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (DocumentView *open : views()) {
        if (open->document()->filePath() == absolute) {
            if (tabsOf(open) == target || target == m_tabs) {
                tabsOf(open)->setCurrentWidget(open);
                setActiveTabs(tabsOf(open));
                return true;
            }
            if (!closeView(open)) // moved to the other side: one view per file
                return false;
            break;
        }
    }
    QString schemaError;
    auto *document = new ReviewDocument(Schema::forFile(absolute, &schemaError));
    if (!schemaError.isEmpty())
        statusBar()->showMessage(schemaError, 10000);
    if (!document->load(absolute)) {
        const Problems problems = document->problems();
        QMessageBox::warning(this, tr("Cannot Open Review"),
                             tr("%1\n\n%2").arg(QDir::toNativeSeparators(absolute),
                                                problems.isEmpty() ? QString()
                                                : problems.constFirst().line > 0
                                                    ? tr("Line %1: %2").arg(problems.constFirst().line).arg(problems.constFirst().message)
                                                    : problems.constFirst().message));
        delete document;
        return false;
    }
    auto *view = new DocumentView(document);
    view->chart()->setShowSaved(m_showSaved->isChecked());
    view->splitter()->restoreState(QSettings().value(QStringLiteral("editor/splitter")).toByteArray());
    completeTags(view);
    view->setSiteProblems(m_library->siteProblems(absolute));
    view->ratingsEditor()->enableCalculator(document, [this] { return m_library->siteIndex(); });
    m_undoGroup->addStack(document->undoStack());
    m_recovery->attach(document);
    m_fileWatcher->watch(view);
    m_outlines->addWidget(view->outline());
    m_problemViews->addWidget(view->problemsView());
    connect(document, &ReviewDocument::modifiedChanged, this, &MainWindow::updateTitles);
    connect(document, &ReviewDocument::saved, this, &MainWindow::updateTitles);
    connect(document, &ReviewDocument::saved, m_library, [this, document] { m_library->fileSaved(document->filePath()); });
    connect(view, &DocumentView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    target->setCurrentIndex(target->addTab(view, view->displayName()));
    if (target == m_rightTabs && m_rightTabs->isHidden()) {
        m_rightTabs->show();
        const int half = m_split->width() / 2;
        m_split->setSizes({half, half}); // side by side: half each
    }
    if (m_rightTabs->isVisible()) {
        for (DocumentView *each : views())
            each->setCompact(true);
    }
    setActiveTabs(target);
    m_recent->add(absolute);
    const Problems problems = document->problems();
    if (!problems.isEmpty())
        statusBar()->showMessage(tr("%1: line %2: %3").arg(view->displayName()).arg(problems.constFirst().line).arg(problems.constFirst().message));
    return true;
}

void MainWindow::completeTags(DocumentView *view)
{
    const QString root = Schema::siteRootOf(view->document()->filePath());
    if (root.isEmpty())
        return;
    if (m_siteTags.contains(root)) {
        view->form()->setTagCompletions(m_siteTags.value(root));
        return;
    }
    m_siteTags.insert(root, {});
    // Reading a whole site takes a moment: off the GUI thread, then to every open view of it.
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, root] {
        m_siteTags.insert(root, watcher->result());
        for (DocumentView *open : views()) {
            if (Schema::siteRootOf(open->document()->filePath()) == root)
                open->form()->setTagCompletions(m_siteTags.value(root));
        }
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&SiteTags::collect, root, view->document()->schema()));
}

void MainWindow::currentChanged()
{
    DocumentView *view = currentView();
    m_undoGroup->setActiveStack(view ? view->document()->undoStack() : nullptr);
    if (view) {
        m_outlines->setCurrentWidget(view->outline());
        m_problemViews->setCurrentWidget(view->problemsView());
    }
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(view);
    // The hint is for an empty window only; a message of its own would stay behind a review.
    const QString hint = tr("Open a review with File > Open, or drop one here.");
    if (!view)
        statusBar()->showMessage(hint);
    else if (statusBar()->currentMessage() == hint)
        statusBar()->clearMessage();
    updateTitles();
}

void MainWindow::updateTitles()
{
    // Both languages of a review share a file name: tabs of equal names say the language.
    QHash<QString, int> named;
    for (DocumentView *view : views())
        ++named[view->displayName()];
    for (DocumentView *view : views()) {
        QTabWidget *tabs = tabsOf(view);
        const int i = tabs->indexOf(view);
        QString name = view->displayName();
        if (named.value(name) > 1 && !view->document()->lang().isEmpty())
            name = tr("%1 (%2)").arg(name, view->document()->lang());
        tabs->setTabText(i, name + (view->document()->isModified() ? QStringLiteral(" *") : QString())
                                + (m_fileWatcher->isMissing(view->document()) ? tr(" (deleted)") : QString()));
        tabs->setTabToolTip(i, QDir::toNativeSeparators(view->document()->filePath()));
    }
    DocumentView *view = currentView();
    setWindowFilePath(view ? view->document()->filePath() : QString());
    setWindowTitle(view ? QStringLiteral("%1[*] — Rubric").arg(view->displayName()) : QStringLiteral("Rubric"));
    setWindowModified(view && view->document()->isModified());
}

void MainWindow::open()
{
    const QString directory = QSettings().value(QStringLiteral("lastDirectory")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Reviews"), directory,
                                                            tr("Reviews (*.md *.markdown);;All files (*)"));
    for (const auto &path : files)
        openFile(path);
    if (!files.isEmpty())
        QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(files.constFirst()).absolutePath());
}

bool MainWindow::save(DocumentView *view)
{
    if (!view)
        return false;
    ReviewDocument *document = view->document();
    SaveOutcome outcome = document->save();
    if (outcome.status == SaveOutcome::Status::ChangedOnDisk) {
        const auto answer = QMessageBox::warning(
            this, tr("File Changed on Disk"),
            tr("%1 was changed by another program since Rubric read it.\n\nOverwrite it with your version?")
                .arg(QDir::toNativeSeparators(document->filePath())),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
        outcome = document->save(true);
    }
    if (!outcome.ok()) {
        QMessageBox::critical(this, tr("Cannot Save"), outcome.error + tr("\n\nYour edits are still here."));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(document->filePath())), 4000);
    return true;
}

bool MainWindow::saveAs(DocumentView *view)
{
    if (!view)
        return false;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Review As"), view->document()->filePath(),
                                                      tr("Reviews (*.md)"));
    if (path.isEmpty())
        return false;
    const SaveOutcome outcome = view->document()->saveAs(path);
    if (!outcome.ok()) {
        QMessageBox::critical(this, tr("Cannot Save"), outcome.error);
        return false;
    }
    m_recent->add(path);
    updateTitles();
    return true;
}

void MainWindow::revert()
{
    DocumentView *view = currentView();
    if (!view || !view->document()->isModified())
        return;
    if (QMessageBox::question(this, tr("Revert"), tr("Discard your changes to %1 and reload it from disk?").arg(view->displayName()))
        != QMessageBox::Yes)
        return;
    ReviewDocument *document = view->document();
    if (document->changedOnDisk()) {
        document->load(document->filePath()); // what is on disk now
        return;
    }
    // Back to the saved state through the stack (views stay in step, redo stays possible),
    // or from disk when the saved state is no longer on the stack.
    if (document->undoStack()->cleanIndex() >= 0)
        document->undoStack()->setIndex(document->undoStack()->cleanIndex());
    else
        document->load(document->filePath());
}

bool MainWindow::closeView(DocumentView *view)
{
    if (!view)
        return false;
    if (view->document()->isModified()) {
        tabsOf(view)->setCurrentWidget(view);
        const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
                                                 tr("Save your changes to %1 before closing?").arg(view->displayName()),
                                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                 QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save(view)))
            return false;
    }
    m_undoGroup->removeStack(view->document()->undoStack());
    QTabWidget *tabs = tabsOf(view);
    tabs->removeTab(tabs->indexOf(view));
    delete view;
    if (tabs == m_rightTabs && tabs->count() == 0) {
        tabs->hide();
        for (DocumentView *each : views())
            each->setCompact(false);
    }
    setActiveTabs(tabs);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    for (DocumentView *view : views()) {
        if (!closeView(view)) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::saveSession()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (DocumentView *view = currentView())
        settings.setValue(QStringLiteral("editor/splitter"), view->splitter()->saveState());
    QStringList files;
    for (DocumentView *view : views())
        files.append(view->document()->filePath());
    settings.setValue(QStringLiteral("session/files"), files);
    settings.setValue(QStringLiteral("session/current"), m_tabs->currentIndex());
}

void MainWindow::openSite(const QString &root)
{
    m_library->openSite(root);
    m_library->show();
    m_library->raise();
    // With no review open, the library is what there is to see: give it the height the
    // empty tabs would take (a review opened later takes it back by dragging or restoring).
    if (views().isEmpty())
        resizeDocks({m_library}, {height() * 3 / 4}, Qt::Vertical);
}

void MainWindow::restoreSession()
{
    QSettings settings;
    const QString site = settings.value(QStringLiteral("site/root")).toString();
    if (!site.isEmpty() && QFileInfo(site).isDir())
        openSite(site);
    for (const auto &path : settings.value(QStringLiteral("session/files")).toStringList()) {
        if (QFileInfo::exists(path))
            openFile(path);
    }
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("session/current")).toInt());
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

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    statusBar()->showMessage(tr("The language changes the next time Rubric starts."), 8000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Rubric"),
                       tr("<h3>Rubric %1</h3><p>An editor for scored review documents: form, radar chart, "
                          "Markdown and preview in step, and files saved exactly as they were but for what you "
                          "changed.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Rubric
