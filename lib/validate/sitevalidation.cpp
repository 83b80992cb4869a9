#include "sitevalidation.h"

#include "document/reviewdocument.h"
#include "schema/schema.h"
#include "site/recordreader.h"
#include "sitechecks.h"
#include "validator.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace Rubric {

Problems SiteValidationResult::problemsFor(const QString &sitePath) const
{
    return fileProblems.value(sitePath) + siteProblems.value(sitePath);
}

int SiteValidationResult::count(const QString &sitePath) const
{
    return int(fileProblems.value(sitePath).size() + siteProblems.value(sitePath).size());
}

int SiteValidationResult::total() const
{
    qsizetype sum = 0;
    for (const auto &problems : fileProblems)
        sum += problems.size();
    for (const auto &problems : siteProblems)
        sum += problems.size();
    return int(sum);
}

namespace SiteValidation {

Problems checkFile(const QString &path, const Schema &schema, const QString &sitePath, ReviewRecord *record, QDate today)
{
    // ReviewDocument::load reads with readFileBounded; no editor state is kept.
    ReviewDocument document(schema);
    if (!document.load(path))
        return document.readProblems();
    if (record)
        *record = RecordReader::fromFrontMatter(document.frontMatter(), sitePath, schema);
    return Validator::validate({schema, document.text(), document.frontMatter(), document.outline(), sitePath, today});
}

SiteValidationResult validate(const ReviewRecords &records, const QString &root, const Schema &schema)
{
    SiteValidationResult result;
    result.files = int(records.size());
    const QDir site(root);
    const QDate today = QDate::currentDate(); // once: it re-reads the time zone each call
    // Each file read and checked on its own (the checks need its text, not only its record).
    const std::function<QPair<QString, Problems>(const ReviewRecord &)> checkOne = [&](const ReviewRecord &record) {
        return qMakePair(record.path, checkFile(site.filePath(record.path), schema, record.path, nullptr, today));
    };
    for (const auto &[path, problems] : QtConcurrent::blockingMapped(records, checkOne)) {
        if (!problems.isEmpty())
            result.fileProblems.insert(path, problems);
    }
    const QHash<int, Problems> across = SiteChecks::check(records, schema);
    for (auto it = across.cbegin(); it != across.cend(); ++it)
        result.siteProblems[records.at(it.key()).path] += it.value();
    return result;
}

QFuture<SiteValidationResult> validateAsync(const ReviewRecords &records, const QString &root, const Schema &schema)
{
    // Copies: the caller's index may change while this runs.
    return QtConcurrent::run([records, root, schema] { return validate(records, root, schema); });
}

} // namespace SiteValidation
} // namespace Rubric
