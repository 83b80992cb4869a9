#pragma once

#include <QString>

namespace Rubric {

// Markdown to HTML as the site's kramdown renders it (GFM input; checked against
// kramdown over the whole corpus by tests/fidelity): cmark-gfm with tables, no raw HTML,
// no autolinks, no strikethrough, smart punctuation, on a text KramdownCompat has
// rewritten where kramdown reads otherwise (prose `|` lines as tables, `1)` lists as
// text, its emphasis pairing and quote directions). `$$ … $$` alone between blank lines
// is a score badge (other math: its TeX source), elsewhere inline; every heading gets an
// anchor named like the site's heading ids.
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
