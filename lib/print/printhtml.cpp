#include "printhtml.h"

#include "document/tenths.h"
#include "printedreview.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace Rubric::PrintHtml {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString tenths(std::optional<int> value)
{
    return value ? Tenths::format(*value) : QStringLiteral("–");
}

bool isJapanese(const QString &lang)
{
    return lang == QLatin1String("ja");
}

} // namespace

QString label(Label label, const QString &lang, int count)
{
    // The printed page speaks the review's language, whatever the UI's: these few words
    // are part of the document, like the schema's axis labels.
    const bool ja = isJapanese(lang);
    switch (label) {
    case Label::Total:
        return ja ? QStringLiteral("総合評価") : QStringLiteral("Total");
    case Label::Price:
        return ja ? QStringLiteral("参考価格") : QStringLiteral("Reference price");
    case Label::Tags:
        return ja ? QStringLiteral("タグ") : QStringLiteral("Tags");
    case Label::Contents:
        return ja ? QStringLiteral("目次") : QStringLiteral("Contents");
    case Label::Reviews:
        return ja ? QStringLiteral("レビュー集") : QStringLiteral("Reviews");
    case Label::ReviewCount:
        return ja ? QStringLiteral("%1 件のレビュー").arg(count)
                  : (count == 1 ? QStringLiteral("1 review") : QStringLiteral("%1 reviews").arg(count));
    }
    return {};
}

QString styleSheet()
{
    return QStringLiteral(
        "h1 { font-size: 20pt; margin-top: 0; margin-bottom: 2pt; }"
        "h2 { font-size: 14pt; margin-top: 14pt; margin-bottom: 4pt; }"
        "h3 { font-size: 12pt; margin-top: 10pt; margin-bottom: 3pt; }"
        "p { margin-top: 0; margin-bottom: 6pt; }"
        "p.meta { color: #555555; margin-bottom: 8pt; }"
        "p.total { font-size: 26pt; font-weight: bold; color: #1f5fa8; margin-bottom: 2pt; }"
        "span.outof { font-size: 12pt; color: #555555; font-weight: normal; }"
        "p.summary { font-style: italic; margin-top: 8pt; }"
        "p.cover { font-size: 30pt; font-weight: bold; margin-top: 120pt; }"
        "p.coversub { font-size: 14pt; color: #555555; }"
        "p.contents { font-size: 18pt; font-weight: bold; margin-bottom: 10pt; }"
        // Qt's rich text knows the border longhands on cells, not the shorthand.
        "table { border-collapse: collapse; margin-top: 4pt; margin-bottom: 8pt; }"
        "th, td { border-width: 1px; border-style: solid; border-color: #999999; padding: 3px; }"
        "th { background-color: #eef2f7; }"
        "table.layout td, table.score td, table.axes td, table.toc td { border-width: 0; border-style: none; }"
        "table.axes td { padding: 1px 6px 1px 0; }"
        "table.toc td { padding: 2px 4px; }"
        "code { background-color: #f0f0f0; }"
        "pre { background-color: #f6f6f6; }");
}

QString radarMarker(int index)
{
    return QStringLiteral("[[rubric-radar-%1]]").arg(index);
}

QString tocMarker(int index)
{
    return QStringLiteral("[[rubric-page-%1]]").arg(index);
}

QString markerAnchor(const QString &marker)
{
    return QLatin1String("rubric-marker:") + marker;
}

QString markerHtml(const QString &marker)
{
    return QLatin1String("<a name=\"") + markerAnchor(marker) + QLatin1String("\">") + marker + QLatin1String("</a>");
}

QString chapterAnchor(int index)
{
    return QStringLiteral("rubric-chapter-%1").arg(index);
}

int chapterIndex(const QString &anchor, bool *ok)
{
    static const QLatin1String prefix("rubric-chapter-");
    if (!anchor.startsWith(prefix)) {
        *ok = false;
        return -1;
    }
    return QStringView(anchor).sliced(prefix.size()).toInt(ok);
}

