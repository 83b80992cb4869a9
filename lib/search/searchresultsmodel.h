#pragma once

#include "searchindex.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace Rubric {

class SiteIndex;

// The hits of a query as a tree: one row per review, where the languages of a translated
// pair (same ref) are one review, in the order of the best-ranked hit; under it the hits,
// English before Japanese, by line, each with its section, line and snippet.
class SearchResultsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Columns { TextColumn, LanguageColumn, SectionColumn, LineColumn, ColumnCount };
    enum Roles {
        PathRole = Qt::UserRole, // site path (a review row: its first file's)
        LineRole,                // 1-based file line, 0 for a review row
        ColumnRole,              // 1-based
        HtmlRole,                // the snippet (or title) with the query's words in <b>
        PathsRole,               // a review row: every file of it that has hits
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // `index` (may be null) gives titles, languages and pairs; `terms` the words to mark.
    void setResults(const QList<SearchHit> &hits, const SiteIndex *index, const QStringList &terms);
    void clear();
    int hitCount() const { return m_hitCount; }
    // Every file with a hit, in the order shown.
    QStringList paths() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Hit
    {
        SearchHit hit;
        QString lang;
    };
    struct Group
    {
        QString title;
        QStringList languages;
        QStringList paths;
        QList<Hit> hits;
    };
    QList<Group> m_groups;
    QStringList m_terms;
    int m_hitCount = 0;
};

} // namespace Rubric
