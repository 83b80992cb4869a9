#include "tagsmodel.h"

#include <QCoreApplication>

namespace Rubric {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::TagsModel)
};

QList<SiteEdit::FileChanges> filesWith(const ReviewRecords &records, const QStringList &tags, const QString &lang,
                                       const SiteChange &change)
{
    // A review holding only the target already reads as wanted: not read, not previewed.
    QStringList olds = tags;
    olds.removeAll(change.value);
    QList<SiteEdit::FileChanges> files;
    for (const auto &record : records) {
        if (record.lang != lang)
            continue;
        if (std::any_of(olds.cbegin(), olds.cend(), [&record](const QString &tag) { return record.tags.contains(tag); }))
            files.append({record.path, {change}});
    }
    return files;
}

} // namespace

TagsModel::TagsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TagsModel::setRecords(const ReviewRecords &records, const QString &lang, const QString &otherLang)
{
    setTaxonomy(TagTaxonomy::build(records, lang, otherLang));
}

void TagsModel::setTaxonomy(TagTaxonomy taxonomy)
{
    beginResetModel();
    m_taxonomy = std::move(taxonomy);
    m_near.clear();
    for (const auto &group : std::as_const(m_taxonomy.nearDuplicates)) {
        for (const auto &tag : group.tags) {
            QStringList others = group.tags;
            others.removeOne(tag);
            m_near.insert(tag, others);
        }
    }
    endResetModel();
}

int TagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_taxonomy.tags.size());
}

int TagsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagTaxonomy::Tag &tag = m_taxonomy.tags.at(index.row());
    switch (role) {
    case NameRole: return tag.name;
    case CountRole: return tag.count;
    case CounterpartRole: return tag.counterpart;
    case NearRole: return m_near.value(tag.name);
    case SingletonRole: return tag.count == 1;
    case Qt::DisplayRole:
        switch (Columns(index.column())) {
        case TagColumn: return tag.name;
        case CountColumn: return tag.count;
        case CounterpartColumn: return tag.counterpart;
        case NearColumn: {
            // With their counts: which spelling the site mostly uses decides the merge.
            QStringList near;
            for (const QString &other : m_near.value(tag.name)) {
                const TagTaxonomy::Tag *found = m_taxonomy.find(other);
                near.append(Tr::tr("%1 (%2)").arg(other).arg(found ? found->count : 0));
            }
            return near.join(QLatin1String(", "));
        }
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CounterpartColumn && !tag.counterpart.isEmpty())
            return Tr::tr("Both tags are on %n translation pairs", nullptr, tag.counterpartPairs);
        if (index.column() == NearColumn && m_near.contains(tag.name))
            return Tr::tr("Written another way: %1. Select them all and Merge into… the one to keep.")
                .arg(m_near.value(tag.name).join(QLatin1String(", ")));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant TagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Columns(section)) {
    case TagColumn: return Tr::tr("Tag");
    case CountColumn: return Tr::tr("Reviews");
    case CounterpartColumn: return m_taxonomy.otherLang.isEmpty() ? Tr::tr("Counterpart")
                                                                   : Tr::tr("In %1").arg(m_taxonomy.otherLang);
    case NearColumn: return Tr::tr("Near duplicates");
    case ColumnCount: break;
    }
    return {};
}

std::optional<TagRename> tagRename(const ReviewRecords &records, const QStringList &from, const QString &to,
                                   const QString &lang, const QString &otherLang, bool bothLanguages, QString *error)
{
    const SiteChange change = SiteChange::renameTags(from, to);
    TagRename result{filesWith(records, from, lang, change), change.description()};
    if (!bothLanguages)
        return result;
    const TagTaxonomy taxonomy = TagTaxonomy::build(records, lang, otherLang);
    QStringList counterparts;
    for (const auto &tag : from) {
        const TagTaxonomy::Tag *known = taxonomy.find(tag);
        if (!known || known->counterpart.isEmpty()) {
            *error = Tr::tr("No counterpart of \"%1\" is known in %2.").arg(tag, taxonomy.otherLang);
            return std::nullopt;
        }
        if (!counterparts.contains(known->counterpart))
            counterparts.append(known->counterpart);
    }
    const TagTaxonomy::Tag *target = taxonomy.find(to);
    // A new name has no counterpart yet: the other language keeps one spelling, the first's.
    const QString otherTarget = target && !target->counterpart.isEmpty() ? target->counterpart : counterparts.constFirst();
    if (counterparts == QStringList{otherTarget})
        return result;
    const SiteChange other = SiteChange::renameTags(counterparts, otherTarget);
    result.files += filesWith(records, counterparts, taxonomy.otherLang, other);
    result.description += QLatin1String("; ") + other.description();
    return result;
}

} // namespace Rubric
