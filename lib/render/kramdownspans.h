#pragma once

#include <QList>
#include <QStringView>

namespace Rubric {

// Where kramdown (the site's Markdown parser) puts emphasis in a run of inline text.
// kramdown pairs `*`/`_` delimiters by its own rules, not CommonMark's flanking rules:
// `**「太字」**です` is bold on the site and literal in CommonMark, and `_` inside a bare
// URL can become italics. This replays kramdown 2.4's span parser for emphasis (with
// code spans, links, autolinks, HTML tags, math and escapes, which hide delimiters) so
// the preview can show what the site shows. It also replays kramdown's smart quotes,
// whose direction differs from CommonMark's in places (`—"word` gets a closing quote).
namespace KramdownSpans {

struct Delimiter
{
    qsizetype position = 0;
    qsizetype length = 0; // 1 em, 2 strong (or strikethrough)
    bool strike = false;  // `~~`
    bool opening = false;
    qsizetype partner = -1; // index of the matching delimiter in Emphasis::delimiters
};

struct Quote
{
    qsizetype position = 0;
    QChar typographic; // ‘ ’ “ ”
};

struct Emphasis
{
    QList<Delimiter> delimiters;   // used ones, in text order
    QList<qsizetype> literal;      // positions of `*`/`_` that stay text
    QList<Quote> quotes;           // every `'`/`"` kramdown makes typographic, with its direction
    bool complete = true;          // false: the text is pathological (kramdown would take minutes); nothing found
};

Emphasis emphasis(QStringView text);

} // namespace KramdownSpans
} // namespace Rubric
