#pragma once

#include "translationstatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Rubric {

class SiteIndex;
struct ReviewText;
class TranslationRecord;

// A source review and its translation into one language (or the lack of one).
struct TranslationPair
{
    QString ref;
    QString source;     // site-relative paths
    QString target;     // empty when the translation is missing
    QString sourceLang;
    QString targetLang;
    TranslationState state = TranslationState::Missing;
    // Items per state (indexed by TranslationState), once the status is computed.
    std::array<int, 4> counts{};
    QString error;      // why the status could not be computed (a file does not read)
};

// The translation pairs of a site, found by `ref` as the site index pairs reviews. Which
// side is the source: the one the translation record names for the other, else the
// review in the schema's first language (English), else the first by path.
class TranslationPairs final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::TranslationPairs)

public:
    TranslationPairs() = delete;

    // Every pair, sorted by source path then target language; a review without a
    // translation gives one pair per missing language, in state Missing. States are not
    // computed yet, but for those.
    static QList<TranslationPair> find(const SiteIndex &index, const TranslationRecord &record);
    // Reads both files of a pair and sets its state and counts (or its error).
    static void computeState(TranslationPair &pair, const QString &siteRoot, const Schema &schema,
                             const TranslationRecord &record);
    // find() and computeState() for every pair.
    static QList<TranslationPair> scan(const SiteIndex &index, const TranslationRecord &record);
    // The site-relative path of the translation of `sourceSitePath` into `lang`: where
    // the layout puts it, else a review in that language's folder with the same ref (the
    // pairs only `ref` links), else where it would be created (which does not exist).
    static QString findCounterpart(const QString &siteRoot, const QString &sourceSitePath, const ReviewText &source,
                                   const QString &lang, const Schema &schema);
    // The language a review is translated into by default: the site's first other one.
    static QString defaultTargetLang(const QString &sourceLang, const Schema &schema);
    // The state of each review of the site, by site-relative path (both sides of a pair
    // carry the pair's state); for the library's translation column.
    static QHash<QString, TranslationState> statesByPath(const QList<TranslationPair> &pairs);
};

} // namespace Rubric
