#pragma once

#include "site/reviewrecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Rubric {

// The tags of one language of a site: how often each is used, what it is called in the
// other language (learned from translation pairs: the tags of a review and of its
// translation), which tags are near-duplicates of each other, and which are used once.
struct TagTaxonomy
{
    struct Tag
    {
        QString name;
        int count = 0;
        QString counterpart;     // the other language's tag most tied to this one, or ""
        int counterpartPairs = 0; // pairs in which both appear
    };
    struct Group
    {
        QStringList tags;  // most used first
        int count = 0;     // reviews using any of them
    };

    QString lang;
    QString otherLang;
    QList<Tag> tags;          // most used first, then by name
    QList<Group> nearDuplicates;
    QStringList singletons;   // tags used by one review

    const Tag *find(const QString &name) const;

    // `lang`: the language described; `otherLang`: where counterparts come from ("" for
    // none, else the first other language found).
    static TagTaxonomy build(const ReviewRecords &records, const QString &lang, const QString &otherLang = {});
    // What near-duplicates share: width folded (NFKC), case folded, hyphens and
    // underscores as spaces, spaces collapsed, each word's plural reduced to its singular.
    static QString nearKey(const QString &tag);
    // Levenshtein distance, or `limit + 1` as soon as it exceeds `limit`.
    static int editDistance(QStringView a, QStringView b, int limit);
};

} // namespace Rubric
