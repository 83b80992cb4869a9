#include "kramdowntree.h"

#include "kramdowncompat.h"

#include <QList>
#include <QString>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace Rubric::KramdownTree {

using namespace KramdownCompat;

namespace {

bool isMarker(QChar c)
{
    return c == QChar(StrongOpen) || c == QChar(StrongClose) || c == QChar(EmOpen) || c == QChar(EmClose)
           || c == QChar(StrikeOpen) || c == QChar(StrikeClose);
}

cmark_node *textNode(const QString &text)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(node, text.toUtf8().constData());
    return node;
}

// Splits text nodes so that every marker is a text node of its own.
void splitMarkers(cmark_node *parent, QList<cmark_node *> &markers)
{
    cmark_node *child = cmark_node_first_child(parent);
    while (child) {
        cmark_node *next = cmark_node_next(child);
        if (cmark_node_get_type(child) == CMARK_NODE_TEXT) {
            const QString text = QString::fromUtf8(cmark_node_get_literal(child));
            if (std::any_of(text.cbegin(), text.cend(), isMarker)) {
                QString run;
                auto flush = [&] {
                    if (!run.isEmpty())
                        cmark_node_insert_before(child, textNode(run));
                    run.clear();
                };
                for (const QChar c : text) {
                    if (isMarker(c)) {
                        flush();
                        cmark_node *marker = textNode(QString(c));
                        cmark_node_insert_before(child, marker);
                        markers.append(marker);
                    } else {
                        run += c;
                    }
                }
                flush();
                cmark_node_free(child);
            }
        } else if (cmark_node_first_child(child)) {
            splitMarkers(child, markers);
        }
        child = next;
    }
}

QChar markerOf(cmark_node *node)
{
    const char *literal = cmark_node_get_literal(node);
    const QString text = literal ? QString::fromUtf8(literal) : QString();
    return text.size() == 1 ? text.front() : QChar();
}

} // namespace

void resolveEmphasis(cmark_node *root)
{
    QList<cmark_node *> markers;
    splitMarkers(root, markers);
    if (markers.isEmpty())
        return;
    // Pair them like brackets: kramdown nests emphasis properly.
    QList<cmark_node *> open;
    QList<std::pair<cmark_node *, cmark_node *>> pairs;
    QList<cmark_node *> unpaired;
    for (cmark_node *marker : std::as_const(markers)) {
        const QChar c = markerOf(marker);
        if (c == QChar(StrongOpen) || c == QChar(EmOpen) || c == QChar(StrikeOpen)) {
            open.append(marker);
        } else if (!open.isEmpty() && cmark_node_parent(open.last()) == cmark_node_parent(marker)
                   && markerOf(open.last()).unicode() + 1 == c.unicode()) {
            pairs.append(std::make_pair(open.takeLast(), marker));
        } else {
            unpaired.append(marker);
        }
    }
    unpaired += open;
    for (const auto &[first, last] : std::as_const(pairs)) {
        const QChar kind = markerOf(first);
        cmark_node *wrapper = cmark_node_new(kind == QChar(StrongOpen) ? CMARK_NODE_STRONG
                                             : kind == QChar(EmOpen)   ? CMARK_NODE_EMPH
                                                                       : CMARK_NODE_CUSTOM_INLINE);
        if (kind == QChar(StrikeOpen)) { // kramdown's GFM strikethrough, without cmark's (which takes single ~)
            cmark_node_set_on_enter(wrapper, "<del>");
            cmark_node_set_on_exit(wrapper, "</del>");
        }
        cmark_node_insert_before(first, wrapper);
        for (cmark_node *node = cmark_node_next(first); node && node != last;) {
            cmark_node *next = cmark_node_next(node);
            cmark_node_append_child(wrapper, node);
            node = next;
        }
        cmark_node_free(first);
        cmark_node_free(last);
    }
    for (cmark_node *marker : std::as_const(unpaired)) {
        const QChar c = markerOf(marker);
        const bool strong = c == QChar(StrongOpen) || c == QChar(StrongClose);
        const bool strike = c == QChar(StrikeOpen) || c == QChar(StrikeClose);
        cmark_node_set_literal(marker, strike ? "~~" : strong ? "**" : "*");
    }
}

void demoteHeaderRow(cmark_node *table)
{
    if (cmark_node *row = cmark_node_first_child(table))
        cmark_gfm_extensions_set_table_row_is_header(row, 0);
}

void setItemParagraphs(cmark_node *list, const std::function<bool(int)> &blankLine)
{
    // kramdown's list.rb: an item's first paragraph is transparent when no blank line follows
    // it inside the item (or it is alone in the last item), unless it is the last item of
    // a list whose earlier items all start with a paragraph in <p>.
    QList<cmark_node *> items;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item))
        items.append(item);
    QList<bool> transparent;
    bool earlierOpen = false; // an earlier item starts with something other than a <p>
    for (qsizetype i = 0; i < items.size(); ++i) {
        cmark_node *first = cmark_node_first_child(items[i]);
        const bool last = i == items.size() - 1;
        bool result = false;
        if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
            const bool alone = !cmark_node_next(first);
            const bool a = !blankLine(cmark_node_get_end_line(first)) || (last && alone);
            const bool b = !last || items.size() == 1 || earlierOpen;
            result = a && b;
        }
        if (!first || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH || result)
            earlierOpen = true;
        transparent.append(result);
    }
    const bool tight = cmark_node_get_list_tight(list);
    if (std::all_of(transparent.cbegin(), transparent.cend(), [&](bool t) { return t == tight; }))
        return; // cmark's list-wide choice is kramdown's for every item
    cmark_node_set_list_tight(list, 0);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!transparent[i])
            continue;
        // The paragraph's inlines in a block that adds no <p>.
        cmark_node *paragraph = cmark_node_first_child(items[i]);
        cmark_node *bare = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_insert_before(paragraph, bare);
        while (cmark_node *child = cmark_node_first_child(paragraph))
            cmark_node_append_child(bare, child);
        cmark_node_free(paragraph);
    }
}

} // namespace Rubric::KramdownTree
