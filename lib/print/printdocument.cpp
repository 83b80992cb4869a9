#include "printdocument.h"

#include "keepwithnext.h"
#include "printhtml.h"
#include "radarchart.h"
#include "radartextobject.h"
#include "render/markdownrenderer.h"
#include "render/resourcepolicy.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>
#include <QTextList>

namespace Rubric {

namespace {

// Loads images through the policy of the first review's site (the others' image paths
// are rewritten relative to the same root, see siteImages()).
class PolicyTextDocument final : public QTextDocument
{
public:
    explicit PolicyTextDocument(const ResourcePolicy &policy)
        : m_policy(policy)
    {
    }

protected:
    QVariant loadResource(int type, const QUrl &name) override { return m_policy.load(type, name); }

private:
    ResourcePolicy m_policy;
};

// Each review's relative image paths point into its own folder; one document has one
// folder to resolve against, so they are rewritten as paths from the site's root
// (what the policy refuses becomes an empty source: nothing is loaded).
QString siteImages(const QString &html, const ResourcePolicy &policy)
{
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]*)\""));
    QString result;
    qsizetype last = 0;
    auto it = image.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        QString source = match.captured(1);
        source.replace(QLatin1String("&amp;"), QLatin1String("&"));
        const QString rebased = policy.siteRelativeUrl(QUrl(source, QUrl::TolerantMode));
        result += QStringView(html).sliced(last, match.capturedStart(1) - last) + rebased.toHtmlEscaped();
        last = match.capturedEnd(1);
    }
    if (last == 0)
        return html;
    return result + QStringView(html).sliced(last);
}

QFont fontFor(const QString &lang)
{
    // Latin text in a Latin face, everything else in the Japanese face behind it (Han
    // characters take their Japanese forms from the JP face, for both languages). With
    // the CJK face first, Qt 6.4 shapes digits next to Latin letters ("IER-M9") to
    // alternate glyphs its PDF writer leaves out of the text map: they printed but could
    // not be searched or copied.
    Q_UNUSED(lang);
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
    font.setPointSizeF(10);
    return font;
}

} // namespace

PrintDocument::PrintDocument(const PrintOptions &options)
    : m_options(options)
{
}

PrintDocument::~PrintDocument() = default;

void PrintDocument::addReview(const PrintedReview &review)
{
    m_reviews.append(review);
    m_document.reset();
}

QString PrintDocument::title() const
{
    if (!m_booklet && m_reviews.size() == 1)
        return m_reviews.constFirst().title;
    if (!m_options.bookletTitle.isEmpty())
        return m_options.bookletTitle;
    return PrintHtml::label(PrintHtml::Label::Reviews, language());
}

QString PrintDocument::language() const
{
    return m_reviews.isEmpty() ? QString() : m_reviews.constFirst().lang;
}

QString PrintDocument::author() const
{
    if (m_reviews.isEmpty())
        return {};
    const QString first = m_reviews.constFirst().author;
    for (const auto &review : m_reviews) {
        if (review.author != first)
            return {};
    }
    return first;
}

QString PrintDocument::shownText() const
{
    return (m_document ? m_document->toPlainText() : QString()) + title();
}

const QTextDocument *PrintDocument::textDocument() const
{
    return m_document.get();
}

int PrintDocument::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

void PrintDocument::layout(QPagedPaintDevice *device)
{
    m_device = device;
    m_unitsPerPoint = device->logicalDpiY() / 72.0;
    const QPageLayout pageLayout = device->pageLayout();
    const QRect paintRect = pageLayout.paintRectPixels(device->logicalDpiX());
    m_footerHeight = 20 * m_unitsPerPoint;

    const ResourcePolicy policy = m_reviews.isEmpty() ? ResourcePolicy() : ResourcePolicy(m_reviews.constFirst().path);
    m_document = std::make_unique<PolicyTextDocument>(policy);
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(fontFor(language()));
    m_document->setDefaultStyleSheet(PrintHtml::styleSheet());
    m_document->setPageSize(QSizeF(paintRect.width(), std::max(1.0, paintRect.height() - m_footerHeight)));
    RadarTextObject::registerWith(m_document.get());
    build();
    placeRadarCharts();
    m_document->documentLayout()->documentSize();
    m_keptHeadings = KeepWithNext::apply(m_document.get());
    if (m_booklet)
        numberContents();
    collectBookmarks();
}

