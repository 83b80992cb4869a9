#pragma once

#include <QObject>

#include <functional>

class QAction;
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
