#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Rubric {

class LibraryModel;

// Filters and sorts the library: free text over name, company and tags, any number of
// conditions comparing a column with a value (language = ja, cost_performance >= 0.8,
// date < 2025-09-01, price <= 300, translation_state = outdated, git = changed), and a tag. Sorting compares typed values.
class LibraryFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Contains };
    struct Condition
    {
        int column = 0;
        Op op = Op::Equal;
        QVariant value; // of the column's type: QString, QDate, int (tenths), double
        friend bool operator==(const Condition &, const Condition &) = default;
    };

    explicit LibraryFilter(LibraryModel *library, QObject *parent = nullptr);

    LibraryModel *library() const { return m_library; }
    void setText(const QString &text);
    void setTag(const QString &tag);
    void setConditions(const QList<Condition> &conditions);
    QList<Condition> conditions() const { return m_conditions; }
    // Only these site paths (a saved view of search results, issue 18); nullopt: any.
    void setPaths(const std::optional<QSet<QString>> &paths);

    // Parses `cost_performance>=0.8`, `total<2`, `lang=ja`, `name~sony`, `date>=2025-08-01`:
    // a column id, an operator (= == != < <= > >= ~), a value of the column's type.
    std::optional<Condition> parseCondition(const QString &expression, QString *error) const;
    // A value typed by the user for a column, as that column compares it.
    QVariant valueFor(int column, const QString &text, bool *ok) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matches(int row, const Condition &condition) const;

    LibraryModel *m_library;
    QString m_text;
    QString m_tag;
    QList<Condition> m_conditions;
    std::optional<QSet<QString>> m_paths;
};

} // namespace Rubric
