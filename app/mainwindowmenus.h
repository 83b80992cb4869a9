#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QDockWidget;
class QUndoGroup;

namespace Rubric {

class DocumentWindow;
class LibraryDock;
class RecentFiles;
class TranslationController;

// The window's menus and their actions: each asks the window (DocumentWindow) or the
// Workspace to act on the current review. Built once, on the window's menu bar.
class MainMenus final : public QObject
{
    Q_OBJECT

public:
    MainMenus(DocumentWindow *window, LibraryDock *library, QUndoGroup *undoGroup,
              const QList<QDockWidget *> &docks);

    RecentFiles *recentFiles() const { return m_recent; }
    TranslationController *translator() const { return m_translator; }
    // Whether the chart shows the saved ratings (View menu, kept in the settings).
    bool showSavedRatings() const;
    // For controllers adding their own actions (history, site edits).
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    // The actions that need a current review.
    void setDocumentActionsEnabled(bool enabled);

private:
    void createFileMenu();
    void createViewMenu(const QList<QDockWidget *> &docks);
    void newReview();
    void open();
    void openSite();
    void about();

    DocumentWindow *m_window;
    LibraryDock *m_library;
    QUndoGroup *m_undoGroup;
    RecentFiles *m_recent = nullptr;
    TranslationController *m_translator = nullptr;
    QAction *m_showSaved = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QList<QAction *> m_documentActions;
};

} // namespace Rubric
