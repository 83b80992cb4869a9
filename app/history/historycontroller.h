#pragma once

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QDockWidget;
class QMenu;

namespace Rubric {

class BlameTips;
class DocumentTabs;
class DocumentWindow;
class HistoryPanel;
class ReviewDocument;
struct ReviewVersion;

// Issue 19 in the window: a History dock following the current review (reloaded when the
// current review changes and after it is saved), its version overlaid on the radar chart,
// compared with the editor's text, or restored as one undoable edit; File > Commit….
// The current review's form and ratings tell, as tooltips, when each value last changed.
// Everything hides when the site is not in a git repository.
class HistoryController final : public QObject
{
    Q_OBJECT

public:
    HistoryController(DocumentWindow *window, DocumentTabs *tabs, QMenu *fileMenu);

    HistoryPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QAction *commitAction() const { return m_commit; }
    // The review the panel shows, nullptr when none.
    ReviewDocument *document() const { return m_document; }

    void overlay(const ReviewVersion &version);
    void showDifference(const ReviewVersion &version);
    // Replaces the review's text with the version's, as one step on its undo stack.
    bool restore(const ReviewVersion &version);
    void commit();

private:
    void currentChanged();
    void siteChanged();
    void reload();
    std::optional<QString> textOf(const ReviewVersion &version);

    DocumentWindow *m_window;
    QDockWidget *m_dock;
    HistoryPanel *m_panel;
    BlameTips *m_tips; // "last changed in…" on the form's fields and ratings
    QAction *m_commit;
    QPointer<ReviewDocument> m_document;
    bool m_hiddenHere = false; // the dock was hidden for want of a repository, not by the user
};

} // namespace Rubric
