#pragma once

#include <QUndoCommand>
#include <QUndoStack>

namespace Rubric {

// Undoes the last step and drops it from the stack: a refused change (a macro one of
// whose steps failed) leaves nothing behind to redo, the stack as it was before.
inline void undoAndDiscard(QUndoStack *stack)
{
    if (!stack || stack->index() == 0)
        return;
    stack->undo();
    // QUndoStack::redo() deletes an obsolete command instead of redoing it.
    const_cast<QUndoCommand *>(stack->command(stack->index()))->setObsolete(true);
    stack->redo();
}

} // namespace Rubric
