#pragma once

struct cmark_node;

namespace Rubric::KramdownTree {

// Turns the emphasis markers KramdownCompat left in text nodes into emphasis and strong
// nodes (or back into the delimiters when the two ends fell into different parents).
void resolveEmphasis(cmark_node *root);

// Marks a table's first row as a body row (kramdown's tables without a separator line).
void demoteHeaderRow(cmark_node *table);

} // namespace Rubric::KramdownTree
