#include "windowlayout.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QTabWidget>

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
