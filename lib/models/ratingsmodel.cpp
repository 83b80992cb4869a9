#include "ratingsmodel.h"

#include "document/reviewdocument.h"
#include "document/tenths.h"

namespace Rubric {

RatingsModel::RatingsModel(ReviewDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::textChanged, this, &RatingsModel::refresh);
    connect(document, &ReviewDocument::loaded, this, &RatingsModel::snapshotSaved);
    connect(document, &ReviewDocument::saved, this, &RatingsModel::snapshotSaved);
    m_saved = document->ratings().values;
    m_current = document->ratings();
}

int RatingsModel::axisCount() const
{
    return m_document ? int(m_document->schema().axes().size()) : 0;
}

int RatingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : axisCount() + 1;
}

int RatingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<int> RatingsModel::tenths(int row, int column) const
{
    const int position = row == totalRow() ? 0 : row + 1; // the rating list has the total first
    if (column == SavedValueColumn)
        return position < m_saved.size() ? m_saved.at(position) : std::nullopt;
    return tenthsOf(m_current, row);
}

std::optional<int> RatingsModel::tenthsOf(const Ratings &ratings, int row) const
{
    if (row == totalRow())
        return ratings.axisSum() ? ratings.axisSum() : ratings.total();
    return ratings.axis(row);
}

QVariant RatingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const Schema &schema = m_document->schema();
    const bool total = index.row() == totalRow();
    if (role == AxisIdRole)
        return total ? QString() : schema.axes().at(index.row()).id;
    if (index.column() == LabelColumn) {
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        if (total)
            return tr("Total");
        const AxisSpec &axis = schema.axes().at(index.row());
        return schema.localized(axis.label, m_document->lang(), axis.id);
    }
    const auto value = tenths(index.row(), index.column());
    switch (role) {
    case TenthsRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::DisplayRole:
        return value ? Tenths::format(*value) : QString();
    case Qt::EditRole:
        return value ? Tenths::toDouble(*value) : 0.0;
    default:
        return {};
    }
}

bool RatingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((role != Qt::EditRole && role != TenthsRole) || index.column() != ValueColumn || index.row() == totalRow()
        || !m_document || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int wanted = role == TenthsRole ? value.toInt() : Tenths::fromDouble(value.toDouble());
    if (tenths(index.row(), ValueColumn) == wanted)
        return true;
    const EditOutcome outcome = m_document->setAxis(m_document->schema().axes().at(index.row()).id, wanted);
    if (!outcome.ok()) {
        Q_EMIT editRefused(outcome.error);
        Q_EMIT dataChanged(index, index);
        return false;
    }
    return true;
}

Qt::ItemFlags RatingsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn && index.row() != totalRow())
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant RatingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Axis");
    case ValueColumn:
        return tr("Score");
    case SavedValueColumn:
        return tr("Saved");
    default:
        return {};
    }
}

// The ratings are read once per change of the text, and only rows whose value changed
// are announced: most edits are body keystrokes that leave the ratings alone.
void RatingsModel::refresh()
{
    const Ratings previous = m_current;
    m_current = m_document->ratings();
    if (m_current.values == previous.values)
        return;
    for (int row = 0; row < rowCount(); ++row) {
        if (tenthsOf(previous, row) != tenthsOf(m_current, row))
            Q_EMIT dataChanged(index(row, ValueColumn), index(row, ValueColumn));
    }
}

void RatingsModel::snapshotSaved()
{
    const auto previous = m_saved;
    m_saved = m_document->ratings().values;
    refresh();
    if (previous != m_saved && rowCount() > 0)
        Q_EMIT dataChanged(index(0, SavedValueColumn), index(rowCount() - 1, SavedValueColumn));
}

} // namespace Rubric
