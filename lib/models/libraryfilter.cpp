#include "libraryfilter.h"

#include "document/tenths.h"
#include "librarymodel.h"
#include "site/siteindex.h"

#include <QDate>
#include <QRegularExpression>

namespace Rubric {

namespace {

// -1, 0, 1 for values of the same type; nullopt when they cannot be compared.
std::optional<int> compare(const QVariant &a, const QVariant &b)
{
    if (!a.isValid() || !b.isValid())
        return std::nullopt;
    switch (a.typeId()) {
    case QMetaType::QDate: {
        const QDate x = a.toDate(), y = b.toDate();
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case QMetaType::Int: {
        const int x = a.toInt(), y = b.toInt();
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case QMetaType::Double: {
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : x > y ? 1 : 0;
    }
    default:
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
    }
}

} // namespace

LibraryFilter::LibraryFilter(LibraryModel *library, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_library(library)
{
    setSourceModel(library);
    setSortRole(LibraryModel::SortRole);
    setDynamicSortFilter(true);
}

void LibraryFilter::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void LibraryFilter::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateRowsFilter();
}

void LibraryFilter::setConditions(const QList<Condition> &conditions)
{
    if (conditions == m_conditions)
        return;
    m_conditions = conditions;
    invalidateRowsFilter();
}

QVariant LibraryFilter::valueFor(int column, const QString &text, bool *ok) const
{
    *ok = true;
    switch (m_library->kind(column)) {
    case LibraryModel::TotalColumn:
    case LibraryModel::AxisColumn: {
        const auto tenths = Tenths::parse(text);
        *ok = tenths.has_value();
        return tenths ? QVariant(*tenths) : QVariant();
    }
    case LibraryModel::PriceColumn: {
        const double price = text.toDouble(ok);
        return *ok ? QVariant(price) : QVariant();
    }
    case LibraryModel::DateColumn: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        *ok = date.isValid();
        return date;
    }
    case LibraryModel::TranslationColumn:
    case LibraryModel::ProblemsColumn: {
        const int count = text.toInt(ok);
        return *ok ? QVariant(count) : QVariant();
    }
    case LibraryModel::TranslationStateColumn:
        // By id (missing, untranslated, outdated, done), whatever the UI language.
        *ok = TranslationStatus::stateFromId(text.toLower()).has_value();
        return *ok ? QVariant(text.toLower()) : QVariant();
    case LibraryModel::GitStatusColumn: {
        // A status id, or "changed": any of modified, new, untracked, deleted.
        static const QStringList ids = {QStringLiteral("changed"), QStringLiteral("modified"), QStringLiteral("new"),
                                        QStringLiteral("untracked"), QStringLiteral("deleted"),
                                        QStringLiteral("unchanged")};
        *ok = ids.contains(text.toLower());
        return *ok ? QVariant(text.toLower()) : QVariant();
    }
    default:
        return text;
    }
}

std::optional<LibraryFilter::Condition> LibraryFilter::parseCondition(const QString &expression, QString *error) const
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(==|=|!=|<=|>=|<|>|~)\\s*(.*?)\\s*$"));
    const auto match = pattern.match(expression);
    if (!match.hasMatch()) {
        *error = tr("\"%1\" is not a condition such as total>=3.5 or lang=ja").arg(expression);
        return std::nullopt;
    }
    const int column = m_library->columnForId(match.captured(1));
    if (column < 0) {
        QStringList ids;
        for (int c = 0; c < m_library->columnCount(); ++c)
            ids.append(m_library->columnId(c));
        *error = tr("unknown column \"%1\"; columns: %2").arg(match.captured(1), ids.join(QLatin1String(", ")));
        return std::nullopt;
    }
    static const QHash<QString, Op> ops = {{QStringLiteral("="), Op::Equal},         {QStringLiteral("=="), Op::Equal},
                                           {QStringLiteral("!="), Op::NotEqual},     {QStringLiteral("<"), Op::Less},
                                           {QStringLiteral("<="), Op::LessOrEqual},  {QStringLiteral(">"), Op::Greater},
                                           {QStringLiteral(">="), Op::GreaterOrEqual}, {QStringLiteral("~"), Op::Contains}};
    const Op op = ops.value(match.captured(2));
    bool ok = true;
    const QVariant value = op == Op::Contains ? QVariant(match.captured(3)) : valueFor(column, match.captured(3), &ok);
    if (!ok) {
        *error = tr("\"%1\" is not a value for %2").arg(match.captured(3), match.captured(1));
        return std::nullopt;
    }
    return Condition{column, op, value};
}

bool LibraryFilter::matches(int row, const Condition &condition) const
{
    const QVariant value = m_library->value(row, condition.column);
    if (m_library->kind(condition.column) == LibraryModel::GitStatusColumn
        && condition.value.toString() == QLatin1String("changed") && (condition.op == Op::Equal || condition.op == Op::NotEqual)) {
        const bool changed = value.isValid() && value.toString() != QLatin1String("unchanged");
        return changed == (condition.op == Op::Equal);
    }
    if (condition.op == Op::Contains)
        return value.toString().contains(condition.value.toString(), Qt::CaseInsensitive);
    const auto order = compare(value, condition.value);
    if (!order)
        return condition.op == Op::NotEqual;
    switch (condition.op) {
    case Op::Equal: return *order == 0;
    case Op::NotEqual: return *order != 0;
    case Op::Less: return *order < 0;
    case Op::LessOrEqual: return *order <= 0;
    case Op::Greater: return *order > 0;
    case Op::GreaterOrEqual: return *order >= 0;
    case Op::Contains: break;
    }
    return false;
}

void LibraryFilter::setPaths(const std::optional<QSet<QString>> &paths)
{
    m_paths = paths;
    invalidateFilter();
}

bool LibraryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    const ReviewRecord &record = m_library->record(sourceRow);
    if (m_paths && !m_paths->contains(record.path))
        return false;
    if (!m_text.isEmpty()) {
        bool found = record.targetName.contains(m_text, Qt::CaseInsensitive)
                     || record.companyId.contains(m_text, Qt::CaseInsensitive)
                     || record.ref.contains(m_text, Qt::CaseInsensitive);
        for (qsizetype i = 0; !found && i < record.tags.size(); ++i)
            found = record.tags.at(i).contains(m_text, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    if (!m_tag.isEmpty() && !record.tags.contains(m_tag, Qt::CaseInsensitive))
        return false;
    for (const auto &condition : m_conditions) {
        if (!matches(sourceRow, condition))
            return false;
    }
    return true;
}

bool LibraryFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = m_library->value(left.row(), left.column());
    const QVariant b = m_library->value(right.row(), right.column());
    // Missing values sort last whichever the order; ties fall back to the name.
    if (a.isValid() != b.isValid())
        return sortOrder() == Qt::AscendingOrder ? a.isValid() : !a.isValid();
    const auto order = compare(a, b);
    if (order && *order != 0)
        return *order < 0;
    return QString::compare(m_library->record(left.row()).targetName, m_library->record(right.row()).targetName,
                            Qt::CaseInsensitive) < 0;
}

} // namespace Rubric
