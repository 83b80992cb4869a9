#pragma once

#include <QList>
#include <QString>

namespace Rubric {

class Schema;
struct ReviewText;

// A run of translatable text in a review body: a paragraph, a list item, a table row,
// a subheading, or the heading of a section the schema does not list (whose heading is
// not localized by the schema). Score lines, the end date, code blocks, table rules and
// list markers stay outside segments: they are never sent for translation.
struct TextSegment
{
    QString id;          // "<section id>/<n>" (n from 1 in the section) or "<section id>/heading"
    QString sectionId;
    qsizetype start = 0; // the text to translate, in the review text
    qsizetype end = 0;
    bool tableRow = false;
};

namespace ReviewSegments {

// The segments of every section of a review, in text order.
QList<TextSegment> of(const ReviewText &review, const Schema &schema);

} // namespace ReviewSegments
} // namespace Rubric
