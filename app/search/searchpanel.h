#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QModelIndex;
class QPushButton;
class QStringListModel;
class QTimer;
class QTreeView;

namespace Rubric {

class SearchResultsModel;
class SearchService;
class SiteIndex;
struct SearchHit;

// Find in Site (issue 18): a query box (history kept across sessions, completion of field
// names, tags and section ids) and the hits grouped by review, both languages of a pair
// together. The query runs on the search index's thread as one types (debounced) and on
// Enter; activating a hit asks for the review at the match (hitActivated).
class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);

    // The open site's index; nullptr when no site is open.
    void setService(SearchService *service, SiteIndex *index);
    QComboBox *queryBox() const { return m_query; }
    QTreeView *resultsView() const { return m_view; }
    SearchResultsModel *results() const { return m_results; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveViewButton() const { return m_saveView; }
    QPushButton *replaceButton() const { return m_replace; }
    QCompleter *completer() const { return m_completer; }
    // The query shown and its words to mark (those of the last query that ran).
    QString query() const { return m_lastQuery; }
    QStringList terms() const { return m_terms; }
    QStringList history() const { return m_history; }
    // Runs `text` now (and keeps it in the history).
    void search(const QString &text);
    void focusQuery();

Q_SIGNALS:
    void hitActivated(const QString &sitePath, int line, int column);
    // Emitted after each query's hits are shown (tests, the controller's buttons).
    void resultsShown();
    void saveViewRequested();
    void replaceRequested();

private:
    void run(const QString &text);
    void showResults(int id, const QList<SearchHit> &hits, const QString &error, qint64 milliseconds);
    void activate(const QModelIndex &index);
    void remember(const QString &text);
    void updateCompletions();
    void updateButtons();

    QComboBox *m_query;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QTreeView *m_view;
    SearchResultsModel *m_results;
    QLabel *m_status;
    QPushButton *m_saveView;
    QPushButton *m_replace;
    QTimer *m_typing;
    QPointer<SearchService> m_service;
    SiteIndex *m_index = nullptr;
    QStringList m_history;
    QString m_lastQuery;
    QString m_pendingQuery; // waiting for the index to be ready
    QStringList m_terms;
    int m_pending = 0; // id of the query whose results are awaited
};

} // namespace Rubric
