#pragma once

class QTextDocument;

namespace Rubric {

// QTextDocument paginates line by line and knows no "keep with next": a heading can end
// a page while its text starts the next one. This moves such headings to the next page:
// for each heading, in order, it lays the document out as far as needed, and when the
// first line of what follows (for a score badge or a table, its first row; after a
// score badge, also the first line of the paragraph under it) lands on a later page
// than the heading, it breaks the page before the heading. The document must have a
// page size. Returns how many page breaks it added.
namespace KeepWithNext {

int apply(QTextDocument *document);
// The page (from 0) the first line of the block at `position` lands on.
int pageOfPosition(const QTextDocument *document, int position);
// The page (from 0) a layout position lands on.
int pageOfY(const QTextDocument *document, double y);

} // namespace KeepWithNext
} // namespace Rubric
