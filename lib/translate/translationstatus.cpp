#include "translationstatus.h"

#include "reviewsections.h"
#include "reviewtext.h"
#include "schema/schema.h"

namespace Rubric {

namespace {

// Fields for which an unchanged copy of the source means "not translated yet".
bool equalityMeansUntranslated(const QString &key)
{
    return key == QLatin1String("summary");
}

TranslationState stateOf(const TranslationItem &item, const QMap<QString, QString> *done, bool equalityCounts)
{
    const QString recorded = done ? done->value(item.id) : QString();
    if (!recorded.isEmpty())
        return recorded == item.sourceHash ? TranslationState::Done : TranslationState::Outdated;
    if (equalityCounts && !item.sourceText.isEmpty() && item.targetText == item.sourceText)
        return TranslationState::Untranslated;
    return TranslationState::Done;
}

} // namespace

const QStringList &TranslationStatus::translatableFields()
{
    static const QStringList keys = {QStringLiteral("title"), QStringLiteral("target_name"),
                                     QStringLiteral("summary"), QStringLiteral("tags")};
    return keys;
}

QString TranslationStatus::fieldText(const ReviewText &review, const QString &key)
{
    const YamlValue value = review.frontMatter.value(key);
    if (value.isSequence())
        return value.scalarItems().join(u'\n');
    return value.isScalar() ? ReviewSections::normalized(value.scalar) : QString();
}

QList<TranslationItem> TranslationStatus::items(const ReviewText &source, const ReviewText &target, const Schema &schema,
                             const TranslationRecord::Entry *entry)
{
    QList<TranslationItem> result;
    for (const auto &key : translatableFields()) {
        if (!source.frontMatter.contains(key))
            continue;
        TranslationItem item;
        item.kind = TranslationItem::Kind::Field;
        item.id = key;
        item.sourceText = fieldText(source, key);
        item.targetText = fieldText(target, key);
        item.sourceHash = ReviewSections::hash(item.sourceText);
        item.state = !target.frontMatter.contains(key)
                         ? TranslationState::Missing
                         : stateOf(item, entry ? &entry->fields : nullptr, equalityMeansUntranslated(key));
        result.append(item);
    }
    for (const auto &section : ReviewSections::align(source, target, schema)) {
        if (!section.source.exists())
            continue; // the target's own extra sections have nothing to be translated from
        TranslationItem item;
        item.id = section.id;
        item.sourceText = ReviewSections::normalizedText(source.text, section.source);
        item.targetText = ReviewSections::normalizedText(target.text, section.target);
        if (section.source.isExtra()) {
            // The schema does not localize an extra section's heading: it is part of what
            // is translated (a reference list under a translated heading is translated).
            item.sourceText.prepend(section.source.headingText + QLatin1String("\n\n"));
            if (section.target.exists())
                item.targetText.prepend(section.target.headingText + QLatin1String("\n\n"));
        }
        item.sourceHash = ReviewSections::hash(item.sourceText);
        item.state = !section.target.exists() ? TranslationState::Missing
                                              : stateOf(item, entry ? &entry->sections : nullptr, true);
        result.append(item);
    }
    return result;
}

TranslationState TranslationStatus::overall(const QList<TranslationItem> &items)
{
    TranslationState worst = TranslationState::Done;
    for (const auto &item : items) {
        // A section missing from an existing translation is work not done yet.
        const TranslationState state =
            item.state == TranslationState::Missing ? TranslationState::Untranslated : item.state;
        worst = std::min(worst, state);
    }
    return worst;
}

QString TranslationStatus::stateId(TranslationState state)
{
    switch (state) {
    case TranslationState::Missing: return QStringLiteral("missing");
    case TranslationState::Untranslated: return QStringLiteral("untranslated");
    case TranslationState::Outdated: return QStringLiteral("outdated");
    case TranslationState::Done: return QStringLiteral("done");
    }
    return {};
}

std::optional<TranslationState> TranslationStatus::stateFromId(const QString &id)
{
    for (auto state : {TranslationState::Missing, TranslationState::Untranslated, TranslationState::Outdated,
                       TranslationState::Done}) {
        if (stateId(state) == id)
            return state;
    }
    return std::nullopt;
}

QString TranslationStatus::stateName(TranslationState state)
{
    switch (state) {
    case TranslationState::Missing: return tr("missing");
    case TranslationState::Untranslated: return tr("untranslated");
    case TranslationState::Outdated: return tr("outdated");
    case TranslationState::Done: return tr("done");
    }
    return {};
}

} // namespace Rubric
