#include "windowlayout.h"

#include "documentview.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

namespace Rubric::WindowLayout {

QRect firstStartGeometry(const QScreen *screen)
{
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize size = available.size().boundedTo(QSize(1600, 1000));
    QRect geometry(QPoint(0, 0), size);
    geometry.moveCenter(available.center());
    return geometry;
}

void keepDocksUsable(QMainWindow *window, int minimum)
{
    QList<QDockWidget *> across, down;
    QList<int> acrossSizes, downSizes;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock->isHidden() || dock->isFloating())
            continue;
        const Qt::DockWidgetArea area = window->dockWidgetArea(dock);
        const bool sideways = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
        const int size = sideways ? dock->width() : dock->height();
        if (size >= minimum)
            continue;
        // Its own preferred size, but never less than the minimum.
        const QSize hint = dock->sizeHint();
        (sideways ? across : down).append(dock);
        (sideways ? acrossSizes : downSizes).append(std::max(minimum, sideways ? hint.width() : hint.height()));
    }
    if (!across.isEmpty())
        window->resizeDocks(across, acrossSizes, Qt::Horizontal);
    if (!down.isEmpty())
        window->resizeDocks(down, downSizes, Qt::Vertical);
}

} // namespace Rubric::WindowLayout

namespace Rubric {

DockLayout::DockLayout(QMainWindow *window, QDockWidget *outline, QDockWidget *problems,
                       std::function<QList<DocumentView *>()> views)
    : QObject(window)
    , m_window(window)
    , m_outline(outline)
    , m_problems(problems)
    , m_views(std::move(views))
    , m_defaultState(window->saveState())
{
}

void DockLayout::restore(const QByteArray &geometry, const QByteArray &state)
{
    if (!m_window->restoreGeometry(geometry))
        m_window->setGeometry(WindowLayout::firstStartGeometry(m_window->screen()));
    if (!m_window->restoreState(state))
        QTimer::singleShot(0, this, &DockLayout::narrowDocks); // once laid out
    // After the first layout: a dock restored at a few pixels gets its size back.
    QTimer::singleShot(0, this, [this] { WindowLayout::keepDocksUsable(m_window); });
}

void DockLayout::reset()
{
    m_window->restoreState(m_defaultState);
    narrowDocks();
    for (DocumentView *view : m_views())
        view->resetPanes();
}

void DockLayout::narrowDocks()
{
    // Seven short Outline lines and an often empty Problems list: ~170 px more for body and preview.
    m_window->resizeDocks({m_outline}, {170}, Qt::Horizontal);
    m_window->resizeDocks({m_problems}, {110}, Qt::Vertical);
}

TabActions::TabActions(QWidget *window, std::function<QTabWidget *()> current, QObject *parent)
    : QObject(parent)
    , m_current(std::move(current))
    , m_next(new QAction(tr("&Next Tab"), window))
    , m_previous(new QAction(tr("&Previous Tab"), window))
{
    // NextChild is Ctrl+Tab (and Ctrl+F6 on some desktops); Ctrl+PgDown is what browsers
    // and Qt Creator users reach for.
    QList<QKeySequence> next = QKeySequence::keyBindings(QKeySequence::NextChild);
    next.removeAll(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    next.append(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QList<QKeySequence> previous = QKeySequence::keyBindings(QKeySequence::PreviousChild);
    previous.removeAll(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    previous.append(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next->setShortcuts(next);
    m_previous->setShortcuts(previous);
    m_next->setObjectName(QStringLiteral("nextTab"));
    m_previous->setObjectName(QStringLiteral("previousTab"));
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    window->addAction(m_next);
    window->addAction(m_previous);
}

void TabActions::addTo(QMenu *menu) const
{
    menu->addAction(m_next);
    menu->addAction(m_previous);
}

void TabActions::step(int delta) const
{
    QTabWidget *tabs = m_current ? m_current() : nullptr;
    if (!tabs || tabs->count() < 2)
        return;
    tabs->setCurrentIndex((tabs->currentIndex() + delta + tabs->count()) % tabs->count());
}

} // namespace Rubric
