#include "keepwithnext.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace Rubric::KeepWithNext {

namespace {

struct LineSpan
{
    double top = 0;
    double bottom = 0;
};

LineSpan firstLine(const QTextDocument *document, const QTextBlock &block)
{
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return {rect.top(), rect.bottom()};
    const QTextLine line = layout->lineAt(0);
    return {rect.top() + line.y(), rect.top() + line.y() + line.height()};
}

double lastLineBottom(const QTextDocument *document, const QTextBlock &block)
{
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return rect.top();
    const QTextLine line = layout->lineAt(layout->lineCount() - 1);
    return rect.top() + line.y() + line.height();
}

int pageOf(const QTextDocument *document, double y)
{
    const double height = document->pageSize().height();
    // Half a unit of slack: a block moved to a new page starts at the page's top give or
    // take the layout's fixed-point rounding.
    return height > 0 ? int(std::floor((y + 0.5) / height)) : 0;
}

QTextTable *tableOf(const QTextDocument *document, const QTextBlock &block)
{
    return QTextCursor(const_cast<QTextDocument *>(document)->findBlock(block.position())).currentTable();
}

// The blocks whose first line must share the heading's page: the next block with text
// and, when that opens a one-cell table (a score badge), the first block after it.
QList<QTextBlock> followers(const QTextDocument *document, const QTextBlock &heading)
{
    QList<QTextBlock> blocks;
    QTextBlock block = heading.next();
    while (block.isValid() && block.length() <= 1 && !tableOf(document, block))
        block = block.next();
    if (!block.isValid())
        return blocks;
    blocks.append(block);
    QTextTable *table = tableOf(document, block);
    if (table && table->rows() == 1 && table->columns() == 1) {
        QTextBlock after = document->findBlock(table->lastPosition() + 1);
        while (after.isValid() && after.length() <= 1 && !tableOf(document, after))
            after = after.next();
        if (after.isValid() && after.blockFormat().headingLevel() == 0)
            blocks.append(after);
    }
    return blocks;
}

} // namespace

int pageOfY(const QTextDocument *document, double y)
{
    return pageOf(document, y);
}

int pageOfPosition(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    return block.isValid() ? pageOf(document, firstLine(document, block).top) : 0;
}

int apply(QTextDocument *document)
{
    int breaks = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || tableOf(document, block))
            continue;
        const LineSpan heading = firstLine(document, block);
        const int page = pageOf(document, heading.top);
        const QTextBlock previous = block.previous();
        if (!previous.isValid() || pageOf(document, lastLineBottom(document, previous) - 0.5) < page)
            continue; // already heads its page: moving it would not help
        const QList<QTextBlock> next = followers(document, block);
        if (next.isEmpty())
            continue;
        const LineSpan last = firstLine(document, next.constLast());
        if (pageOf(document, last.bottom - 0.5) > page) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            // The layout's incremental update leaves later frames (tables) where they
            // were: lay out again from the heading on.
            document->markContentsDirty(block.position(), document->characterCount() - block.position());
            ++breaks;
        }
    }
    return breaks;
}

} // namespace Rubric::KeepWithNext
