#include "markdownrenderer.h"

#include "kramdowncompat.h"
#include "kramdowntree.h"

#include <QHash>
#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <memory>

namespace Rubric {

namespace {

constexpr int options = CMARK_OPT_SMART | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_VALIDATE_UTF8;

QString literalText(cmark_node *node)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *current = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        const auto type = cmark_node_get_type(current);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            text += QString::fromUtf8(cmark_node_get_literal(current));
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            text += u' ';
    }
    cmark_iter_free(iter);
    return text;
}

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

cmark_node *parse(const QByteArray &utf8, cmark_syntax_extension *table)
{
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    if (table)
        cmark_parser_attach_syntax_extension(parser.get(), table);
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    return cmark_parser_finish(parser.get());
}

// The value of the site's score math `\Large \text{0.7}`, or a null string.
QString scoreValue(const QString &tex)
{
    static const QRegularExpression score(QStringLiteral("^\\s*\\\\Large\\s*\\\\text\\{\\s*([^}]*?)\\s*\\}\\s*$"));
    const auto match = score.match(tex);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Other math: its TeX source, set apart, since the preview has no MathJax.
QString mathBlockHtml(const QString &tex)
{
    return QLatin1String("<p class=\"math\" align=\"center\"><i>") + tex.toHtmlEscaped() + QLatin1String("</i></p>\n");
}

QString inlineMathHtml(const QString &tex)
{
    const QString value = scoreValue(tex);
    if (!value.isNull())
        return QLatin1String("<span class=\"score\" style=\"background-color: #1f5fa8; color: white; font-size: large; "
                             "font-weight: bold;\">&nbsp;")
               + value.toHtmlEscaped() + QLatin1String("&nbsp;</span>");
    return QLatin1String("<span class=\"math\"><i>") + tex.toHtmlEscaped() + QLatin1String("</i></span>");
}

// `$$ … $$` inside a text node: inline math, as kramdown reads it.
void inlineMath(cmark_node *text)
{
    static const QRegularExpression math(QStringLiteral("\\$\\$(.*?)\\$\\$"), QRegularExpression::DotMatchesEverythingOption);
    const QString literal = QString::fromUtf8(cmark_node_get_literal(text));
    qsizetype last = 0;
    auto it = math.globalMatch(literal);
    if (!it.hasNext())
        return;
    auto insertText = [&](QStringView part) {
        if (part.isEmpty())
            return;
        cmark_node *node = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(node, part.toUtf8().constData());
        cmark_node_insert_before(text, node);
    };
    while (it.hasNext()) {
        const auto match = it.next();
        insertText(QStringView(literal).sliced(last, match.capturedStart() - last));
        cmark_node *node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(node, inlineMathHtml(match.captured(1).trimmed()).toUtf8().constData());
        cmark_node_insert_before(text, node);
        last = match.capturedEnd();
    }
    insertText(QStringView(literal).sliced(last));
    cmark_node_free(text);
}

} // namespace

struct MarkdownRenderer::Private
{
    cmark_syntax_extension *table = nullptr;
};

MarkdownRenderer::MarkdownRenderer()
    : d(new Private)
{
    cmark_gfm_core_extensions_ensure_registered();
    d->table = cmark_find_syntax_extension("table");
}

MarkdownRenderer::~MarkdownRenderer()
{
    delete d;
}

QString MarkdownRenderer::headingId(const QString &text)
{
    // kramdown-parser-gfm: downcase, drop /[^\p{Word}\- \t]/, spaces and tabs to '-'.
    QString id;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Punctuation_Connector || c == u'-')
            id += c;
        else if (c == u' ' || c == u'\t')
            id += u'-';
    }
    return id;
}

QString MarkdownRenderer::scoreBadgeHtml(const QString &value)
{
    return QLatin1String("<table class=\"score\" cellpadding=\"6\" style=\"margin: 6px 0;\"><tr>"
                         "<td style=\"background-color: #1f5fa8; color: white; font-size: x-large; font-weight: bold;\">&nbsp;")
           + value.toHtmlEscaped() + QLatin1String("&nbsp;</td></tr></table>\n");
}

