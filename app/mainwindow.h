#pragma once

#include <QMainWindow>

class QAction;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace Rubric {

class DocumentView;
class ExternalChangeWatcher;
class LibraryDock;
class RecentFiles;
class RecoveryManager;

// Tabs of open reviews, the menus and the docks. The documents and views do the work;
// this wires actions to the current one and keeps the session in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or switches to) a review; false with a message box when it cannot be read.
    bool openFile(const QString &path);
    // Opens two reviews side by side (e.g. both languages of a pair): the first in the
    // main tabs, the second in the tabs on the right.
    void openSideBySide(const QString &left, const QString &right);
    // Opens a site folder in the library (indexing it in the background).
    void openSite(const QString &root);
    LibraryDock *library() const { return m_library; }
    void restoreSession();
    DocumentView *currentView() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTabWidget *rightTabs() const { return m_rightTabs; }
    // Every open review, in both tab groups.
    QList<DocumentView *> views() const;
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    RecoveryManager *recovery() const { return m_recovery; }
    ExternalChangeWatcher *fileWatcher() const { return m_fileWatcher; }

    bool save(DocumentView *view);
    bool saveAs(DocumentView *view);
    bool closeView(DocumentView *view);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool openFileIn(const QString &path, QTabWidget *tabs);
    QTabWidget *tabsOf(DocumentView *view) const;
    void setActiveTabs(QTabWidget *tabs);
    void createActions();
    void currentChanged();
    void updateTitles();
    void open();
    void revert();
    void chooseLanguage(const QString &code);
    void about();
    void saveSession();
    void completeTags(DocumentView *view);

    QTabWidget *m_tabs;
    QTabWidget *m_rightTabs;  // shown when something is open side by side
    QSplitter *m_split;
    QTabWidget *m_activeTabs; // the group whose current review the actions act on
    QUndoGroup *m_undoGroup;
    QStackedWidget *m_outlines;
    QStackedWidget *m_problemViews;
    LibraryDock *m_library;
    RecentFiles *m_recent = nullptr;
    QAction *m_showSaved = nullptr;
    QList<QAction *> m_documentActions;
    QHash<QString, QStringList> m_siteTags; // by site root; an empty entry while collecting
    RecoveryManager *m_recovery = nullptr;
    ExternalChangeWatcher *m_fileWatcher = nullptr;
};

} // namespace Rubric
