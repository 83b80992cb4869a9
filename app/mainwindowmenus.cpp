#include "mainwindowmenus.h"

#include "chart/radarchartview.h"
#include "document/reviewdocument.h"
#include "documentview.h"
#include "documentwindow.h"
#include "editor/editactions.h"
#include "editor/shortcutsdialog.h"
#include "export/printexport.h"
#include "library/librarydock.h"
#include "newreview/newreviewdialog.h"
#include "recentfiles.h"
#include "schema/schema.h"
#include "translation/translationcontroller.h"
#include "windowlayout.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoGroup>

namespace Rubric {

MainMenus::MainMenus(DocumentWindow *window, LibraryDock *library, QUndoGroup *undoGroup,
                     const QList<QDockWidget *> &docks, std::function<QTabWidget *()> activeTabs)
    : QObject(window->mainWindow())
    , m_window(window)
    , m_library(library)
    , m_undoGroup(undoGroup)
{
    createFileMenu();
    QMenu *edit = m_editMenu = window->mainWindow()->menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    // Cut/Copy/Paste/Select All on the focused text widget; Find, Replace, Go to Line on the review.
    m_editActions = new EditActions(window->mainWindow(), [this] { return static_cast<QWidget *>(m_window->currentView()); }, this);
    m_editActions->addTo(edit);
    createViewMenu(docks, std::move(activeTabs));

    QMenu *translation = window->mainWindow()->menuBar()->addMenu(tr("&Translation"));
    m_translator = new TranslationController(window, this);
    translation->addAction(tr("Translate Side by &Side…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                           m_translator, &TranslationController::translateCurrent);

    QMenu *help = window->mainWindow()->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, [this] {
        ShortcutsDialog dialog(m_window->mainWindow(), m_window->mainWindow());
        dialog.exec();
    });
    help->addSeparator();
    help->addAction(tr("&About Rubric"), this, &MainMenus::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainMenus::createFileMenu()
{
    QMainWindow *window = m_window->mainWindow();
    QMenu *file = m_fileMenu = window->menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Review…"), this, &MainMenus::newReview)->setShortcut(QKeySequence::New);
    file->addAction(tr("&Open…"), this, &MainMenus::open)->setShortcut(QKeySequence::Open);
    m_recent = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) { m_window->openFile(path); });
    file->addAction(tr("Open &Site…"), this, &MainMenus::openSite)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    const auto current = [this](bool (DocumentWindow::*act)(DocumentView *)) {
        return [this, act] { (m_window->*act)(m_window->currentView()); };
    };
    QAction *save = file->addAction(tr("&Save"), this, current(&DocumentWindow::save));
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As…"), this, current(&DocumentWindow::saveAs));
    // A bare X11 session (also Xvfb) binds no key to SaveAs: Ctrl+Shift+S there.
    saveAs->setShortcuts(EditActions::standardOr(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    QAction *revert = file->addAction(tr("Re&vert"), this, [this] { m_window->revert(m_window->currentView()); });
    QAction *close = file->addAction(tr("&Close"), this, current(&DocumentWindow::closeView));
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    auto *printExport = new PrintExport(window, window->statusBar());
    QAction *exportPdf = file->addAction(tr("&Export PDF…"), this, [this, printExport] {
        if (DocumentView *view = m_window->currentView())
            printExport->exportPdf(view->document());
    });
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *print = file->addAction(tr("&Print…"), this, [this, printExport] {
        if (DocumentView *view = m_window->currentView())
            printExport->print(view->document());
    });
    print->setShortcut(QKeySequence::Print);
    m_documentActions = {save, saveAs, revert, close, exportPdf, print};
    file->addAction(tr("Export Library Selection as &Booklet…"), this, [this, printExport] {
        const QStringList paths = m_library->view() ? m_library->view()->selectedPaths() : QStringList();
        if (paths.isEmpty())
            m_window->showMessage(tr("Select reviews in the library first."), 5000);
        else
            printExport->exportBooklet(paths);
    });
    connect(m_library, &LibraryDock::bookletRequested, printExport, &PrintExport::exportBooklet);
    file->addSeparator();
    file->addAction(tr("&Quit"), window, &QWidget::close)->setShortcut(QKeySequence::Quit);
}

void MainMenus::createViewMenu(const QList<QDockWidget *> &docks, std::function<QTabWidget *()> activeTabs)
{
    QMenu *view = m_window->mainWindow()->menuBar()->addMenu(tr("&View"));
    m_showSaved = view->addAction(tr("Show &Saved Ratings on the Chart"));
    m_showSaved->setCheckable(true);
    m_showSaved->setChecked(QSettings().value(QStringLiteral("chart/showSaved"), true).toBool());
    connect(m_showSaved, &QAction::toggled, this, [this](bool show) {
        QSettings().setValue(QStringLiteral("chart/showSaved"), show);
        for (const ReviewDocument *document : m_window->workspace()->documents()) {
            if (DocumentView *each = m_window->viewOf(document))
                each->chart()->setShowSaved(show);
        }
    });
    view->addAction(tr("Clear the Chart's &Comparison"), this, [this] {
        if (DocumentView *current = m_window->currentView())
            current->chart()->setComparison({}, {});
    });
    // Every dock can be brought back once closed.
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
    m_viewMenu = view;
    m_layoutMenu = view->addMenu(tr("La&yout"));
    m_resetLayout = m_layoutMenu->addAction(tr("&Reset Layout"), this, &MainMenus::resetLayoutRequested);
    view->addSeparator();
    auto *tabActions = new TabActions(m_window->mainWindow(), std::move(activeTabs), this);
    tabActions->addTo(view);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QList<QPair<QString, QString>> choices = {
        {QString(), tr("System Language")}, {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("ja"), QStringLiteral("日本語")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            m_window->showMessage(tr("The language changes the next time Rubric starts."), 8000);
        });
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
    }
}

void MainMenus::addDockToggle(QDockWidget *dock)
{
    m_viewMenu->insertAction(m_layoutMenu->menuAction(), dock->toggleViewAction());
}

bool MainMenus::showSavedRatings() const
{
    return m_showSaved->isChecked();
}

void MainMenus::setDocumentActionsEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(enabled);
}

void MainMenus::newReview()
{
    Site *site = m_window->workspace()->site();
    NewReviewDialog dialog(site ? site->index() : nullptr, m_window->mainWindow());
    // Without an open site, the site of the review being edited.
    if (!site && m_window->currentView()) {
        const QString root = Schema::siteRootOf(m_window->currentView()->document()->filePath());
        if (!root.isEmpty())
            dialog.setSiteFolder(root);
    }
    if (dialog.exec() == QDialog::Accepted) {
        if (site)
            site->fileSaved(dialog.createdPath()); // its row appears in the library
        m_window->openFile(dialog.createdPath());
    }
}

void MainMenus::open()
{
    const QString directory = QSettings().value(QStringLiteral("lastDirectory")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(m_window->mainWindow(), tr("Open Reviews"), directory,
                                                            tr("Reviews (*.md *.markdown);;All files (*)"));
    for (const auto &path : files)
        m_window->openFile(path);
    if (!files.isEmpty())
        QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(files.constFirst()).absolutePath());
}

void MainMenus::openSite()
{
    Site *site = m_window->workspace()->site();
    const QString root = QFileDialog::getExistingDirectory(m_window->mainWindow(), tr("Open Site"),
                                                           site ? site->root() : QString());
    if (!root.isEmpty())
        m_library->openSite(root);
}

void MainMenus::about()
{
    QMessageBox::about(m_window->mainWindow(), tr("About Rubric"),
                       tr("<h3>Rubric %1</h3><p>An editor for scored review documents: form, radar chart, "
                          "Markdown and preview in step, and files saved exactly as they were but for what you "
                          "changed.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Rubric
