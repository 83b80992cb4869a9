#pragma once

#include <QHash>
#include <QSplitter>

#include <functional>

class QTabWidget;

namespace Rubric {

class DocumentView;
class ReviewDocument;

// The window's two tab groups of review views: the main tabs and, once something is open
// side by side, the tabs on the right; and which group the actions act on. It holds views
// only (the documents are the Workspace's) and finds them by document, not by walking tabs.
class DocumentTabs final : public QSplitter
{
    Q_OBJECT

public:
    explicit DocumentTabs(QWidget *parent = nullptr);
    ~DocumentTabs() override;

    QTabWidget *tabs() const { return m_tabs; }
    QTabWidget *rightTabs() const { return m_rightTabs; }
    QTabWidget *activeTabs() const { return m_activeTabs; }
    QTabWidget *tabsOf(DocumentView *view) const;
    // The group a new review opens in: the right one while it is active and shown.
    QTabWidget *openingTabs() const;
    DocumentView *currentView() const;
    DocumentView *viewOf(const ReviewDocument *document) const { return m_views.value(document); }
    bool isEmpty() const { return m_views.isEmpty(); }

    // Adds the view (owned from then on) in `target` and shows it; the right group shows
    // itself, and views go compact side by side.
    void add(DocumentView *view, QTabWidget *target);
    // Deletes the view of `document` (its document stays: it is the Workspace's).
    void remove(const ReviewDocument *document);
    void showView(DocumentView *view);
    void setActiveTabs(QTabWidget *tabs);
    // Moves an open view to a group (keeping its document and undo history) and shows it.
    void moveTo(DocumentView *view, QTabWidget *target);
    // Tab texts: the name, the language when two tabs share a name, the problems count
    // ("name (2)"), " *" when modified,
    // and `suffix(document)` (e.g. " (deleted)").
    void updateTitles(const QList<ReviewDocument *> &documents,
                      const std::function<QString(const ReviewDocument *)> &suffix);

Q_SIGNALS:
    void currentChanged();
    void closeRequested(Rubric::DocumentView *view);
    // Something a tab text shows changed (a review's problems).
    void titlesChanged();

private:
    // Shows the right group when `target` is it, compacting the views, and activates `target`.
    void showGroups(QTabWidget *target);
    QTabWidget *m_tabs;
    QTabWidget *m_rightTabs;  // shown when something is open side by side
    QTabWidget *m_activeTabs; // the group whose current review the actions act on
    QHash<const ReviewDocument *, DocumentView *> m_views;
};

} // namespace Rubric
