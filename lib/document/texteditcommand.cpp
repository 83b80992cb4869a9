#include "texteditcommand.h"

#include "reviewdocument.h"

namespace Rubric {

TextEditCommand::TextEditCommand(ReviewDocument *document, QList<TextEdits> steps, const QString &description,
                                 int mergeId, const QString &mergeKey)
    : m_document(document)
    , m_steps(std::move(steps))
    , m_mergeId(mergeId)
    , m_mergeKey(mergeKey)
{
    setText(description);
}

void TextEditCommand::redo()
{
    m_inverses.clear();
    for (const auto &step : std::as_const(m_steps)) {
        m_inverses.append(invertEdits(m_document->text(), step));
        m_document->applyNow(step);
    }
}

void TextEditCommand::undo()
{
    for (qsizetype i = m_inverses.size() - 1; i >= 0; --i)
        m_document->applyNow(m_inverses.at(i));
}

bool TextEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *command = static_cast<const TextEditCommand *>(other);
    if (command->m_document != m_document || m_mergeId < 0 || command->m_mergeKey != m_mergeKey)
        return false;
    m_steps += command->m_steps;
    m_inverses += command->m_inverses;
    return true;
}

} // namespace Rubric
