#include "texteditcommand.h"

#include "reviewdocument.h"

namespace Rubric {

TextEditCommand::TextEditCommand(ReviewDocument *document, TextEdits edits, const QString &description, int mergeId)
    : m_document(document)
    , m_mergeId(mergeId)
{
    setText(description);
    m_steps.append(std::move(edits));
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
    if (command->m_document != m_document || m_mergeId < 0)
        return false;
    m_steps += command->m_steps;
    m_inverses += command->m_inverses;
    return true;
}

} // namespace Rubric
