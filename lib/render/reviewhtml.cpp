#include "reviewhtml.h"

#include "document/price.h"
#include "document/reviewdocument.h"
#include "document/tenths.h"
#include "markdownrenderer.h"

#include <QCoreApplication>
#include <QLocale>

namespace Rubric::ReviewHtml {

namespace {

// The strings of this file, in the translation context of Rubric::ReviewHtml.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::ReviewHtml)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString tenths(std::optional<int> value)
{
    return value ? Tenths::format(*value) : QStringLiteral("–");
}

} // namespace

QString styleSheet()
{
    return QStringLiteral(
        "body { font-size: 11pt; }"
        "h1 { font-size: 20pt; margin-bottom: 2px; }"
        "h2 { font-size: 15pt; margin-top: 18px; border-bottom: 1px solid #ccc; }"
        "p.meta { color: #666; margin-top: 0; }"
        "p.summary { font-style: italic; }"
        "span.tag { background-color: #e8eef7; color: #1f4f8f; }"
        "table { border-collapse: collapse; }"
        "th, td { border: 1px solid #bbb; padding: 4px; }"
        "table.score td, table.ratings td { border: none; }"
        "code { background-color: #f3f3f3; }");
}

QString formatPrice(double price, const QString &currency)
{
    return Price::format(price, currency, QString()); // the language-neutral form
}

QString header(const ReviewDocument &document)
{
    const Schema &schema = document.schema();
    const QString lang = document.lang();
    QString html;
    const QString title = document.string(QStringLiteral("title"));
    html += QLatin1String("<h1>") + escaped(title.isEmpty() ? document.string(QStringLiteral("target_name")) : title)
            + QLatin1String("</h1>");

    QStringList meta;
    for (const auto &key : {QStringLiteral("layout"), QStringLiteral("company_id"), QStringLiteral("date"), QStringLiteral("lang")}) {
        const QString value = document.string(key);
        if (!value.isEmpty())
            meta.append(escaped(value));
    }
    html += QLatin1String("<p class=\"meta\">") + meta.join(QStringLiteral(" · ")) + QLatin1String("</p>");

    const QString summary = document.string(QStringLiteral("summary"));
    if (!summary.isEmpty())
        html += QLatin1String("<p class=\"summary\">") + escaped(summary) + QLatin1String("</p>");

    const QStringList tags = document.value(QStringLiteral("tags")).scalarItems();
    if (!tags.isEmpty()) {
        QStringList spans;
        for (const auto &tag : tags)
            spans.append(QLatin1String("<span class=\"tag\">&nbsp;") + escaped(tag) + QLatin1String("&nbsp;</span>"));
        html += QLatin1String("<p>") + spans.join(u' ') + QLatin1String("</p>");
    }

    if (const auto price = Price::parse(document.string(QStringLiteral("price")))) {
        const LanguageSpec *language = schema.language(lang);
        html += QLatin1String("<p><b>") + Tr::tr("Reference price") + QLatin1String(":</b> ")
                + escaped(Price::format(*price, language ? language->currency : QString(), lang)) + QLatin1String("</p>");
    }

    const Ratings ratings = document.ratings();
    if (ratings.present) {
        html += QLatin1String("<table class=\"ratings\" cellpadding=\"3\"><tr><td><b>") + Tr::tr("Total")
                + QLatin1String("</b></td><td><b>") + tenths(ratings.total()) + QLatin1String("</b> / ")
                + Tenths::format(10 * int(schema.axes().size())) + QLatin1String("</td></tr>");
        for (int i = 0; i < schema.axes().size(); ++i) {
            const AxisSpec &axis = schema.axes().at(i);
            html += QLatin1String("<tr><td>") + escaped(schema.localized(axis.label, lang, axis.id))
                    + QLatin1String("</td><td>") + tenths(ratings.axis(i)) + QLatin1String("</td></tr>");
        }
        html += QLatin1String("</table>");
    }
    return html;
}

QString page(const ReviewDocument &document, const MarkdownRenderer &renderer)
{
    const FrontMatter &frontMatter = document.frontMatter();
    const QString body = frontMatter.isClosed() ? document.text().sliced(frontMatter.bodyStart()) : document.text();
    return QLatin1String("<html><head><style>") + styleSheet() + QLatin1String("</style></head><body>")
           + header(document) + QLatin1String("<hr/>") + renderer.toHtml(body) + QLatin1String("</body></html>");
}

} // namespace Rubric::ReviewHtml
