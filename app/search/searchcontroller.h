#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QDockWidget;
class QMenu;
class QPlainTextEdit;

namespace Rubric {

class DocumentWindow;
class SearchPanel;

// Find in Site in the window (issue 18): the dock (View menu, Edit > Find in Site…,
// Ctrl+Shift+F), following the open site's search index; a hit opens its review with the
// cursor at the match and every match of the query marked in the text.
class SearchController final : public QObject
{
    Q_OBJECT

public:
    SearchController(DocumentWindow *window, QMenu *editMenu);

    SearchPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QAction *findAction() const { return m_find; }

    // Opens the review (site path) at the 1-based line and column, and marks the panel's
    // last query in its text; false when it could not be opened.
    bool openHit(const QString &sitePath, int line, int column);
    // Keeps the panel's result files as a view of the library named `name` (this site's),
    // and shows it there; the first asks for the name.
    void saveView();
    bool saveView(const QString &name);
    // Hands the result files to the site edit engine: in front-matter field `field`, the
    // regular expression `pattern` becomes `replacement`, previewed before anything is
    // written (Edit > Site Edit's preview). The first asks for the three.
    void replaceInResults();
    bool replaceInResults(const QString &field, const QString &pattern, const QString &replacement);

    // The matches marked in an editor (ExtraSelections of ours; others' are kept).
    static void markMatches(QPlainTextEdit *editor, const QStringList &terms);

private:
    void siteChanged();
    void showFind();

    DocumentWindow *m_window;
    QDockWidget *m_dock;
    SearchPanel *m_panel;
    QAction *m_find;
};

} // namespace Rubric
