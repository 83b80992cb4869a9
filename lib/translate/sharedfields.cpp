#include "sharedfields.h"

#include "document/undodiscard.h"

#include <QUndoStack>

namespace Rubric {

bool SharedFields::ratingsDiffer(const Ratings &ratings, const Ratings &target)
{
    return ratings.values.mid(1) != target.values.mid(1);
}

EditOutcome SharedFields::applyRatings(ReviewDocument &target, const Ratings &ratings)
{
    const Schema &schema = target.schema();
    if (!ratings.isValid())
        return {tr("the rating to apply is not valid: %1").arg(ratings.error)};
    const Ratings current = target.ratings();
    QList<int> axes;
    for (int i = 0; i < schema.axes().size(); ++i) {
        if (!ratings.axis(i))
            return {tr("the rating to apply has no value for %1").arg(schema.axes().at(i).id)};
        if (current.axis(i) != ratings.axis(i))
            axes.append(i);
    }
    if (axes.isEmpty())
        return {};
    QUndoStack *stack = target.undoStack();
    stack->beginMacro(tr("Apply the rating of the other language"));
    EditOutcome outcome{QString(), true};
    for (int i : std::as_const(axes)) {
        const EditOutcome step = target.setAxis(schema.axes().at(i).id, *ratings.axis(i));
        if (!step.ok()) {
            outcome = step;
            break;
        }
    }
    stack->endMacro();
    if (!outcome.ok()) {
        undoAndDiscard(stack); // all or nothing, and nothing left to redo
        return outcome;
    }
    return outcome;
}

QString SharedFields::applyRatingsToFile(const Ratings &ratings, const QString &path, const Schema &schema,
                                         bool *changed)
{
    if (changed)
        *changed = false;
    ReviewDocument document(schema);
    if (!document.load(path)) {
        const Problems problems = document.readProblems();
        return tr("%1: %2").arg(path, problems.isEmpty() ? QString() : problems.constFirst().message);
    }
    const EditOutcome outcome = applyRatings(document, ratings);
    if (!outcome.ok())
        return tr("%1: %2").arg(path, outcome.error);
    if (!outcome.changed)
        return {};
    const SaveOutcome saved = document.save();
    if (!saved.ok())
        return saved.error;
    if (changed)
        *changed = true;
    return {};
}

} // namespace Rubric
