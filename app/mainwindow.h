#pragma once

#include "documentwindow.h"
#include "mainwindowtabs.h"

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace Rubric {

class DockLayout;
class ExternalChangeWatcher;
class FileActions;
class LibraryDock;
class MainMenus;
class RecoveryManager;
class StatusInfo;
class TagCompletions;
class TranslationController;

// The window over a Workspace: a DocumentView per open review in the tabs (DocumentTabs),
// the menus (MainMenus), the docks (outline, problems, library). It listens to the
// Workspace (a review opened or closed, a site opened) and asks it to act; it owns views,
// never documents. Keeps the session in QSettings.
class MainWindow final : public QMainWindow, public DocumentWindow
{
    Q_OBJECT

public:
    // Over `workspace`, which must outlive the window; without one (tests), over a
    // Workspace of its own.
    explicit MainWindow(Workspace *workspace = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // DocumentWindow
    QMainWindow *mainWindow() override { return this; }
    Workspace *workspace() const override { return m_workspace; }
    DocumentView *currentView() const override { return m_tabs ? m_tabs->currentView() : nullptr; }
    DocumentView *viewOf(const ReviewDocument *document) const override
    {
        return m_tabs ? m_tabs->viewOf(document) : nullptr;
    }
    bool openFile(const QString &path) override;
    void openSideBySide(const QString &left, const QString &right) override;
    bool save(DocumentView *view) override;
    bool saveAs(DocumentView *view) override;
    bool closeView(DocumentView *view) override;
    void revert(DocumentView *view) override;
    void showMessage(const QString &text, int milliseconds = 0) override;
    void addBottomDock(QDockWidget *dock) override;

    // Opens a site folder in the library (indexing it in the background).
    void openSite(const QString &root);
    LibraryDock *library() const { return m_library; }
    void restoreSession();
    QTabWidget *tabs() const { return m_tabs->tabs(); }
    QTabWidget *rightTabs() const { return m_tabs->rightTabs(); }
    // The views of the open reviews, in the order they were opened.
    QList<DocumentView *> views() const;
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    RecoveryManager *recovery() const { return m_recovery; }
    ExternalChangeWatcher *fileWatcher() const { return m_fileWatcher; }
    TranslationController *translator() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool openFileIn(const QString &path, QTabWidget *tabs);
    void documentOpened(ReviewDocument *document, QTabWidget *tabs);
    void siteChecked();
    void currentChanged();
    void updateTitles();

    std::unique_ptr<Workspace> m_ownWorkspace; // only when none was given
    Workspace *m_workspace;
    DocumentTabs *m_tabs;
    QUndoGroup *m_undoGroup;
    QStackedWidget *m_outlines;
    QStackedWidget *m_problemViews;
    QDockWidget *m_problemsDock;
    LibraryDock *m_library;
    FileActions *m_files;
    TagCompletions *m_tags;
    MainMenus *m_menus = nullptr;
    StatusInfo *m_statusInfo = nullptr;
    DockLayout *m_layout = nullptr;
    RecoveryManager *m_recovery = nullptr;
    ExternalChangeWatcher *m_fileWatcher = nullptr;
};

} // namespace Rubric
