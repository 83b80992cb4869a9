#pragma once

#include <QString>

namespace Rubric {

class MarkdownRenderer;
class ReviewDocument;

// The HTML the preview and the PDF export show for a review: above the body, the
// title, summary, tags, price and scores as the site shows them.
namespace ReviewHtml {

QString styleSheet();
QString header(const ReviewDocument &document);
QString page(const ReviewDocument &document, const MarkdownRenderer &renderer);
// A price as the document's language writes it, with its currency ("1,093 USD").
QString formatPrice(double price, const QString &currency);

} // namespace ReviewHtml
} // namespace Rubric
