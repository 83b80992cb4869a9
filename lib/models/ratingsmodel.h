#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "document/ratings.h"

#include <optional>

namespace Rubric {

class ReviewDocument;

// The rating axes of a document, one row per axis of the schema and a last row for the
// total (read-only, computed). The value columns are doubles for spin boxes and charts;
// TenthsRole gives the exact integer tenths. SavedValueColumn holds the ratings as last
// loaded or saved, so a chart can show what changed.
class RatingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { LabelColumn, ValueColumn, SavedValueColumn, ColumnCount };
    enum Roles { AxisIdRole = Qt::UserRole, TenthsRole };

    explicit RatingsModel(ReviewDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int axisCount() const;
    int totalRow() const { return axisCount(); }

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    std::optional<int> tenths(int row, int column) const;
    std::optional<int> tenthsOf(const Ratings &ratings, int row) const;
    void refresh();
    void snapshotSaved();

    QPointer<ReviewDocument> m_document;
    QList<std::optional<int>> m_saved; // total first, as in the rating list
    Ratings m_current;                 // read once per change of the text
};

} // namespace Rubric
