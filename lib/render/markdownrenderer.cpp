#include "markdownrenderer.h"

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
    QString id;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c == u'-')
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
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    if (d->table)
        cmark_parser_attach_syntax_extension(parser.get(), d->table);
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));

    static const QRegularExpression score(
        QStringLiteral("^\\s*\\$\\$\\s*\\\\Large\\s*\\\\text\\{\\s*([^}]*?)\\s*\\}\\s*\\$\\$\\s*$"));
    QList<cmark_node *> scoreParagraphs;
    QHash<QString, int> usedIds;
    cmark_iter *iter = cmark_iter_new(root.get());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        const auto type = cmark_node_get_type(node);
        if (type == CMARK_NODE_PARAGRAPH) {
            if (score.match(literalText(node)).hasMatch())
                scoreParagraphs.append(node);
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
        }
    }
    cmark_iter_free(iter);

    for (cmark_node *paragraph : std::as_const(scoreParagraphs)) {
        const QString value = score.match(literalText(paragraph)).captured(1);
        cmark_node *badge = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(badge, scoreBadgeHtml(value).toUtf8().constData());
        cmark_node_replace(paragraph, badge);
        cmark_node_free(paragraph);
    }

    char *html = cmark_render_html(root.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    const QString result = QString::fromUtf8(html);
    free(html);
    return result;
}

} // namespace Rubric
