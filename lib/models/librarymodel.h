#pragma once

#include "site/siteindex.h" // QPointer<SiteIndex> needs the complete type where moc compiles it
#include "translate/translationstatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Rubric {

struct ReviewRecord;

// The reviews of a site as a table: name, layout, company, language, date, total, one
// column per rating axis of the schema, price, tags, translation status and problems.
// Rows follow the index as it fills and changes. SortRole gives typed values (QDate,
// tenths as int, price as double) so that sorting and range filters compare values,
// not text.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What a column shows; the axis columns repeat Axis once per axis of the schema.
    enum Columns { NameColumn, LayoutColumn, CompanyColumn, LangColumn, DateColumn, TotalColumn, AxisColumn,
                   PriceColumn, TagsColumn, TranslationColumn, ProblemsColumn,
                   TranslationStateColumn, GitStatusColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole, PathRole, RowRole, ColumnIdRole,
                 GitStatusRole }; // the row's git status id (any column), invalid when unknown

    explicit LibraryModel(SiteIndex *index, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    SiteIndex *siteIndex() const { return m_index; }
    const ReviewRecord &record(int row) const;
    // Column kinds and positions: kind(column), and the column of a kind (and axis).
    Columns kind(int column) const;
    int axisOf(int column) const; // the axis a column shows, or -1
    int column(Columns kind, int axis = 0) const;
    // Stable ids for the command line: name, layout, company, lang, date, total, the axis
    // ids, price, tags, translation, problems, translation_state, git.
    QString columnId(int column) const;
    int columnForId(const QString &id) const; // -1 when unknown
    // The value a column holds for a row, typed (what SortRole returns).
    QVariant value(int row, int column) const;
    // "en · ja" for a pair, "en only" for an orphan.
    QString translationStatus(int row) const;
    QStringList languagesOfRef(const QString &ref) const { return m_refLanguages.value(ref); }
    // Problem counts by site-relative path, once the site has been checked; until then
    // the column shows only unreadable files.
    void setProblemCounts(const QHash<QString, int> &counts);
    void setProblemCount(const QString &path, int count);
    // The translation state of each pair (TranslationPairs::statesByPath), by site-relative
    // path. Until set, a review without a translation shows "missing" and the others
    // nothing. The column's value is the state's id (missing, untranslated, outdated,
    // done), so that `translation_state=outdated` filters.
    void setTranslationStates(const QHash<QString, TranslationState> &states);
    void setTranslationState(const QString &path, TranslationState state);
    std::optional<TranslationState> translationState(int row) const;
    // Git status ids (modified, new, untracked, deleted: History::statusId) of the changed
    // reviews, by site path; every other review is "unchanged". Until set (or when the
    // site is in no repository) the git column is empty and its value invalid.
    void setGitStatuses(const QHash<QString, QString> &statuses);
    bool hasGitStatus() const { return m_gitKnown; }
    QVariant gitStatus(int row) const;
    // The id as shown ("modified" → localized), empty for "unchanged".
    static QString gitStatusName(const QString &id);

private:
    void rebuildPairs();

    QPointer<SiteIndex> m_index;
    int m_axisCount = 0;
    QHash<QString, QStringList> m_refLanguages; // by ref, sorted
    QHash<QString, int> m_problemCounts;          // by path
    QHash<QString, TranslationState> m_translationStates; // by path
    QHash<QString, QString> m_gitStatuses; // by path, changed files only
    bool m_gitKnown = false;
    // Rows as announced to views: the index appends records before it says so, and a
    // model's row count must only change between begin/endInsertRows.
    int m_rowCount = 0;
};

} // namespace Rubric
