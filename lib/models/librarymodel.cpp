#include "librarymodel.h"

#include "document/tenths.h"
#include "render/reviewhtml.h"
#include "site/siteindex.h"

#include <QLocale>
#include <QSet>

namespace Rubric {

LibraryModel::LibraryModel(SiteIndex *index, QObject *parent)
    : QAbstractTableModel(parent)
    , m_index(index)
    , m_axisCount(int(index->schema().axes().size()))
{
    connect(index, &SiteIndex::recordsAdded, this, [this](int first, int count) {
        beginInsertRows({}, first, first + count - 1);
        m_rowCount += count;
        endInsertRows();
        rebuildPairs();
    });
    connect(index, &SiteIndex::recordChanged, this, [this](int row) {
        Q_EMIT dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
        rebuildPairs();
    });
    connect(index, &SiteIndex::recordAboutToBeRemoved, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(index, &SiteIndex::recordRemoved, this, [this] {
        --m_rowCount;
        endRemoveRows();
        rebuildPairs();
    });
    m_rowCount = int(index->records().size());
    rebuildPairs();
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : m_rowCount;
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount - 1 + m_axisCount;
}

LibraryModel::Columns LibraryModel::kind(int column) const
{
    if (column < AxisColumn)
        return Columns(column);
    if (column < AxisColumn + m_axisCount)
        return AxisColumn;
    return Columns(column - m_axisCount + 1);
}

int LibraryModel::axisOf(int column) const
{
    return kind(column) == AxisColumn ? column - AxisColumn : -1;
}

int LibraryModel::column(Columns which, int axis) const
{
    if (which < AxisColumn)
        return which;
    if (which == AxisColumn)
        return AxisColumn + axis;
    return which + m_axisCount - 1;
}

QString LibraryModel::columnId(int column) const
{
    static const QStringList ids = {QStringLiteral("name"), QStringLiteral("layout"), QStringLiteral("company"),
                                    QStringLiteral("lang"), QStringLiteral("date"), QStringLiteral("total"),
                                    QString(), QStringLiteral("price"), QStringLiteral("tags"),
                                    QStringLiteral("translation"), QStringLiteral("problems"),
                                    QStringLiteral("translation_state"), QStringLiteral("git")};
    const Columns which = kind(column);
    if (which == AxisColumn)
        return m_index->schema().axes().at(axisOf(column)).id;
    return ids.value(which);
}

int LibraryModel::columnForId(const QString &id) const
{
    for (int c = 0; c < columnCount(); ++c) {
        if (columnId(c) == id)
            return c;
    }
    return -1;
}

const ReviewRecord &LibraryModel::record(int row) const
{
    return m_index->records().at(row);
}

QString LibraryModel::translationStatus(int row) const
{
    const ReviewRecord &r = record(row);
    const QStringList languages = m_refLanguages.value(r.ref);
    if (languages.size() <= 1)
        return tr("%1 only").arg(r.lang);
    return languages.join(QStringLiteral(" · "));
}

QVariant LibraryModel::value(int row, int column) const
{
    const ReviewRecord &r = record(row);
    switch (kind(column)) {
    case NameColumn:
        return r.targetName;
    case LayoutColumn:
        return r.layout;
    case CompanyColumn:
        return r.companyId;
    case LangColumn:
        return r.lang;
    case DateColumn:
        return r.date;
    case TotalColumn:
        return r.totalTenths() ? QVariant(*r.totalTenths()) : QVariant();
    case AxisColumn: {
        const auto tenths = r.axis(axisOf(column));
        return tenths ? QVariant(*tenths) : QVariant();
    }
    case PriceColumn:
        return r.price ? QVariant(*r.price) : QVariant();
    case TagsColumn:
        return r.tags.join(QLatin1String(", "));
    case TranslationColumn:
        return m_refLanguages.value(r.ref).size();
    case ProblemsColumn:
        return m_problemCounts.value(r.path, r.readable ? 0 : 1);
    case TranslationStateColumn: {
        const auto state = translationState(row);
        return state ? QVariant(TranslationStatus::stateId(*state)) : QVariant();
    }
    case GitStatusColumn:
        return gitStatus(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_index)
        return {};
    const int row = index.row();
    switch (role) {
    case SortRole:
        return value(row, index.column());
    case PathRole:
        return m_index->absolutePath(record(row));
    case RowRole:
        return row;
    case ColumnIdRole:
        return columnId(index.column());
    case GitStatusRole:
        return gitStatus(row);
    case Qt::ToolTipRole:
        return record(row).readable ? record(row).path : record(row).path + u'\n' + record(row).error;
    case Qt::TextAlignmentRole: {
        const Columns which = kind(index.column());
        if (which == TotalColumn || which == AxisColumn || which == PriceColumn || which == ProblemsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const ReviewRecord &r = record(row);
    switch (kind(index.column())) {
    case DateColumn:
        return r.date.isValid() ? r.date.toString(Qt::ISODate) : QString();
    case TotalColumn:
    case AxisColumn: {
        const QVariant tenths = value(row, index.column());
        return tenths.isValid() ? Tenths::format(tenths.toInt()) : QString();
    }
    case PriceColumn: {
        if (!r.price)
            return QString();
        const LanguageSpec *language = m_index->schema().language(r.lang);
        return ReviewHtml::formatPrice(*r.price, language ? language->currency : QString());
    }
    case TranslationColumn:
        return translationStatus(row);
    case ProblemsColumn: {
        const int count = value(row, index.column()).toInt();
        return count > 0 ? QString::number(count) : QString();
    }
    case TranslationStateColumn: {
        const auto state = translationState(row);
        return state ? TranslationStatus::stateName(*state) : QString();
    }
    case GitStatusColumn:
        return gitStatusName(gitStatus(row).toString());
    default:
        return value(row, index.column());
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !m_index)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (kind(section)) {
    case NameColumn: return tr("Name");
    case LayoutColumn: return tr("Layout");
    case CompanyColumn: return tr("Company");
    case LangColumn: return tr("Language");
    case DateColumn: return tr("Date");
    case TotalColumn: return tr("Total");
    case AxisColumn: {
        const AxisSpec &axis = m_index->schema().axes().at(axisOf(section));
        return m_index->schema().localized(axis.label, QLocale().name().section(u'_', 0, 0), axis.id);
    }
    case PriceColumn: return tr("Price");
    case TagsColumn: return tr("Tags");
    case TranslationColumn: return tr("Translation");
    case ProblemsColumn: return tr("Problems");
    case TranslationStateColumn: return tr("Translation status");
    case GitStatusColumn: return tr("Git");
    case ColumnCount: break;
    }
    return {};
}

void LibraryModel::setProblemCounts(const QHash<QString, int> &counts)
{
    m_problemCounts = counts;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, column(ProblemsColumn)), index(rowCount() - 1, column(ProblemsColumn)));
}

void LibraryModel::setProblemCount(const QString &path, int count)
{
    m_problemCounts.insert(path, count);
    const int row = m_index->indexOf(path);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, column(ProblemsColumn)), index(row, column(ProblemsColumn)));
}

void LibraryModel::setTranslationStates(const QHash<QString, TranslationState> &states)
{
    m_translationStates = states;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, column(TranslationStateColumn)), index(rowCount() - 1, column(TranslationStateColumn)));
}

