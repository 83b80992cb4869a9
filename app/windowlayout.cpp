#include "windowlayout.h"

#include "documentview.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
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

namespace {

QString settingsKey(DockLayout::Arrangement arrangement, QLatin1String what)
{
    static const char *const names[] = {"review", "translate"};
    return QStringLiteral("window/layouts/%1/%2").arg(QLatin1String(names[arrangement]), what);
}

} // namespace

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
    // "window/state" is the arrangement the window was closed in.
    m_current = QSettings().value(QStringLiteral("window/layout")).toInt() == Translate ? Translate : Review;
    if (m_actions[m_current])
        m_actions[m_current]->setChecked(true);
    if (!m_window->restoreGeometry(geometry))
        m_window->setGeometry(WindowLayout::firstStartGeometry(m_window->screen()));
    if (!m_window->restoreState(state))
        QTimer::singleShot(0, this, &DockLayout::narrowDocks); // once laid out
    // After the first layout: a dock restored at a few pixels gets its size back.
    QTimer::singleShot(0, this, [this] { WindowLayout::keepDocksUsable(m_window); });
}

void DockLayout::reset()
{
    applyDefault(m_current);
}

void DockLayout::addTo(QMenu *menu)
{
    auto *group = new QActionGroup(this);
    QAction *first = menu->actions().value(0);
    const QString texts[] = {tr("&Review"), tr("&Translate")};
    for (int i = 0; i < ArrangementCount; ++i) {
        const auto arrangement = Arrangement(i);
        QAction *action = new QAction(texts[i], menu);
        action->setObjectName(i == Review ? QStringLiteral("reviewLayout") : QStringLiteral("translateLayout"));
        action->setCheckable(true);
        action->setChecked(arrangement == m_current);
        group->addAction(action);
        menu->insertAction(first, action);
        connect(action, &QAction::triggered, this, [this, arrangement] { switchTo(arrangement); });
        m_actions[i] = action;
    }
    menu->insertSeparator(first);
    m_raiseProblems = menu->addAction(tr("Show &Problems of Reviews Opened With Errors"));
    m_raiseProblems->setObjectName(QStringLiteral("raiseProblemsOnErrors"));
    m_raiseProblems->setCheckable(true);
    m_raiseProblems->setChecked(QSettings().value(QStringLiteral("window/raiseProblemsOnErrors"), true).toBool());
    connect(m_raiseProblems, &QAction::toggled, this, [](bool on) {
        QSettings().setValue(QStringLiteral("window/raiseProblemsOnErrors"), on);
    });
}

void DockLayout::reviewOpened(int errors)
{
    // The Library took the height while no review was open: a review gets half of it
    // back (at 1280x800 that still leaves the Library a dozen rows). Once laid out: at
    // start the window is not shown yet, and its height means nothing.
    QTimer::singleShot(0, this, [this] {
        QWidget *central = m_window->centralWidget();
        if (!central || central->height() >= m_window->height() * 2 / 5)
            return;
        // The bottom docks are tabbed together: sizing one sizes the group.
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock->isVisible() && !dock->isFloating() && m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea) {
                m_window->resizeDocks({dock}, {m_window->height() / 2}, Qt::Vertical);
                break;
            }
        }
    });
    if (errors == 0 || (m_raiseProblems && !m_raiseProblems->isChecked()))
        return;
    // Tabbed with the Library, Problems would otherwise stay behind it unseen.
    m_problems->show();
    m_problems->raise();
}

void DockLayout::switchTo(Arrangement arrangement)
{
    if (m_actions[arrangement])
        m_actions[arrangement]->setChecked(true);
    if (arrangement == m_current)
        return;
    keep();
    m_current = arrangement;
    QSettings settings;
    settings.setValue(QStringLiteral("window/layout"), int(arrangement));
    const QByteArray state = settings.value(settingsKey(arrangement, QLatin1String("state"))).toByteArray();
    if (state.isEmpty() || !m_window->restoreState(state)) {
        applyDefault(arrangement);
        return;
    }
    const QByteArray panes = settings.value(settingsKey(arrangement, QLatin1String("panes"))).toByteArray();
    for (DocumentView *view : m_views())
        view->restorePanes(panes);
    WindowLayout::keepDocksUsable(m_window);
    // The docks' sizes settle once the window is laid out again: check once more then.
    QTimer::singleShot(0, this, [this] { WindowLayout::keepDocksUsable(m_window); });
}

void DockLayout::keep()
{
    QSettings settings;
    settings.setValue(settingsKey(m_current, QLatin1String("state")), m_window->saveState());
    const QList<DocumentView *> views = m_views();
    for (DocumentView *view : views) {
        if (view->isVisible()) {
            settings.setValue(settingsKey(m_current, QLatin1String("panes")), view->splitter()->saveState());
            break;
        }
    }
}

void DockLayout::applyDefault(Arrangement arrangement)
{
    m_window->restoreState(m_defaultState);
    narrowDocks();
    if (arrangement == Translate) {
        // Two texts side by side want the width and the height: no Outline, no Library;
        // the Translation dock (made on the first translation) in front of Problems.
        m_outline->hide();
        if (auto *library = m_window->findChild<QDockWidget *>(QStringLiteral("LibraryDock")))
            library->hide();
        if (auto *translation = m_window->findChild<QDockWidget *>(QStringLiteral("TranslationDock"))) {
            translation->show();
            translation->raise();
        }
    }
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
