#include "editactions.h"

#include "findbar.h"
#include "gotolinedialog.h"
#include "markdowneditor.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMetaObject>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace Rubric {

namespace {

QList<QKeySequence> without(QList<QKeySequence> keys, const QKeySequence &taken)
{
    keys.removeAll(taken);
    return keys;
}

} // namespace

EditActions::EditActions(QWidget *window, std::function<QWidget *()> currentView, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_currentView(std::move(currentView))
{
    const QKeySequence goToLineKey(Qt::CTRL | Qt::Key_G);
    m_cut = create(tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut), [this] { onFocused("cut"); });
    m_copy = create(tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy), [this] { onFocused("copy"); });
    m_paste = create(tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste), [this] { onFocused("paste"); });
    m_selectAll = create(tr("Select &All"), QKeySequence::keyBindings(QKeySequence::SelectAll), [this] { onFocused("selectAll"); });
    const auto findBar = [this] { return FindBar::of(m_currentView ? m_currentView() : nullptr); };
    m_find = create(tr("&Find…"), QKeySequence::keyBindings(QKeySequence::Find), [findBar] {
        if (FindBar *bar = findBar())
            bar->showFind();
    });
    m_replace = create(tr("R&eplace…"), standardOr(QKeySequence::Replace, QKeySequence(Qt::CTRL | Qt::Key_H)), [findBar] {
        if (FindBar *bar = findBar())
            bar->showReplace();
    });
    m_findNext = create(tr("Find &Next"), without(QKeySequence::keyBindings(QKeySequence::FindNext), goToLineKey), [findBar] {
        if (FindBar *bar = findBar(); bar && !bar->findField()->text().isEmpty())
            bar->findNext();
        else if (bar)
            bar->showFind();
    });
    m_findPrevious = create(tr("Find Pre&vious"),
                            without(QKeySequence::keyBindings(QKeySequence::FindPrevious), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)),
                            [findBar] {
                                if (FindBar *bar = findBar(); bar && !bar->findField()->text().isEmpty())
                                    bar->findPrevious();
                                else if (bar)
                                    bar->showFind();
                            });
    m_goToLine = create(tr("&Go to Line…"), {goToLineKey}, [this] {
        QWidget *view = m_currentView ? m_currentView() : nullptr;
        auto *editor = view ? view->findChild<MarkdownEditor *>() : nullptr;
        if (!editor)
            return;
        GoToLineDialog dialog(editor, m_window);
        dialog.exec();
    });
    for (QAction *action : {m_find, m_replace, m_findNext, m_findPrevious, m_goToLine})
        action->setObjectName(QStringLiteral("edit_") + action->text().remove(u'&').remove(u'…').simplified().replace(u' ', u'_').toLower());
}

QList<QKeySequence> EditActions::standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

QAction *EditActions::create(const QString &text, const QList<QKeySequence> &shortcuts, const std::function<void()> &slot)
{
    auto *action = new QAction(text, m_window ? static_cast<QObject *>(m_window.data()) : this);
    action->setShortcuts(shortcuts);
    // The widget with the focus handles its own Ctrl+C and Ctrl+V; the window's action is
    // for the menu and for widgets that have no binding of their own.
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    if (m_window)
        m_window->addAction(action);
    return action;
}

void EditActions::onFocused(const char *slot) const
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(focus)) {
        if (qstrcmp(slot, "selectAll") == 0)
            spin->selectAll();
        return; // a number's text is its value; cut and paste go through the keyboard
    }
    if (qobject_cast<QLineEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus) || qobject_cast<QTextEdit *>(focus))
        QMetaObject::invokeMethod(focus, slot);
}

void EditActions::addTo(QMenu *menu) const
{
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addActions({m_cut, m_copy, m_paste});
    menu->addSeparator();
    menu->addAction(m_selectAll);
    menu->addSeparator();
    menu->addActions({m_find, m_replace, m_findNext, m_findPrevious});
    menu->addSeparator();
    menu->addAction(m_goToLine);
}

QList<QAction *> EditActions::actions() const
{
    return {m_cut, m_copy, m_paste, m_selectAll, m_find, m_replace, m_findNext, m_findPrevious, m_goToLine};
}

} // namespace Rubric
