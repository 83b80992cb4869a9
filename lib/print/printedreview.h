#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rubric {

class ReviewDocument;

// What the printed page shows of one review, read once from the document, so printing
// needs neither the document nor the GUI thread afterwards.
struct PrintedReview
{
    QString path;
    QString lang;
    QString title;    // the title field, else the name
    QString name;     // product or company name
    QString kind;     // "Product Review", "製品レビュー": the layout's title suffix
    QString company;
    QString date;
    QString author;   // an `author` field, when the review has one
    QString summary;
    QStringList tags;
    QString price;    // with its currency, empty when there is none
    std::optional<int> total; // tenths
    int maximumTotal = 0;     // tenths
    QStringList axisLabels;
    QList<std::optional<int>> axes; // tenths
    QString body;     // Markdown

    static PrintedReview from(const ReviewDocument &document);
};

} // namespace Rubric
