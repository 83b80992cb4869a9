#pragma once

#include "translationrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Rubric {

class Schema;
struct ReviewText;

// The state of a translated item, of a review and of a pair, worst first.
enum class TranslationState {
    Missing,      // no counterpart (review), or the counterpart lacks the section or field
    Untranslated, // the target still holds the source's text
    Outdated,     // the source changed since the target was marked done
    Done,
};

// One translatable item of a pair: a front-matter string or a body section.
struct TranslationItem
{
    enum class Kind { Field, Section };
    Kind kind = Kind::Section;
    QString id;          // the front-matter key, or the section id (ReviewSection::id)
    QString sourceText;  // normalized (ReviewSections::normalized; tags one per line)
    QString targetText;
    QString sourceHash;  // what marking the item done records
    TranslationState state = TranslationState::Missing;
};

// How a translation's state is told from its text and the translation record:
// - missing: the target has no such section or field;
// - done: the record holds the hash of the source's current text for the item;
// - outdated: the record holds another hash (the source changed since it was marked done);
// - untranslated: no record, and the target's text equals the source's (a copied body
//   section, or the summary; an extra section's text includes its heading); names, titles and tags often stay the same in a
//   translation, so for them equality alone does not mean untranslated;
// - otherwise done: a translation made before the record, or outside Rubric.
class TranslationStatus final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::TranslationStatus)

public:
    TranslationStatus() = delete;

    // The translatable front-matter strings: title, target_name, summary, tags.
    static const QStringList &translatableFields();
    // The normalized text of a field (tags one per line), empty if absent.
    static QString fieldText(const ReviewText &review, const QString &key);

    // The items of a pair, fields first, then the sections in source order. `entry`: the
    // target's entry in the translation record, if any.
    static QList<TranslationItem> items(const ReviewText &source, const ReviewText &target, const Schema &schema,
                                        const TranslationRecord::Entry *entry);
    // The state of a review: missing, then untranslated, then outdated win over done.
    static TranslationState overall(const QList<TranslationItem> &items);

    static QString stateId(TranslationState state); // "missing", "untranslated", "outdated", "done"
    static std::optional<TranslationState> stateFromId(const QString &id);
    static QString stateName(TranslationState state); // translated for the UI
};

} // namespace Rubric
