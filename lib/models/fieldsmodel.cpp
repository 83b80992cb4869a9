#include "fieldsmodel.h"

#include "document/reviewdocument.h"

#include <QDate>

namespace Rubric {

FieldsModel::FieldsModel(ReviewDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::textChanged, this, &FieldsModel::refresh);
    m_shown = snapshot();
}

int FieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->schema().fields().size());
}

int FieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int FieldsModel::rowOf(const QString &key) const
{
    return m_document ? m_document->schema().fieldOrder(key) : -1;
}

QVariant FieldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const FieldSpec &field = m_document->schema().fields().at(index.row());
    switch (role) {
    case KeyRole:
        return field.key;
    case PresentRole:
        return m_document->frontMatter().contains(field.key);
    case FieldTypeRole:
        return int(field.type);
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    if (index.column() == KeyColumn)
        return field.key;
    const YamlValue value = m_document->value(field.key);
    switch (field.type) {
    case FieldType::Date:
        if (role == Qt::EditRole)
            return QDate::fromString(value.scalar, Qt::ISODate);
        return value.scalar;
    case FieldType::Number: {
        bool ok = false;
        const double number = value.scalar.toDouble(&ok);
        return role == Qt::EditRole ? QVariant(ok ? number : 0.0) : QVariant(value.scalar);
    }
    case FieldType::List:
    case FieldType::Rating:
        return role == Qt::EditRole ? QVariant(value.scalarItems()) : QVariant(value.toDisplayString());
    default:
        return value.isScalar() ? value.scalar : value.toDisplayString();
    }
}

bool FieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn || !m_document
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (value == data(index, Qt::EditRole))
        return true; // what the mapper submits unchanged is not an edit
    const QString key = m_document->schema().fields().at(index.row()).key;
    const EditOutcome outcome = m_document->setField(key, value, /*merge=*/true);
    m_lastError = outcome.error;
    if (!outcome.ok()) {
        Q_EMIT editRefused(outcome.error);
        Q_EMIT dataChanged(index, index); // the form shows the document's value again
        return false;
    }
    return true;
}

Qt::ItemFlags FieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn && m_document
        && m_document->schema().fields().at(index.row()).type != FieldType::Rating)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant FieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section == KeyColumn ? tr("Field") : tr("Value");
    return m_document && section < rowCount() ? QVariant(m_document->schema().fields().at(section).key) : QVariant();
}

QList<QVariant> FieldsModel::snapshot() const
{
    QList<QVariant> shown;
    shown.reserve(rowCount() * 2);
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex value = index(row, ValueColumn);
        shown << data(value, PresentRole) << data(value, Qt::DisplayRole);
    }
    return shown;
}

// Only the rows whose value changed: a body keystroke must not make every form field
// re-read its value (and lose a selection in the one being typed in).
void FieldsModel::refresh()
{
    const QList<QVariant> shown = snapshot();
    for (int row = 0; row < rowCount(); ++row) {
        if (row * 2 + 1 >= m_shown.size() || shown.at(row * 2) != m_shown.at(row * 2)
            || shown.at(row * 2 + 1) != m_shown.at(row * 2 + 1))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_shown = shown;
}

} // namespace Rubric
