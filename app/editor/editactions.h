#pragma once

#include <QKeySequence>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Rubric {

// The standard Edit menu for a window: Cut, Copy, Paste, Select All on whatever text
// widget has the focus (the body, a field, the library's search), and Find, Replace,
// Find Next/Previous and Go to Line on the current review, whose widget `currentView`
// returns (a DocumentView, or null). Shortcuts are QKeySequence::StandardKey where one
// exists; Go to Line is Ctrl+G, so Find Next leaves Ctrl+G to it.
class EditActions final : public QObject
{
    Q_OBJECT

public:
    EditActions(QWidget *window, std::function<QWidget *()> currentView, QObject *parent = nullptr);

    // The platform's keys for `key`, or `fallback` where the platform has none (a bare X11
    // session binds neither Replace nor Save As).
    static QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback);

    // Adds the actions to `menu` after what is there (Undo and Redo), with separators.
    void addTo(QMenu *menu) const;
    QList<QAction *> actions() const;

    QAction *cut() const { return m_cut; }
    QAction *copy() const { return m_copy; }
    QAction *paste() const { return m_paste; }
    QAction *selectAll() const { return m_selectAll; }
    QAction *find() const { return m_find; }
    QAction *replace() const { return m_replace; }
    QAction *findNext() const { return m_findNext; }
    QAction *findPrevious() const { return m_findPrevious; }
    QAction *goToLine() const { return m_goToLine; }

private:
    QAction *create(const QString &text, const QList<QKeySequence> &shortcuts, const std::function<void()> &slot);
    // Calls a slot (cut, copy, paste, selectAll) of the focused text widget, if it has it.
    void onFocused(const char *slot) const;

    QPointer<QWidget> m_window;
    std::function<QWidget *()> m_currentView;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_selectAll;
    QAction *m_find;
    QAction *m_replace;
    QAction *m_findNext;
    QAction *m_findPrevious;
    QAction *m_goToLine;
};

} // namespace Rubric