void PrintDocument::build()
{
    const MarkdownRenderer renderer;
    const ResourcePolicy policy = m_reviews.isEmpty() ? ResourcePolicy() : ResourcePolicy(m_reviews.constFirst().path);
    QString html;
    if (m_booklet) {
        html += PrintHtml::cover(title(), m_reviews, language());
        html += PrintHtml::contents(m_reviews, language());
    }
    for (int i = 0; i < m_reviews.size(); ++i) {
        const PrintedReview &review = m_reviews.at(i);
        QString body = renderer.toHtml(review.body);
        // The review's own tables (cmark writes a bare <table>; badges carry a class) get
        // ruled cells on paper.
        body.replace(QLatin1String("<table>"), QLatin1String("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"));
        if (body.contains(QLatin1String("<img "))) {
            const ResourcePolicy own(review.path);
            body = siteImages(body, own.root() == policy.root() ? own : ResourcePolicy());
        }
        html += PrintHtml::chapter(review, body, i, m_booklet || i > 0);
    }
    m_document->setHtml(html);
    // Finish the layout before editing: an edit while the layout is still lazy leaves
    // everything after it unlaid (Qt 6.4).
    m_document->documentLayout()->documentSize();

}

QList<int> PrintDocument::chapterStarts() const
{
    // The titles carrying the chapters' anchors (positions move as markers are replaced).
    QList<int> starts(m_reviews.size(), -1);
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 1 || block.begin().atEnd())
            continue;
        for (const QString &name : block.begin().fragment().charFormat().anchorNames()) {
            bool isNumber = false;
            const int index = PrintHtml::chapterIndex(name, &isNumber);
            if (isNumber && index >= 0 && index < starts.size())
                starts[index] = block.position();
        }
    }
    starts.removeAll(-1);
    return starts;
}

namespace {

// The marker the HTML put there, not the same text in a review's body: only the former
// is inside its anchor.
QTextCursor findMarker(QTextDocument *document, const QString &marker)
{
    const QString anchor = PrintHtml::markerAnchor(marker);
    QTextCursor cursor(document);
    while (!(cursor = document->find(marker, cursor, QTextDocument::FindCaseSensitively)).isNull()) {
        QTextCursor first(document);
        first.setPosition(cursor.selectionStart() + 1); // the HTML import names its first character
        if (first.charFormat().anchorNames().contains(anchor))
            return cursor;
    }
    return {};
}

} // namespace

void PrintDocument::placeRadarCharts()
{
    for (int i = 0; i < m_reviews.size(); ++i) {
        const PrintedReview &review = m_reviews.at(i);
        QTextCursor cursor = findMarker(m_document.get(), PrintHtml::radarMarker(i));
        if (cursor.isNull())
            continue;
        RadarChart chart;
        chart.labels = review.axisLabels;
        for (const auto &value : review.axes)
            chart.values.append(value ? std::optional<double>(*value / 10.0) : std::nullopt);
        chart.font = m_document->defaultFont();
        chart.font.setPointSizeF(7.5);
        cursor.removeSelectedText();
        RadarTextObject::insert(cursor, chart, 270, 170);
    }
}

void PrintDocument::numberContents()
{
    QList<QTextCursor> numbers;
    for (int i = 0; i < m_reviews.size(); ++i)
        numbers.append(findMarker(m_document.get(), PrintHtml::tocMarker(i)));
    // The numbers are narrower than the markers, so the contents cannot grow; a second
    // round catches the rare contents that shrink by a page.
    for (int round = 0; round < 3; ++round) {
        bool changed = false;
        const QList<int> starts = chapterStarts();
        for (int i = 0; i < numbers.size() && i < starts.size(); ++i) {
            QTextCursor &cursor = numbers[i];
            if (cursor.isNull())
                continue;
            const QString page = QString::number(KeepWithNext::pageOfPosition(m_document.get(), starts.at(i)) + 1);
            if (cursor.selectedText() == page)
                continue;
            const int start = cursor.selectionStart();
            cursor.insertText(page);
            cursor.setPosition(start);
            cursor.setPosition(start + int(page.size()), QTextCursor::KeepAnchor);
            changed = true;
        }
        if (!changed)
            break;
        m_keptHeadings += KeepWithNext::apply(m_document.get());
    }
}

