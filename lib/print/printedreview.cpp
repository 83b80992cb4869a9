#include "printedreview.h"

#include "document/reviewdocument.h"
#include "render/reviewhtml.h"

namespace Rubric {

PrintedReview PrintedReview::from(const ReviewDocument &document)
{
    const Schema &schema = document.schema();
    PrintedReview review;
    review.path = document.filePath();
    review.lang = document.lang();
    review.name = document.string(QStringLiteral("target_name"));
    review.title = document.string(QStringLiteral("title"));
    if (review.title.isEmpty())
        review.title = review.name;
    if (review.name.isEmpty())
        review.name = review.title;
    if (const LayoutSpec *layout = schema.layout(document.string(QStringLiteral("layout"))))
        review.kind = schema.localized(layout->titleSuffix, review.lang, QString()).trimmed();
    review.company = document.string(QStringLiteral("company_id"));
    review.date = document.string(QStringLiteral("date"));
    review.author = document.string(QStringLiteral("author"));
    review.summary = document.string(QStringLiteral("summary"));
    review.tags = document.value(QStringLiteral("tags")).scalarItems();
    bool isNumber = false;
    const double price = document.string(QStringLiteral("price")).toDouble(&isNumber);
    if (isNumber) {
        const LanguageSpec *language = schema.language(review.lang);
        review.price = ReviewHtml::formatPrice(price, language ? language->currency : QString());
    }
    const Ratings ratings = document.ratings();
    if (ratings.present) {
        review.total = ratings.total();
        for (int i = 0; i < schema.axes().size(); ++i)
            review.axes.append(ratings.axis(i));
    }
    review.maximumTotal = 10 * int(schema.axes().size());
    for (const auto &axis : schema.axes())
        review.axisLabels.append(schema.localized(axis.label, review.lang, axis.id));
    const FrontMatter &frontMatter = document.frontMatter();
    review.body = frontMatter.isClosed() ? document.text().sliced(frontMatter.bodyStart()) : document.text();
    return review;
}

} // namespace Rubric
