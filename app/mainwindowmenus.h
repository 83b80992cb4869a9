#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QDockWidget;
class QMenu;
class QTabWidget;
class QUndoGroup;

namespace Rubric {

class DocumentWindow;
class EditActions;
class LibraryDock;
class RecentFiles;
class TranslationController;

// The window's menus and their actions: each asks the window (DocumentWindow) or the
// Workspace to act on the current review. Built once, on the window's menu bar.
class MainMenus final : public QObject
{
    Q_OBJECT

public:
    // `activeTabs` is the tab group Next/Previous Tab steps through.
    MainMenus(DocumentWindow *window, LibraryDock *library, QUndoGroup *undoGroup,
              const QList<QDockWidget *> &docks, std::function<QTabWidget *()> activeTabs);

    RecentFiles *recentFiles() const { return m_recent; }
    TranslationController *translator() const { return m_translator; }
    // Whether the chart shows the saved ratings (View menu, kept in the settings).
    bool showSavedRatings() const;
    // For controllers adding their own actions (history, site edits).
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    // View > Layout: the named arrangements go first (DockLayout::addTo), Reset Layout last.
    QMenu *layoutMenu() const { return m_layoutMenu; }
    // The actions that need a current review.
    void setDocumentActionsEnabled(bool enabled);
    EditActions *editActions() const { return m_editActions; }
    // A dock made later (the translation dock) gets its View menu item too.
    void addDockToggle(QDockWidget *dock);

Q_SIGNALS:
    // View > Reset Layout: the window puts its docks and panes back as on the first start.
    void resetLayoutRequested();

private:
    void createFileMenu();
    void createViewMenu(const QList<QDockWidget *> &docks, std::function<QTabWidget *()> activeTabs);
    void newReview();
    void open();
    void openSite();
    void about();

    DocumentWindow *m_window;
    LibraryDock *m_library;
    QUndoGroup *m_undoGroup;
    RecentFiles *m_recent = nullptr;
    TranslationController *m_translator = nullptr;
    EditActions *m_editActions = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_layoutMenu = nullptr;
    QAction *m_resetLayout = nullptr;
    QAction *m_showSaved = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QList<QAction *> m_documentActions;
};

} // namespace Rubric