QString MarkdownRenderer::toHtml(const QString &markdown) const
{
    // First parse: where the text needs kramdown's reading (KramdownCompat), then the
    // rewritten text is parsed again and its tree adjusted the rest of the way.
    const QByteArray original = markdown.toUtf8();
    std::unique_ptr<cmark_node, NodeDeleter> first(parse(original, d->table));
    const KramdownCompat::Prepared prepared = KramdownCompat::prepare(markdown, first.get());
    first.reset();

    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    if (d->table)
        cmark_parser_attach_syntax_extension(parser.get(), d->table);
    cmark_parser_feed(parser.get(), prepared.source.constData(), size_t(prepared.source.size()));
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));

    KramdownTree::resolveEmphasis(root.get());
    const QList<QByteArray> lines = prepared.source.split('\n');
    auto blankLine = [&](int index) { // 0-based; outside the text counts as blank
        return index < 0 || index >= lines.size() || lines.at(index).trimmed().isEmpty()
               || lines.at(index).trimmed() == ">";
    };

    static const QRegularExpression displayMath(QStringLiteral("^\\s*\\$\\$(.*?)\\$\\$\\s*$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    QList<std::pair<cmark_node *, QString>> mathBlocks;
    QList<cmark_node *> mathTexts;
    QList<cmark_node *> lists;
    QHash<QString, int> usedIds;
    cmark_iter *iter = cmark_iter_new(root.get());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        const auto type = cmark_node_get_type(node);
        if (type == CMARK_NODE_PARAGRAPH) {
            // kramdown's block math: `$$ … $$` alone between blank lines; anywhere else it is inline.
            const auto match = displayMath.match(literalText(node));
            if (match.hasMatch() && !match.captured(1).contains(QLatin1String("$$"))
                && (!cmark_node_previous(node) || blankLine(cmark_node_get_start_line(node) - 2))
                && (!cmark_node_next(node) || blankLine(cmark_node_get_end_line(node))))
                mathBlocks.append({node, match.captured(1).trimmed()});
        } else if (type == CMARK_NODE_TEXT) {
            if (strstr(cmark_node_get_literal(node), "$$"))
                mathTexts.append(node);
        } else if (type == CMARK_NODE_HEADING) {
            QString id = headingId(literalText(node));
            const int n = usedIds.value(id);
            usedIds.insert(id, n + 1);
            if (n > 0)
                id += u'-' + QString::number(n);
            cmark_node *anchor = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
            cmark_node_set_on_enter(anchor, (QLatin1String("<a name=\"") + id.toHtmlEscaped() + QLatin1String("\"></a>"))
                                                .toUtf8()
                                                .constData());
            cmark_node_prepend_child(node, anchor);
        } else if (type == CMARK_NODE_LIST) {
            lists.append(node);
        } else if (prepared.bodyRowTables.contains(cmark_node_get_start_line(node)) && qstrcmp(cmark_node_get_type_string(node), "table") == 0) {
            KramdownTree::demoteHeaderRow(node);
        }
    }
    cmark_iter_free(iter);

    for (cmark_node *text : std::as_const(mathTexts)) {
        cmark_node *parent = cmark_node_parent(text);
        if (std::none_of(mathBlocks.cbegin(), mathBlocks.cend(), [&](const auto &block) { return block.first == parent; }))
            inlineMath(text);
    }
    for (const auto &[paragraph, tex] : std::as_const(mathBlocks)) {
        cmark_node *block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        const QString value = scoreValue(tex);
        cmark_node_set_on_enter(block, (value.isNull() ? mathBlockHtml(tex) : scoreBadgeHtml(value)).toUtf8().constData());
        cmark_node_replace(paragraph, block);
        cmark_node_free(paragraph);
    }
    // Last: it may replace list items' paragraphs, which the steps above point at.
    for (cmark_node *list : std::as_const(lists))
        KramdownTree::setItemParagraphs(list, blankLine);

    char *html = cmark_render_html(root.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    const QString result = QString::fromUtf8(html);
    free(html);
    return result;
}

} // namespace Rubric
