#include "workspacedocuments.h"

#include "document/reviewdocument.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

namespace Rubric {

WorkspaceDocuments::WorkspaceDocuments(Workspace *workspace)
    : m_workspace(workspace)
{
}

ReviewDocument *WorkspaceDocuments::document(const QString &absolutePath) const
{
    return m_workspace ? m_workspace->document(absolutePath) : nullptr;
}

SaveOutcome WorkspaceDocuments::save(ReviewDocument *document) const
{
    return m_workspace ? m_workspace->save(document) : document->save();
}

void WorkspaceDocuments::fileWritten(const QString &absolutePath) const
{
    if (m_workspace && m_workspace->site())
        m_workspace->site()->fileSaved(absolutePath);
}

} // namespace Rubric
