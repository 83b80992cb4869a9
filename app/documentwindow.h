#pragma once

#include <QString>

class QDockWidget;
class QMainWindow;

namespace Rubric {

class DocumentView;
class ReviewDocument;
class Workspace;

// What the controllers of the window (translation, recovery, menus) may ask of it, so they
// depend on this and the Workspace, not on MainWindow. The documents are the Workspace's;
// the window shows each open one in one DocumentView.
class DocumentWindow
{
public:
    virtual ~DocumentWindow() = default;

    virtual QMainWindow *mainWindow() = 0; // parent for dialogs, host for docks
    virtual Workspace *workspace() const = 0;
    // The view the window's actions act on, nullptr when none.
    virtual DocumentView *currentView() const = 0;
    // The view showing an open review, nullptr when it is not shown.
    virtual DocumentView *viewOf(const ReviewDocument *document) const = 0;

    // Opens (or shows) a review; false, after telling the user why, when it cannot be read.
    virtual bool openFile(const QString &path) = 0;
    // The first in the main tabs, the second in the tabs on the right.
    virtual void openSideBySide(const QString &left, const QString &right) = 0;
    // Saves, asking before overwriting a file changed on disk; false when not saved.
    virtual bool save(DocumentView *view) = 0;
    virtual bool saveAs(DocumentView *view) = 0;
    // Closes, asking about unsaved edits first; false when the user cancelled.
    virtual bool closeView(DocumentView *view) = 0;
    virtual void revert(DocumentView *view) = 0;

    virtual void showMessage(const QString &text, int milliseconds = 0) = 0;
    // Adds a dock at the bottom, tabbed with the Problems and the Library.
    virtual void addBottomDock(QDockWidget *dock) = 0;
};

} // namespace Rubric
