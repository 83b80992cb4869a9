#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rubric {

class Schema;

// A proposed commit message from what changed in the chosen reviews:
// "sony-ier-m9 (en, ja): cost_performance 0.3 → 0.4, price 1,093 → 999".
namespace CommitMessage {

struct ReviewChange
{
    QString path;   // for the ref when the front matter has none
    QString before; // the text at HEAD; empty for a new file
    QString after;  // the working text; empty for a deleted file
    bool isNew = false;
    bool isDeleted = false;
};

// The changes of one review, each a short phrase ("total 3.2 → 3.3", "summary", "text").
QStringList describe(const ReviewChange &change, const Schema &schema);
// One line per ref (its languages together), the first line a summary when several.
QString propose(const QList<ReviewChange> &changes, const Schema &schema);

} // namespace CommitMessage

} // namespace Rubric
