#include "pdfexport.h"

#include "pdfupdate.h"
#include "printdocument.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace Rubric {

namespace {

QList<PdfUpdate::Bookmark> toPdf(const QList<PrintDocument::Bookmark> &bookmarks, double marginTop)
{
    QList<PdfUpdate::Bookmark> result;
    for (const auto &bookmark : bookmarks)
        result.append({bookmark.title, bookmark.page, marginTop + bookmark.top, toPdf(bookmark.children, marginTop)});
    return result;
}

} // namespace

QByteArray PdfExport::render(PrintDocument &document, QString *error)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("Rubric"));
        const PrintOptions &options = document.options();
        writer.setPageLayout(QPageLayout(options.pageSize, QPageLayout::Portrait, options.margins, QPageLayout::Millimeter));
        if (!document.print(&writer)) {
            *error = tr("The PDF could not be painted.");
            return {};
        }
    }
    const PrintOptions &options = document.options();
    const QPageLayout layout(options.pageSize, QPageLayout::Portrait, options.margins, QPageLayout::Millimeter);
    PdfUpdate::Extras extras;
    extras.language = document.language();
    extras.author = document.author();
    extras.text = document.shownText();
    extras.pageHeight = layout.fullRect(QPageLayout::Point).height();
    extras.bookmarks = toPdf(document.bookmarks(), layout.margins(QPageLayout::Point).top());
    if (!PdfUpdate::apply(bytes, extras, error))
        return {};
    return bytes;
}

bool PdfExport::write(PrintDocument &document, const QString &path, QString *error)
{
    const QByteArray bytes = render(document, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

QString PdfExport::fileNameFor(const QString &reviewPath, const QString &lang)
{
    const QString stem = QFileInfo(reviewPath).completeBaseName();
    return (lang.isEmpty() ? stem : QString(stem + u'.' + lang)) + QLatin1String(".pdf");
}

QString PdfExport::withPdfSuffix(const QString &path)
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : QString(path + QLatin1String(".pdf"));
}

} // namespace Rubric
