#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Rubric {

// A parsed search query: an AND of groups, each an OR of terms (`a OR b c` is (a|b) & c).
// Words and "phrases" are matched in a section's folded text; field terms (tag:, company:,
// lang:, layout:, and `--where` comparisons such as total>=3.5) select files and are
// resolved to paths by the caller (SiteSearch) into `fieldPaths`; section: selects sections
// by heading (the caller adds the headings of a schema section or axis id).
struct SearchQuery
{
    struct Term
    {
        enum Kind { Text, Field, Section };
        Kind kind = Text;
        bool exclude = false;
        QString raw;             // as written, without the leading '-' (Field: the key of fieldPaths)
        QString folded;          // Text: the folded words; Section: the folded heading or id
        QSet<QString> headings;  // Section: folded headings that match (filled by the caller)
    };
    QList<QList<Term>> groups;
    QHash<QString, QSet<QString>> fieldPaths; // Field term raw -> site paths it accepts

    // `isField` says whether a bare `name<op>value` word is a comparison (the caller knows the
    // columns); `tag:` `company:` `lang:` `layout:` are always fields, `section:` a section.
    static SearchQuery parse(const QString &query, const std::function<bool(const QString &)> &isField = {});
    bool hasTextConstraint() const; // some group of positive words only: the FTS index narrows
    bool hasSectionTerm() const;
};

} // namespace Rubric
