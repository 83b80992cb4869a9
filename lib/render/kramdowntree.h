#pragma once

#include <functional>

struct cmark_node;

namespace Rubric::KramdownTree {

// Turns the emphasis markers KramdownCompat left in text nodes into emphasis and strong
// nodes (or back into the delimiters when the two ends fell into different parents).
void resolveEmphasis(cmark_node *root);

// Marks a table's first row as a body row (kramdown's tables without a separator line).
void demoteHeaderRow(cmark_node *table);

// kramdown decides per list item whether its first paragraph is wrapped in <p>
// ("transparent" or not), where cmark decides per list (tight or loose). `blankLine` says
// whether a 0-based line of the parsed text is blank.
void setItemParagraphs(cmark_node *list, const std::function<bool(int)> &blankLine);

} // namespace Rubric::KramdownTree
