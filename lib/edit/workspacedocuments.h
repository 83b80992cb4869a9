#pragma once

#include "siteedit.h"

#include <QPointer>

namespace Rubric {

class Workspace;

// The Workspace as a site edit sees it: its open reviews take the change on their own
// undo stack and are saved through Workspace::save (so the site's index and problems
// follow); every other file written is refreshed in the open site's index.
class WorkspaceDocuments final : public OpenDocuments
{
public:
    explicit WorkspaceDocuments(Workspace *workspace);

    ReviewDocument *document(const QString &absolutePath) const override;
    SaveOutcome save(ReviewDocument *document) const override;
    void fileWritten(const QString &absolutePath) const override;

private:
    QPointer<Workspace> m_workspace;
};

} // namespace Rubric
