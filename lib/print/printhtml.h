#pragma once

#include <QList>
#include <QString>

namespace Rubric {

struct PrintedReview;

// The HTML of the printed pages. A review's chapter is its print header (name, kind,
// company, date, total, the axes' scores beside a radar chart, summary, tags, price)
// followed by the body as the preview renders it. Labels are in the review's language,
// like the text around them.
namespace PrintHtml {

enum class Label { Total, Price, Tags, Contents, Reviews, ReviewCount };
QString label(Label label, const QString &lang, int count = 0);

QString styleSheet();
// The text that stands where RadarTextObject puts the chart of chapter `index`.
QString radarMarker(int index);
// The chapter; `bodyHtml` is MarkdownRenderer's HTML of the review's body.
QString chapter(const PrintedReview &review, const QString &bodyHtml, int index, bool newPage);
QString cover(const QString &title, const QList<PrintedReview> &reviews, const QString &lang);
// The table of contents; each row's page number stands as tocMarker(i) until known.
QString contents(const QList<PrintedReview> &reviews, const QString &lang);
QString tocMarker(int index);
// A marker as the HTML puts it: inside an anchor named markerAnchor(marker), which tells
// it from the same text written in a review's body.
QString markerHtml(const QString &marker);
QString markerAnchor(const QString &marker);
// The anchor of chapter `index`'s title, and back.
QString chapterAnchor(int index);
int chapterIndex(const QString &anchor, bool *ok);

} // namespace PrintHtml
} // namespace Rubric
