#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Rubric {

class PrintDocument;

// Writes a PrintDocument as a PDF: QPdfWriter for the pages (text as text with the
// fonts embedded, the radar chart as vectors), then PdfUpdate for the language, author
// and bookmarks; saved atomically. Usable from worker threads.
class PdfExport final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::PdfExport)

public:
    // The PDF's bytes; empty with `error` set when painting failed.
    static QByteArray render(PrintDocument &document, QString *error);
    static bool write(PrintDocument &document, const QString &path, QString *error);
    // The PDF's name for a review: "sony-ier-m9.ja.pdf" (both languages share a stem).
    static QString fileNameFor(const QString &reviewPath, const QString &lang);
    // `path` ending in ".pdf", so that a PDF never takes a review's name.
    static QString withPdfSuffix(const QString &path);
};

} // namespace Rubric
