#pragma once

#include <QString>

namespace Rubric {

// Markdown to HTML with cmark-gfm (tables; no raw HTML, no autolinks, no strikethrough,
// as the site renders). Score lines `$$ \Large \text{0.7} $$` become score badges and
// every heading gets an anchor named like the site's heading ids.
class MarkdownRenderer final
{
public:
    MarkdownRenderer();
    ~MarkdownRenderer();
    MarkdownRenderer(const MarkdownRenderer &) = delete;
    MarkdownRenderer &operator=(const MarkdownRenderer &) = delete;

    QString toHtml(const QString &markdown) const;
    // The site's (kramdown's) id for a heading: lowercase, letters/digits/-/space kept,
    // spaces to '-' ("Reliability & Support" -> "reliability--support").
    static QString headingId(const QString &text);
    static QString scoreBadgeHtml(const QString &value);

private:
    struct Private;
    Private *d;
};

} // namespace Rubric
