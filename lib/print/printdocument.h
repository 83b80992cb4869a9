#pragma once

#include "printedreview.h"
#include "printoptions.h"

#include <QList>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QTextBlock;
class QTextDocument;

namespace Rubric {

// One or more reviews laid out on pages: for a single review its chapter; for a booklet
// a cover, a table of contents and one chapter per review, each on a new page. Lays out
// for the device it prints on (PDF writer, printer, preview), keeps headings with what
// follows them, numbers the pages in the footer and knows where each chapter and
// section landed (bookmarks). Qt Gui only: it runs in worker threads for a batch.
class PrintDocument final
{
public:
    struct Bookmark
    {
        QString title;
        int page = 0;    // from 0
        double top = 0;  // points from the top of the page
        QList<Bookmark> children;
    };

    explicit PrintDocument(const PrintOptions &options = {});
    ~PrintDocument();
    PrintDocument(const PrintDocument &) = delete;
    PrintDocument &operator=(const PrintDocument &) = delete;

    void addReview(const PrintedReview &review);
    void setBooklet(bool booklet) { m_booklet = booklet; }
    bool isBooklet() const { return m_booklet; }
    const QList<PrintedReview> &reviews() const { return m_reviews; }
    const PrintOptions &options() const { return m_options; }

    // The PDF's metadata: the review's title or the booklet's; the reviews' language
    // (the first one's when they differ); their author when they all name the same one.
    QString title() const;
    QString language() const;
    QString author() const;
    // Every character the pages show (text, labels, footers), once laid out.
    QString shownText() const;

    // Lays the pages out for `device` (its page layout and resolution). print() does it
    // too; call it first to look at the layout (tests, page counts).
    void layout(QPagedPaintDevice *device);
    // Paints every page on `device`, starting on its current page. False when the
    // device cannot be painted on.
    bool print(QPagedPaintDevice *device);
    int pageCount() const;
    const QList<Bookmark> &bookmarks() const { return m_bookmarks; }
    // The laid-out text, for tests: one page is pageSize().height() tall.
    const QTextDocument *textDocument() const;
    int keptHeadings() const { return m_keptHeadings; }

private:
    void build();
    QList<int> chapterStarts() const;
    void placeRadarCharts();
    void numberContents();
    void collectBookmarks();
    void paintPage(QPainter &painter, int page) const;
    void paintLinesWithin(QPainter &painter, const QTextBlock &block, const QRectF &clip) const;

    PrintOptions m_options;
    QList<PrintedReview> m_reviews;
    bool m_booklet = false;
    std::unique_ptr<QTextDocument> m_document;
    QPagedPaintDevice *m_device = nullptr;
    QList<Bookmark> m_bookmarks;
    double m_unitsPerPoint = 1;
    double m_footerHeight = 0;
    int m_keptHeadings = 0;
};

} // namespace Rubric
