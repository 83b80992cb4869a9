#pragma once

#include "document/problem.h"

#include <QAbstractTableModel>

namespace Rubric {

// The problems of one document, for the problems panel: severity, message, line, code.
// setProblems() replaces the list with as few row signals as it can, so a view keeps its
// selection and scroll while the document is checked again after every edit.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { MessageColumn, LineColumn, CodeColumn, ColumnCount };
    enum Roles { LineRole = Qt::UserRole, ColumnRole, FieldRole, CodeRole, SeverityRole, FixableRole };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(const Problems &problems);
    const Problems &problems() const { return m_problems; }
    const Problem &problem(int row) const { return m_problems.at(row); }
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Problems m_problems;
};

} // namespace Rubric
