#include "searchresultsmodel.h"
#include "searchhighlight.h"

#include "site/siteindex.h"

#include <QFileInfo>

#include <algorithm>

namespace Rubric {

namespace {
constexpr quintptr GroupId = 0; // a hit's internal id is its group's row + 1
}

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SearchResultsModel::clear()
{
    setResults({}, nullptr, {});
}

void SearchResultsModel::setResults(const QList<SearchHit> &hits, const SiteIndex *index, const QStringList &terms)
{
    beginResetModel();
    m_groups.clear();
    m_terms = terms;
    m_hitCount = int(hits.size());
    QHash<QString, int> groupOf; // pair key -> row
    for (const SearchHit &hit : hits) {
        const int row = index ? index->indexOf(hit.path) : -1;
        const ReviewRecord *record = row >= 0 ? &index->records().at(row) : nullptr;
        // A translated pair shares its ref (and company, for products of different makers).
        const QString key = record && !record->ref.isEmpty()
                                ? record->layout + u'\n' + record->companyId + u'\n' + record->ref
                                : hit.path;
        auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            Group group;
            group.title = record ? (!record->targetName.isEmpty() ? record->targetName : record->title) : QString();
            if (group.title.isEmpty())
                group.title = QFileInfo(hit.path).completeBaseName();
            it = groupOf.insert(key, int(m_groups.size()));
            m_groups.append(group);
        }
        Group &group = m_groups[*it];
        const QString lang = record ? record->lang : QString();
        if (!group.paths.contains(hit.path))
            group.paths.append(hit.path);
        if (!lang.isEmpty() && !group.languages.contains(lang))
            group.languages.append(lang);
        // An English title reads better than a Japanese one for the group when both exist.
        if (record && lang == QLatin1String("en") && !record->targetName.isEmpty())
            group.title = record->targetName;
        group.hits.append({hit, lang});
    }
    for (Group &group : m_groups) {
        group.languages.sort();
        std::stable_sort(group.hits.begin(), group.hits.end(), [](const Hit &a, const Hit &b) {
            return std::tie(a.lang, a.hit.path, a.hit.line, a.hit.column) < std::tie(b.lang, b.hit.path, b.hit.line, b.hit.column);
        });
        group.paths.clear();
        for (const Hit &hit : group.hits) {
            if (!group.paths.contains(hit.hit.path))
                group.paths.append(hit.hit.path);
        }
    }
    endResetModel();
}

QStringList SearchResultsModel::paths() const
{
    QStringList out;
    for (const Group &group : m_groups)
        out += group.paths;
    return out;
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return parent.isValid() ? createIndex(row, column, quintptr(parent.row() + 1)) : createIndex(row, column, GroupId);
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != GroupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case TextColumn:
                return tr("%1 (%n hit(s))", nullptr, int(group.hits.size())).arg(group.title);
            case LanguageColumn:
                return group.languages.join(QStringLiteral(" · "));
            default:
                return {};
            }
        case HtmlRole:
            return index.column() == TextColumn ? QVariant(QLatin1String("<b>") + group.title.toHtmlEscaped()
                                                           + QLatin1String("</b> ")
                                                           + tr("(%n hit(s))", nullptr, int(group.hits.size())).toHtmlEscaped())
                                                : QVariant();
        case Qt::ToolTipRole:
            return group.paths.join(u'\n');
        case PathRole:
            return group.paths.value(0);
        case PathsRole:
            return group.paths;
        case LineRole:
            return 0;
        case ColumnRole:
            return 0;
        default:
            return {};
        }
    }
    const Hit &hit = m_groups.at(int(index.internalId() - 1)).hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return hit.hit.snippet.trimmed();
        case LanguageColumn:
            return hit.lang;
        case SectionColumn:
            return hit.hit.section.isEmpty() ? tr("Front matter") : hit.hit.section;
        case LineColumn:
            return hit.hit.line;
        default:
            return {};
        }
    case HtmlRole:
        return index.column() == TextColumn ? QVariant(SearchHighlight::toHtml(hit.hit.snippet.trimmed(), m_terms)) : QVariant();
    case Qt::ToolTipRole:
        return QStringLiteral("%1:%2:%3").arg(hit.hit.path).arg(hit.hit.line).arg(hit.hit.column);
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PathRole:
        return hit.hit.path;
    case PathsRole:
        return QStringList{hit.hit.path};
    case LineRole:
        return hit.hit.line;
    case ColumnRole:
        return hit.hit.column;
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Match");
    case LanguageColumn:
        return tr("Lang");
    case SectionColumn:
        return tr("Section");
    case LineColumn:
        return tr("Line");
    default:
        return {};
    }
}

} // namespace Rubric
