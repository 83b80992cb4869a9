#pragma once

#include "siteedit.h"
#include "tagtaxonomy.h"

#include <QAbstractTableModel>

namespace Rubric {

// The Tags dock's table: the tags of one language of a site (TagTaxonomy) with their
// counts, counterparts in the other language, near-duplicate spellings and singletons.
class TagsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { TagColumn, CountColumn, CounterpartColumn, NearColumn, ColumnCount };
    enum Roles {
        NameRole = Qt::UserRole, // the tag as written
        CountRole,               // int: reviews using it
        CounterpartRole,         // the other language's tag, or ""
        NearRole,                // QStringList: the other spellings of its near-duplicate group
        SingletonRole,           // bool: used by one review
    };

    explicit TagsModel(QObject *parent = nullptr);

    // Rebuilds from `records`, describing `lang` with counterparts from `otherLang`.
    void setRecords(const ReviewRecords &records, const QString &lang, const QString &otherLang);
    // Shows a taxonomy built elsewhere (off the GUI thread: it takes ~0.2 s on 7,600 reviews).
    void setTaxonomy(TagTaxonomy taxonomy);
    const TagTaxonomy &taxonomy() const { return m_taxonomy; }
    QString lang() const { return m_taxonomy.lang; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TagTaxonomy m_taxonomy;
    QHash<QString, QStringList> m_near; // tag -> the other spellings of its group
};

// A rename or merge of tags as the site edit engine's per-file changes: every review of
// `lang` using one of `from` gets them renamed to `to`. `bothLanguages`: the counterparts
// (learned from the pairs) of `from` in the other language become the counterpart of `to`
// there; with no counterpart known for them, `error` says which and nothing is returned.
struct TagRename
{
    QList<SiteEdit::FileChanges> files;
    QString description;
};
std::optional<TagRename> tagRename(const ReviewRecords &records, const QStringList &from, const QString &to,
                                   const QString &lang, const QString &otherLang, bool bothLanguages, QString *error);

} // namespace Rubric
