#pragma once

#include <QList>
#include <QString>

namespace Rubric {

class Schema;
struct ReviewText;

// One level-2 section of a review as translation sees it. Sections are identified by
// their position in the schema's section list (so `## Overview` and `## 概要` are both
// "overview"), never by their text; level-2 sections the schema does not list (References,
// 参考情報, ...) are "extra-1", "extra-2", ... in the order they appear.
struct ReviewSection
{
    QString id;
    int schemaIndex = -1;       // in Schema::sections(); -1 for an extra section
    int heading = -1;           // in BodyOutline::headings(); -1 when the review lacks it
    QString headingText;
    qsizetype headingStart = 0; // the heading line
    qsizetype headingTextStart = 0; // the heading's text within its line
    qsizetype headingTextEnd = 0;
    // The translatable content: after the heading line (and after the score line right
    // under it, which belongs to the rating), up to the next level-2 heading.
    qsizetype contentStart = 0;
    qsizetype contentEnd = 0;

    bool exists() const { return heading >= 0; }
    bool isExtra() const { return schemaIndex < 0; }
};

// A source section and its counterpart in the translation (either may be missing).
struct AlignedSection
{
    QString id;
    ReviewSection source;
    ReviewSection target;
};

namespace ReviewSections {

// The schema's sections in schema order (missing ones with heading -1), then the extra
// sections in file order.
QList<ReviewSection> of(const ReviewText &review, const Schema &schema);
// Pairs two reviews' sections by id: schema sections by schema position, extras by
// their order. Source order; target-only extras are appended.
QList<AlignedSection> align(const ReviewText &source, const ReviewText &target, const Schema &schema);

// The content of a section as translation compares it: line breaks as "\n", score lines
// and the end-date line `(YYYY.M.D)` left out, trailing blanks of lines dropped, runs of
// blank lines folded into one, surrounding blank lines trimmed.
QString normalizedText(const QString &text, const ReviewSection &section);
QString normalized(QStringView content);
// The SHA-1 (hex) of a normalized text: what the translation record stores.
QString hash(const QString &normalized);
// Whether a line is the review's end date `(YYYY.M.D)`.
bool isEndDateLine(QStringView line);

} // namespace ReviewSections
} // namespace Rubric
