#pragma once

#include "document/problem.h"
#include "site/reviewrecord.h"

#include <QDate>
#include <QFuture>
#include <QHash>
#include <QString>

namespace Rubric {

class Schema;

// What validating a whole site found, by site-relative path: each file's own problems
// (Validator, against the site's schema) and the problems across files (SiteChecks).
struct SiteValidationResult
{
    QHash<QString, Problems> fileProblems;
    QHash<QString, Problems> siteProblems;
    int files = 0; // reviews checked

    // The file's problems, then the ones across files.
    Problems problemsFor(const QString &sitePath) const;
    int count(const QString &sitePath) const;
    int total() const;
};

// One place validates a site: every review of it, then the rules across files. Used by
// `rubric validate` and the library (the GUI calls validateAsync). Pure: no widgets, no
// state; the per-file pass runs on the global thread pool.
namespace SiteValidation {

// One review checked against `schema`: its own problems (a load.* problem when it cannot
// be read), and, when `record` is given, its record for the rules across files, taken
// from the same bytes. The file is read once, bounded by its size (readFileBounded).
Problems checkFile(const QString &path, const Schema &schema, const QString &sitePath, ReviewRecord *record = nullptr,
                   QDate today = QDate::currentDate());

// Over the records of an index (SiteIndex::records(), or read some other way): `root` is
// the site folder the records' paths are relative to, `schema` the site's (Schema::forSite).
SiteValidationResult validate(const ReviewRecords &records, const QString &root, const Schema &schema);
// The same without blocking: the future's one result is the whole result.
QFuture<SiteValidationResult> validateAsync(const ReviewRecords &records, const QString &root, const Schema &schema);

} // namespace SiteValidation
} // namespace Rubric
