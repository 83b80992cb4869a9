#pragma once

#include "document/problem.h"

#include <QDate>
#include <QString>

namespace Rubric {

class BodyOutline;
class FrontMatter;
class ReviewDocument;
class Schema;

// What one review's checks read: the text and its parsed parts, where it lives in its
// site (for the folder and file-name rules; empty to skip them) and today's date (for
// "not in the future").
struct ValidationInput
{
    const Schema &schema;
    const QString &text;
    const FrontMatter &frontMatter;
    const BodyOutline &outline;
    QString sitePath; // e.g. "_products/en/sony/sony-ier-m9.md"
    QDate today = QDate::currentDate();
};

// A rule's stable code, severity and whether Rubric can fix it mechanically.
struct RuleInfo
{
    QString code;
    Problem::Severity severity;
    bool fixable;
    QString summary;
};

// The site's rules (FORMAT.md) and the problems its checker misses, for one review.
// Rules spanning files (pairs, duplicate refs) are in SiteRules over the site index.
namespace Validator {

Problems validate(const ValidationInput &input);
// An open document: its read problems and validate() of its text. `sitePath` defaults to
// the document's path relative to its site.
Problems validate(const ReviewDocument &document, QDate today = QDate::currentDate());
// A file on disk, read and checked without an editor document (bulk validation).
Problems validateFile(const QString &path, const Schema &schema, const QString &sitePath, QDate today = QDate::currentDate());
// The path of a file relative to its site root ("_products/en/sony/x.md"), or empty.
QString sitePathOf(const QString &filePath);
// Every rule: the built-in ones, then those of CheckRegistry's registrations.
const QList<RuleInfo> &rules();
const RuleInfo *rule(const QString &code);
// Rebuilds the catalogue after a registration changed (CheckRegistry calls it).
void catalogueChanged();

// The parts of validate(), one family of rules each (frontmatterrules.cpp, bodyrules.cpp).
void checkFields(const ValidationInput &input, Problems &problems);
void checkRating(const ValidationInput &input, Problems &problems);
void checkPlace(const ValidationInput &input, Problems &problems);
void checkSections(const ValidationInput &input, Problems &problems);
void checkBodyText(const ValidationInput &input, Problems &problems);

// A problem of rule `code` (its severity from the catalogue) at a 1-based line/column.
Problem make(const QString &code, const QString &message, int line, int column = 0, const QString &field = {});

} // namespace Validator
} // namespace Rubric