void LibraryModel::setTranslationState(const QString &path, TranslationState state)
{
    m_translationStates.insert(path, state);
    const int row = m_index->indexOf(path);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, column(TranslationStateColumn)), index(row, column(TranslationStateColumn)));
}

std::optional<TranslationState> LibraryModel::translationState(int row) const
{
    const ReviewRecord &r = record(row);
    if (m_refLanguages.value(r.ref).size() <= 1)
        return TranslationState::Missing; // known from the index alone
    const auto it = m_translationStates.constFind(r.path);
    return it == m_translationStates.cend() ? std::nullopt : std::optional<TranslationState>(*it);
}

void LibraryModel::setGitStatuses(const QHash<QString, QString> &statuses)
{
    // Rows whose status changed (either side of the change), so that a refresh after one
    // save repaints one row, not the library.
    QSet<QString> changed;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (m_gitStatuses.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_gitStatuses.cbegin(); it != m_gitStatuses.cend(); ++it) {
        if (!statuses.contains(it.key()))
            changed.insert(it.key());
    }
    const bool wasKnown = m_gitKnown;
    m_gitStatuses = statuses;
    m_gitKnown = true;
    if (!wasKnown || changed.size() > 64) {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, SortRole, GitStatusRole});
        return;
    }
    for (const QString &path : std::as_const(changed)) {
        const int row = m_index->indexOf(path);
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), {Qt::DisplayRole, SortRole, GitStatusRole});
    }
}

QVariant LibraryModel::gitStatus(int row) const
{
    if (!m_gitKnown)
        return {};
    return m_gitStatuses.value(record(row).path, QStringLiteral("unchanged"));
}

QString LibraryModel::gitStatusName(const QString &id)
{
    if (id == QLatin1String("modified"))
        return tr("modified");
    if (id == QLatin1String("new"))
        return tr("new");
    if (id == QLatin1String("untracked"))
        return tr("untracked");
    if (id == QLatin1String("deleted"))
        return tr("deleted");
    return {};
}

void LibraryModel::rebuildPairs()
{
    m_refLanguages.clear();
    for (const auto &r : m_index->records()) {
        QStringList &languages = m_refLanguages[r.ref];
        if (!languages.contains(r.lang)) {
            languages.append(r.lang);
            languages.sort();
        }
    }
    // A new or removed review changes its partners' translation status too.
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, column(TranslationColumn)), index(m_rowCount - 1, column(TranslationColumn)));
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, column(TranslationStateColumn)), index(m_rowCount - 1, column(TranslationStateColumn)));
}

} // namespace Rubric
