#include "printexport.h"

#include "document/reviewdocument.h"
#include "print/pdfexport.h"
#include "print/printdocument.h"
#include "printoptionsdialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace Rubric {

PrintExport::PrintExport(QWidget *window, QStatusBar *statusBar)
    : QObject(window)
    , m_window(window)
    , m_statusBar(statusBar)
{
}

QString PrintExport::askForPdf(const QString &suggestedName)
{
    PrintOptionsDialog setup(m_window);
    if (setup.exec() != QDialog::Accepted)
        return {};
    const QString folder = QSettings().value(QStringLiteral("print/lastFolder"), QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export PDF"), QDir(folder).filePath(suggestedName),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    path = PdfExport::withPdfSuffix(path);
    QSettings().setValue(QStringLiteral("print/lastFolder"), QFileInfo(path).absolutePath());
    return path;
}

void PrintExport::exportPdf(const ReviewDocument *document)
{
    if (!document)
        return;
    const QString path = askForPdf(PdfExport::fileNameFor(document->filePath(), document->lang()));
    if (path.isEmpty())
        return;
    PrintDocument print(PrintOptionsDialog::remembered());
    print.addReview(PrintedReview::from(*document));
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = PdfExport::write(print, path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(m_window, tr("Export PDF"), error);
        return;
    }
    m_statusBar->showMessage(tr("Exported %1 (%n page(s))", nullptr, print.pageCount()).arg(QDir::toNativeSeparators(path)),
                             8000);
}

void PrintExport::print(const ReviewDocument *document)
{
    if (!document)
        return;
    const PrintOptions options = PrintOptionsDialog::remembered();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(options.pageSize, QPageLayout::Portrait, options.margins, QPageLayout::Millimeter));
    printer.setDocName(document->string(QStringLiteral("title")));
    const PrintedReview review = PrintedReview::from(*document);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [review](QPrinter *target) {
        // The preview may change the page size or margins: lay out afresh each time.
        const QPageLayout layout = target->pageLayout();
        PrintOptions chosen;
        chosen.pageSize = layout.pageSize();
        chosen.margins = layout.margins(QPageLayout::Millimeter);
        PrintDocument print(chosen);
        print.addReview(review);
        print.print(target);
    });
    preview.resize(m_window->size() * 0.8);
    preview.exec();
}

void PrintExport::exportBooklet(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_bookletRunning) {
        m_statusBar->showMessage(tr("A booklet is being exported; wait for it to finish."), 5000);
        return;
    }
    const QString path = askForPdf(tr("reviews.pdf"));
    if (path.isEmpty())
        return;
    const PrintOptions options = PrintOptionsDialog::remembered();
    m_bookletRunning = true;
    m_statusBar->showMessage(tr("Exporting a booklet of %n review(s)…", nullptr, int(paths.size())));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, count = paths.size()] {
        watcher->deleteLater();
        m_bookletRunning = false;
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            m_statusBar->clearMessage();
            QMessageBox::warning(m_window, tr("Export Booklet"), error);
            return;
        }
        m_statusBar->showMessage(tr("Exported a booklet of %n review(s) to %1", nullptr, int(count))
                                     .arg(QDir::toNativeSeparators(path)),
                                 8000);
    });
    // Reads the saved files: a booklet is made of what is on disk.
    watcher->setFuture(QtConcurrent::run([paths, path, options]() -> QString {
        PrintDocument print(options);
        print.setBooklet(true);
        for (const QString &file : paths) {
            ReviewDocument document(Schema::forFile(file));
            if (!document.load(file))
                return tr("%1 could not be read.").arg(QDir::toNativeSeparators(file));
            print.addReview(PrintedReview::from(document));
        }
        QString error;
        return PdfExport::write(print, path, &error) ? QString() : error;
    }));
}

} // namespace Rubric
