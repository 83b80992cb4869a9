#pragma once

#include "translationrecord.h"
#include "xliff.h"

#include "document/reviewdocument.h"

#include <QCoreApplication>

namespace Rubric {

struct ReviewText;

// What importing one <file> of an XLIFF document did.
struct XliffImportOutcome
{
    QString path;          // the translation (absolute)
    bool created = false;  // it did not exist and was created from the source first
    bool changed = false;  // the file was rewritten
    int unitsApplied = 0;  // units whose translation changed the file
    QStringList warnings;  // units that did not fit, skipped
    QString error;         // nothing was written
    bool ok() const { return error.isEmpty(); }
};

// Between reviews and XLIFF: a review's translatable text as units (one per paragraph,
// list item, table row or subheading of the body, and the front-matter strings title,
// target_name, summary and the tag list, one tag a line), with the translation's current text as their
// targets; and translated units back into the translation by surgical edits. Units are
// matched by id (section id and the paragraph's number in its section), so the
// translation must keep the source's paragraph structure, as a translation created by
// Rubric does; a unit that does not fit is skipped with a warning, and so is a unit whose
// translation changed since the export (its rubric:target-hash no longer matches).
class XliffExchange final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::XliffExchange)

public:
    XliffExchange() = delete;

    static QString frontMatterGroup(); // "front-matter"
    // The hash of a unit's translated text recorded at export (rubric:target-hash).
    static QString textHash(const QString &text);

    // The units of `source`, with targets from `target` where it has the unit; with the
    // target's `entry` of the translation record, the units of items marked done there at
    // the source's current text are approved.
    static XliffFile units(const ReviewText &source, const ReviewText *target, const Schema &schema,
                           const TranslationRecord::Entry *entry = nullptr);
    // The units of a review file inside a site and of its translation into `lang` (found
    // as TranslationPairs::findCounterpart does; no targets if there is none yet).
    static std::optional<XliffFile> exportFile(const QString &sourcePath, const QString &lang, const Schema &schema,
                                               QString *error);
    // Applies the translated units of `file` (those with a non-empty target) to `target`,
    // as one undo step. Units that do not fit are skipped and named in `warnings`.
    static EditOutcome apply(const XliffFile &file, ReviewDocument &target, QStringList *warnings,
                             int *applied = nullptr);
    // Imports one <file>: reads the translation (creating it from the source first when
    // it does not exist), applies the units and saves it. `siteRoot`: where the paths
    // are relative to; empty for the site the export was made in (rubric:site). The file
    // is refused (`xliffPath` and the <file>'s line named) unless `original` is a review
    // inside the site, `rubric:target` its counterpart in `target-language` (as
    // TranslationPairs::findCounterpart finds it), inside the site once resolved, and of
    // that `lang`: an XLIFF file never chooses which file is written.
    static XliffImportOutcome importFile(const XliffFile &file, const QString &siteRoot,
                                         const QString &xliffPath = QString());
};

} // namespace Rubric
