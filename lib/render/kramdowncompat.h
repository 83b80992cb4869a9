#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct cmark_node;

namespace Rubric {

// A place where the site's kramdown renders the Markdown otherwise than the author
// probably meant, or than CommonMark tools (GitHub, other editors) do.
struct SitePitfall
{
    enum class Kind {
        ProseTable,    // a prose line with `|` that kramdown turns into a one-row table
        ParenList,     // a `1)` list, which kramdown shows as one paragraph
        UrlEmphasis,   // `_` in a bare URL that kramdown turns into italics
        AmbiguousBold, // `**` next to full-width punctuation: bold on the site, literal elsewhere
    };
    Kind kind;
    int line = 0;   // 0-based line of the Markdown text
    int column = 0; // 0-based, in UTF-16 units
    int length = 0; // what the location covers (the delimiter, the list marker, the URL)
};

// Rewrites Markdown so that cmark-gfm parses it as kramdown (GFM input) does: prose `|`
// lines become the tables kramdown makes of them, `1)` lists become text, and `*`/`_`
// delimiters are replaced by markers where kramdown pairs them and escaped where it does
// not. The markers are resolved into emphasis on the second parse's tree (KramdownTree).
namespace KramdownCompat {

inline constexpr char16_t StrongOpen = u'\uE000';
inline constexpr char16_t StrongClose = u'\uE001';
inline constexpr char16_t EmOpen = u'\uE002';
inline constexpr char16_t EmClose = u'\uE003';
inline constexpr char16_t StrikeOpen = u'\uE004';
inline constexpr char16_t StrikeClose = u'\uE005';

struct Prepared
{
    QByteArray source;         // UTF-8 Markdown for the second parse
    QList<int> bodyRowTables;  // 1-based lines in `source` of tables kramdown makes without a header
    QList<SitePitfall> pitfalls;
};

// `firstParse` is cmark-gfm's tree of `markdown` (with the table extension).
Prepared prepare(const QString &markdown, cmark_node *firstParse);

// The pitfalls of a Markdown text (parses it once).
QList<SitePitfall> pitfalls(const QString &markdown);

} // namespace KramdownCompat
} // namespace Rubric