void PrintDocument::collectBookmarks()
{
    m_bookmarks.clear();
    const double pageHeight = m_document->pageSize().height();
    auto bookmarkAt = [&](const QTextBlock &block) {
        Bookmark mark;
        mark.title = block.text().simplified();
        const double y = m_document->documentLayout()->blockBoundingRect(block).top();
        mark.page = KeepWithNext::pageOfY(m_document.get(), y);
        mark.top = std::max(0.0, y - mark.page * pageHeight) / m_unitsPerPoint;
        return mark;
    };
    const QList<int> starts = chapterStarts();
    for (int i = 0; i < starts.size(); ++i) {
        const QTextBlock start = m_document->findBlock(starts.at(i));
        Bookmark chapter = bookmarkAt(start);
        const int end = i + 1 < starts.size() ? starts.at(i + 1) : m_document->characterCount();
        for (QTextBlock block = start.next(); block.isValid() && block.position() < end; block = block.next()) {
            if (block.blockFormat().headingLevel() == 2)
                chapter.children.append(bookmarkAt(block));
        }
        m_bookmarks.append(chapter);
    }
}

bool PrintDocument::print(QPagedPaintDevice *device)
{
    if (!m_document || m_device != device)
        layout(device);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        paintPage(painter, page);
    }
    return painter.end();
}

void PrintDocument::paintLinesWithin(QPainter &painter, const QTextBlock &block, const QRectF &clip) const
{
    const QTextLayout *textLayout = block.layout();
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    // The frame's origin in the document (blocks in table cells are relative to the cell);
    // blockBoundingRect puts the layout's position there.
    const QPointF origin = rect.topLeft() - textLayout->position();
    const QBrush background = block.blockFormat().background();
    if (background.style() != Qt::NoBrush)
        painter.fillRect(rect & clip, background);
    painter.setPen(Qt::black);
    for (int i = 0; i < textLayout->lineCount(); ++i) {
        const QTextLine line = textLayout->lineAt(i);
        // A line belongs to the page holding its middle (page breaks fall between lines).
        const double middle = origin.y() + textLayout->position().y() + line.y() + line.height() / 2;
        if (middle >= clip.top() && middle < clip.bottom())
            line.draw(&painter, origin + textLayout->position());
    }
}

void PrintDocument::paintPage(QPainter &painter, int page) const
{
    const QSizeF size = m_document->pageSize();
    painter.save();
    painter.translate(0, -page * size.height());
    const QRectF clip(0, page * size.height(), size.width(), size.height());
    painter.setClipRect(clip);
    // Qt 6.4 draws the lines of a paragraph that only touch the clip (the first line of
    // the next page starts exactly at this page's bottom): clipped away on paper, but
    // written into the PDF's text, so extraction, search and screen readers met them
    // twice. Paragraphs not wholly on this page are hidden from Qt's drawing and drawn
    // here line by line, each line on the one page holding it.
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    QList<QTextBlock> continued;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        const bool touches = rect.bottom() >= clip.top() && rect.top() <= clip.bottom();
        const bool inside = rect.top() >= clip.top() && rect.bottom() <= clip.bottom();
        // A list item starting on this page stays Qt's, for its bullet: the clip below,
        // a hair inside the page, keeps its lines of the next page out.
        const bool listStart = block.textList() && rect.top() >= clip.top();
        if (block.isVisible() && touches && !inside && !listStart) {
            continued.append(block);
            block.setVisible(false);
        }
    }
    QAbstractTextDocumentLayout::PaintContext context;
    const double hair = 0.5 * m_unitsPerPoint;
    context.clip = clip.adjusted(0, hair, 0, -hair);
    context.palette.setColor(QPalette::Text, Qt::black);
    layout->draw(&painter, context);
    for (QTextBlock &block : continued) {
        block.setVisible(true);
        paintLinesWithin(painter, block, clip);
    }
    painter.restore();

    if (m_booklet && page == 0)
        return; // the cover carries no footer
    QFont footer = m_document->defaultFont();
    footer.setPointSizeF(8);
    painter.save();
    painter.setFont(footer);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF band(0, size.height() + m_footerHeight / 3, size.width(), m_footerHeight * 2 / 3);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, title());
    painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                     QStringLiteral("%1 / %2").arg(page + 1).arg(pageCount()));
    painter.restore();
}

} // namespace Rubric
