#pragma once

#include "siteedit.h"

#include "document/problem.h"
#include "document/reviewdocument.h"

#include <QHash>

#include <memory>
#include <optional>

namespace Rubric {

// A site's tag normalization, configured in its rubric-schema.yml, so a normalizer script
// becomes configuration:
//
//   tags:
//     en:
//       canonical: [In-ear monitors, Headphones, DAC]
//       synonyms: {IEM: In-ear monitors, Earphones: In-ear monitors}
//     ja:
//       canonical: [インイヤーモニター]
//
// A tag is non-canonical when it is a synonym, or a near-duplicate (TagTaxonomy::nearKey:
// case, width, hyphens, plural) of a canonical tag written another way. The
// `tag.noncanonical` rule reports each as a warning on the `tags` line; the fix renames it
// to the canonical tag through the site edit engine (one file or the whole site).
class TagRules final
{
public:
    static constexpr const char *ruleCode = "tag.noncanonical";

    // From the text of a rubric-schema.yml; no `tags` section gives empty rules.
    static std::optional<TagRules> fromYaml(const QByteArray &yaml, QString *error);
    // The site's rubric-schema.yml; none at all gives empty rules.
    static std::optional<TagRules> forSite(const QString &siteRoot, QString *error);

    bool isEmpty() const { return m_canonical.isEmpty() && m_synonyms.isEmpty(); }
    // The canonical spelling of `tag` in `lang` when `tag` is not it; nothing otherwise.
    std::optional<QString> canonical(const QString &lang, const QString &tag) const;
    // `tag.noncanonical` warnings for the tags of `document`, on its `tags` line.
    Problems check(const ReviewDocument &document) const;
    // The same for a review of language `lang` (the validator's parsed front matter).
    Problems check(const QString &lang, const FrontMatter &frontMatter) const;
    // Makes every tag of `document` canonical as one step on its undo stack (duplicates
    // merged in place); nothing to change gives an unchanged outcome.
    EditOutcome fix(ReviewDocument &document) const;
    // The changes that make every tag of `tags` canonical (renames, merging duplicates).
    QList<SiteChange> fixes(const QString &lang, const QStringList &tags) const;

private:
    QHash<QString, QHash<QString, QString>> m_canonical; // lang -> near key -> canonical tag
    QHash<QString, QHash<QString, QString>> m_synonyms;  // lang -> synonym -> canonical tag
};

// Registers the checks of lib/edit (`tag.noncanonical`, configured by the site's
// `tags:` section) with CheckRegistry; a program calls it once at start-up.
namespace EditChecks {
void registerChecks();
// The site's rules for `overrideYaml` (its rubric-schema.yml text), parsed once per
// distinct text and shared; safe from any thread. A `tags:` section that does not parse
// gives empty rules (Schema reports the file's YAML errors).
std::shared_ptr<const TagRules> rulesFor(const QByteArray &overrideYaml);
} // namespace EditChecks

} // namespace Rubric
