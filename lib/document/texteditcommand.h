#pragma once

#include "textedit.h"

#include <QUndoCommand>

namespace Rubric {

class ReviewDocument;

// The one kind of undo step: a list of text edits applied to a document. Field, rating
// and body changes all become this, so one stack undoes them all in order.
class TextEditCommand final : public QUndoCommand
{
public:
    // `steps` are applied in order as one undo step (an edit and the edits it implies).
    TextEditCommand(ReviewDocument *document, QList<TextEdits> steps, const QString &description, int mergeId = -1,
                    const QString &mergeKey = {});

    // Merge ids: consecutive commands with the same id (and key) become one undo step.
    enum MergeId { TypingMerge = 1, FieldMerge = 2 };

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReviewDocument *m_document;
    QList<TextEdits> m_steps;    // applied in order by redo
    QList<TextEdits> m_inverses; // applied in reverse order by undo
    int m_mergeId;
    QString m_mergeKey; // e.g. the field being typed into
};

} // namespace Rubric
