#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace Rubric {

class ReviewDocument;

// The document's front-matter fields, one row per field of the schema (in canonical
// order), for a form bound with QDataWidgetMapper (vertical orientation, current index
// ValueColumn). Values are typed: QString, QDate, double or QStringList. Writing a value
// goes through the document's undo stack; consecutive writes to one field merge.
class FieldsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { KeyColumn, ValueColumn, ColumnCount };
    enum Roles { KeyRole = Qt::UserRole, PresentRole, FieldTypeRole };

    explicit FieldsModel(ReviewDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &key) const;
    // The last refusal of setData (for the status bar), empty when it succeeded.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void refresh();
    QList<QVariant> snapshot() const;

    QPointer<ReviewDocument> m_document;
    QList<QVariant> m_shown; // presence and display value per row, as last announced
    QString m_lastError;
};

} // namespace Rubric
