#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Rubric {

class LibraryFilter;
class LibraryModel;
class SiteIndex;

// The library of a site: a filter bar over a sortable table of its reviews. Opening a
// row (double-click, Enter, the context menu) asks the window to open the review; the
// context menu also reaches a product's company review, a review's translation, and
// compares a review's ratings on the current chart.
class LibraryView final : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryView(SiteIndex *index, QWidget *parent = nullptr);

    LibraryModel *model() const { return m_model; }
    LibraryFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // Absolute paths of the selected reviews.
    QStringList selectedPaths() const;
    // Columns: the default order (logical columns, first shown first), shown or hidden by
    // the header's context menu; order, widths, visibility and sorting persist in QSettings.
    QList<int> defaultOrder() const;
    void setColumnShown(int column, bool shown);
    void resetColumns();
    // The git status of the site's reviews (GitStatusTracker): the Git column, the filter
    // for changes since the last commit (shown only then), and the deleted reviews, which
    // have no row, named in the summary.
    void setGitStatus(const QHash<QString, QString> &statuses, const QStringList &deleted);
    QComboBox *gitFilter() const { return m_git; }

Q_SIGNALS:
    void openRequested(const QStringList &paths);
    void sideBySideRequested(const QString &left, const QString &right);
    // Overlay ratings (tenths per axis) on the current document's chart.
    void compareRequested(const QString &label, const QList<int> &tenths);
    void bookletRequested(const QStringList &paths);

private:
    void applyDefaultColumns();
    QString settingsKey() const;
    void saveColumns();
    void restoreColumns();
    void showHeaderMenu(const QPoint &position);
    void applyFilters();
    void showContextMenu(const QPoint &position);
    void updateSummary();
    QList<int> selectedRows() const; // source rows
    void openRows(const QList<int> &rows);
    QList<int> meanOf(const QList<int> &rows) const;

    SiteIndex *m_index;
    LibraryModel *m_model;
    LibraryFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_lang;
    QComboBox *m_layout;
    QComboBox *m_rangeColumn;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QCheckBox *m_orphans;
    QComboBox *m_translationState; // any state, or one of TranslationState
    QCheckBox *m_withProblems;
    QComboBox *m_git; // any status, changed since the last commit, or one status
    QStringList m_deleted;
    QTableView *m_table;
    QLabel *m_summary;
    bool m_restoringColumns = false;
};

} // namespace Rubric
