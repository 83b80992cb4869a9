#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Rubric {

// What Qt 6.4's QPdfWriter cannot write: the document's language, its author and an
// outline (bookmarks). PdfUpdate adds them to a finished PDF as an incremental update
// (PDF 1.7, 7.5.6): the catalog and the information dictionary are rewritten as new
// revisions, the outline's objects are appended, and a new cross-reference section
// points back at the original one. Qt's bytes are never touched.
namespace PdfUpdate {

struct Bookmark
{
    QString title;
    int page = 0;        // from 0
    double top = 0;      // points from the top of the page
    QList<Bookmark> children;
};

struct Extras
{
    QString language;    // BCP 47, "en", "ja"
    QString author;
    QList<Bookmark> bookmarks;
    double pageHeight = 0; // points: every page of a QPdfWriter has the same size
    // The text the PDF shows. Qt maps each glyph back to the lowest code point that uses
    // it, so in CJK fonts 力 is extracted as the Kangxi radical ⼒ and ・ as ‧; where
    // the look-alike is not in this text and its compatibility form (or known twin)
    // is, the fonts' ToUnicode maps are rewritten to the character really shown.
    QString text;
};

// Appends the update to `pdf`; false (with `error`) when `pdf` is not a PDF this reads
// (a classic cross-reference table, as Qt writes), leaving it unchanged.
bool apply(QByteArray &pdf, const Extras &extras, QString *error);

// `cmap` (a ToUnicode CMap's text) with look-alike code points replaced as described
// at Extras::text, and Latin ligatures (U+FB00..FB06) mapped to their letters unless
// `text` shows the ligature character itself; unchanged when nothing needs it.
QByteArray fixedToUnicode(const QByteArray &cmap, const QString &text);

// A PDF text string: UTF-16BE with a byte order mark, as a hex string.
QByteArray textString(const QString &text);

} // namespace PdfUpdate
} // namespace Rubric
