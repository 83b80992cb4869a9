#include "problemsmodel.h"

#include "validate/fixer.h"

#include <QColor>

namespace Rubric {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setProblems(const Problems &problems)
{
    if (problems == m_problems)
        return;
    const int common = int(std::min(problems.size(), m_problems.size()));
    if (problems.size() < m_problems.size()) {
        beginRemoveRows({}, common, int(m_problems.size()) - 1);
        m_problems.resize(common);
        endRemoveRows();
    }
    for (int row = 0; row < common; ++row) {
        if (m_problems.at(row) != problems.at(row)) {
            m_problems[row] = problems.at(row);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (problems.size() > m_problems.size()) {
        beginInsertRows({}, common, int(problems.size()) - 1);
        m_problems = problems;
        endInsertRows();
    }
}

int ProblemsModel::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(), [](const Problem &p) { return p.isError(); }));
}

int ProblemsModel::warningCount() const
{
    return int(m_problems.size()) - errorCount();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &problem = m_problems.at(index.row());
    switch (role) {
    case LineRole:
        return problem.line;
    case ColumnRole:
        return problem.column;
    case FieldRole:
        return problem.field;
    case CodeRole:
        return problem.code;
    case SeverityRole:
        return int(problem.severity);
    case FixableRole:
        return Fixer::canFix(problem);
    case Qt::ToolTipRole:
        return Fixer::canFix(problem) ? problem.message + u'\n' + tr("Fix: %1").arg(Fixer::describe(problem))
                                      : problem.message;
    case Qt::ForegroundRole:
        if (index.column() == MessageColumn)
            return problem.isError() ? QColor(0xb0, 0x00, 0x20) : QColor(0x9a, 0x60, 0x00);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return (problem.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(problem.message);
        case LineColumn:
            return problem.line > 0 ? QVariant(problem.line) : QVariant();
        case CodeColumn:
            return problem.code;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MessageColumn: return tr("Problem");
    case LineColumn: return tr("Line");
    case CodeColumn: return tr("Rule");
    default: return {};
    }
}

} // namespace Rubric
