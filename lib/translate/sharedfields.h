#pragma once

#include "document/reviewdocument.h"

#include <QCoreApplication>

namespace Rubric {

// The values both language versions of a review share: the rating. A rating changed in one
// language is offered for the other; these apply it, and pair.rating-mismatch
// (validate/sitechecks) reports the pairs that still disagree.
class SharedFields final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::SharedFields)

public:
    SharedFields() = delete;

    // Whether `target`'s axes differ from `ratings`'.
    static bool ratingsDiffer(const Ratings &ratings, const Ratings &target);
    // Sets every axis of `target` that differs from `ratings` (the rating line, the score
    // lines and the total follow) as one undo step on its stack; the caller saves.
    static EditOutcome applyRatings(ReviewDocument &target, const Ratings &ratings);
    // The same on a file that is not open: reads it, applies, saves it atomically (never
    // over a change made meanwhile). An empty string when done, else why not.
    static QString applyRatingsToFile(const Ratings &ratings, const QString &path, const Schema &schema,
                                      bool *changed = nullptr);
};

} // namespace Rubric
