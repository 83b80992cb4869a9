#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QRect;
class QScreen;
class QTabWidget;

namespace Rubric::WindowLayout {

// The first start's window: the screen's available area, at most 1600x1000, centred, so
// a 1280x800 display gets a window that fits it.
QRect firstStartGeometry(const QScreen *screen);

// After restoreState: a visible dock restored (or dragged) to less than `minimum` pixels
// across gets its default size back, so no pane stays hidden at 0 px.
void keepDocksUsable(QMainWindow *window, int minimum = 80);

} // namespace Rubric::WindowLayout

namespace Rubric {

class DocumentView;

// The window's geometry and dock layout: the saved one, else the first start's (sized to
// the screen, a narrow Outline, a low Problems dock); and View > Reset Layout back to that.
// View > Layout > Review / Translate are two named arrangements, each remembering its own
// docks and panes: switching keeps the one left and restores the one chosen.
class DockLayout final : public QObject
{
    Q_OBJECT

public:
    enum Arrangement { Review, Translate, ArrangementCount };

    // Call once every dock is added: their layout then is the first start's.
    DockLayout(QMainWindow *window, QDockWidget *outline, QDockWidget *problems,
               std::function<QList<DocumentView *>()> views);

    // Restores a saved geometry and state (either may be empty); no dock stays under 80 px.
    void restore(const QByteArray &geometry, const QByteArray &state);
    // The first start's docks (all shown) and every review's default pane sizes.
    void reset();

    // Review and Translate as checkable actions at the top of `menu` (View > Layout).
    void addTo(QMenu *menu);
    Arrangement current() const { return m_current; }
    // Keeps the current arrangement's docks and panes, then shows `arrangement`'s
    // (its saved state, else its default); no dock or pane is left at 0 px.
    void switchTo(Arrangement arrangement);
    // A review just opened with `errors` errors: Problems comes to the front (unless the
    // user turned that off: View > Layout > Show Problems of Reviews Opened With Errors).
    void reviewOpened(int errors);

private:
    void narrowDocks();
    void applyDefault(Arrangement arrangement);
    void keep();

    QAction *m_actions[ArrangementCount] = {};
    QAction *m_raiseProblems = nullptr;
    Arrangement m_current = Review;

    QMainWindow *m_window;
    QDockWidget *m_outline;
    QDockWidget *m_problems;
    std::function<QList<DocumentView *>()> m_views;
    QByteArray m_defaultState;
};

// Next and previous tab (Ctrl+Tab / Ctrl+PgDown and Ctrl+Shift+Tab / Ctrl+PgUp) in the
// tab widget `current` returns (the group the user works in), wrapping around.
class TabActions final : public QObject
{
    Q_OBJECT

public:
    TabActions(QWidget *window, std::function<QTabWidget *()> current, QObject *parent = nullptr);

    QAction *nextTab() const { return m_next; }
    QAction *previousTab() const { return m_previous; }
    void addTo(QMenu *menu) const;

private:
    void step(int delta) const;

    std::function<QTabWidget *()> m_current;
    QAction *m_next;
    QAction *m_previous;
};

} // namespace Rubric