QString chapter(const PrintedReview &review, const QString &bodyHtml, int index, bool newPage)
{
    QString html = newPage ? QStringLiteral("<h1 style=\"page-break-before: always;\">") : QStringLiteral("<h1>");
    html += QLatin1String("<a name=\"") + chapterAnchor(index) + QLatin1String("\"></a>") + escaped(review.name)
            + QLatin1String("</h1>");

    QStringList meta;
    for (const QString &part : {review.kind, review.company, review.date}) {
        if (!part.isEmpty())
            meta.append(escaped(part));
    }
    html += QLatin1String("<p class=\"meta\">") + meta.join(QStringLiteral(" · ")) + QLatin1String("</p>");

    if (review.total || !review.axes.isEmpty()) {
        html += QLatin1String("<table class=\"layout\" width=\"100%\"><tr><td width=\"42%\" valign=\"middle\">");
        html += QLatin1String("<p>") + escaped(label(Label::Total, review.lang)) + QLatin1String("</p>");
        html += QLatin1String("<p class=\"total\">") + tenths(review.total) + QLatin1String(" <span class=\"outof\">/ ")
                + Tenths::format(review.maximumTotal) + QLatin1String("</span></p>");
        html += QLatin1String("<table class=\"axes\">");
        for (int i = 0; i < review.axisLabels.size(); ++i) {
            html += QLatin1String("<tr><td>") + escaped(review.axisLabels.at(i)) + QLatin1String("</td><td><b>")
                    + tenths(review.axes.value(i)) + QLatin1String("</b></td></tr>");
        }
        html += QLatin1String("</table></td><td width=\"58%\" align=\"center\" valign=\"middle\">")
                + markerHtml(radarMarker(index)) + QLatin1String("</td></tr></table>");
    }
    if (!review.summary.isEmpty())
        html += QLatin1String("<p class=\"summary\">") + escaped(review.summary) + QLatin1String("</p>");
    if (!review.tags.isEmpty()) {
        QStringList tags;
        for (const auto &tag : review.tags)
            tags.append(escaped(tag));
        html += QLatin1String("<p><b>") + escaped(label(Label::Tags, review.lang)) + QLatin1String(":</b> ")
                + tags.join(QStringLiteral(" · ")) + QLatin1String("</p>");
    }
    if (!review.price.isEmpty()) {
        html += QLatin1String("<p><b>") + escaped(label(Label::Price, review.lang)) + QLatin1String(":</b> ")
                + escaped(review.price) + QLatin1String("</p>");
    }
    return html + QLatin1String("<hr/>") + bodyHtml;
}

QString cover(const QString &title, const QList<PrintedReview> &reviews, const QString &lang)
{
    const QString date = QLocale(isJapanese(lang) ? QLocale::Japanese : QLocale::English)
                             .toString(QDate::currentDate(), QLocale::LongFormat);
    return QLatin1String("<p class=\"cover\">") + escaped(title) + QLatin1String("</p><p class=\"coversub\">")
           + escaped(label(Label::ReviewCount, lang, int(reviews.size()))) + QLatin1String("</p><p class=\"coversub\">")
           + escaped(date) + QLatin1String("</p>");
}

QString contents(const QList<PrintedReview> &reviews, const QString &lang)
{
    QString html = QLatin1String("<p class=\"contents\" style=\"page-break-before: always;\">")
                   + escaped(label(Label::Contents, lang)) + QLatin1String("</p><table class=\"toc\" width=\"100%\">");
    for (int i = 0; i < reviews.size(); ++i) {
        const PrintedReview &review = reviews.at(i);
        html += QLatin1String("<tr><td width=\"6%\">") + QString::number(i + 1) + QLatin1String("</td><td>")
                + escaped(review.name) + QLatin1String("<br/><span style=\"color: #666666;\">")
                + escaped(review.kind) + QLatin1String("</span></td><td width=\"10%\" align=\"right\">")
                + tenths(review.total) + QLatin1String("</td><td width=\"10%\" align=\"right\">") + markerHtml(tocMarker(i))
                + QLatin1String("</td></tr>");
    }
    return html + QLatin1String("</table>");
}

} // namespace Rubric::PrintHtml
