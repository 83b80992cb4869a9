#include "fieldsmodel.h"

#include "document/reviewdocument.h"

#include <QDate>

namespace Rubric {

FieldsModel::FieldsModel(ReviewDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::textChanged, this, &FieldsModel::refresh);
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

void FieldsModel::refresh()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Rubric
