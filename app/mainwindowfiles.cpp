#include "mainwindowfiles.h"

#include "document/reviewdocument.h"
#include "documentview.h"
#include "recentfiles.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QUndoStack>

namespace Rubric {

FileActions::FileActions(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
}

bool FileActions::save(DocumentView *view)
{
    if (!view)
        return false;
    ReviewDocument *document = view->document();
    SaveOutcome outcome = m_workspace->save(document);
    if (outcome.status == SaveOutcome::Status::ChangedOnDisk) {
        const auto answer = QMessageBox::warning(
            m_window, tr("File Changed on Disk"),
            tr("%1 was changed by another program since Rubric read it.\n\nOverwrite it with your version?")
                .arg(QDir::toNativeSeparators(document->filePath())),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
        outcome = m_workspace->save(document, true);
    }
    if (!outcome.ok()) {
        QMessageBox::critical(m_window, tr("Cannot Save"), outcome.error + tr("\n\nYour edits are still here."));
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(document->filePath())), 4000);
    return true;
}

bool FileActions::saveAs(DocumentView *view)
{
    if (!view)
        return false;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Review As"), view->document()->filePath(),
                                                      tr("Reviews (*.md)"));
    if (path.isEmpty())
        return false;
    const SaveOutcome outcome = m_workspace->saveAs(view->document(), path);
    if (!outcome.ok()) {
        QMessageBox::critical(m_window, tr("Cannot Save"), outcome.error);
        return false;
    }
    if (m_recent)
        m_recent->add(path);
    return true;
}

void FileActions::revert(DocumentView *view)
{
    if (!view || !view->document()->isModified())
        return;
    if (QMessageBox::question(m_window, tr("Revert"),
                              tr("Discard your changes to %1 and reload it from disk?").arg(view->displayName()))
        != QMessageBox::Yes)
        return;
    ReviewDocument *document = view->document();
    // Back to the saved state through the stack (views stay in step, redo stays possible);
    // what is on disk now when it changed or the saved state is no longer on the stack,
    // as one more undo step.
    if (!m_workspace->changedOnDisk(document) && document->undoStack()->cleanIndex() >= 0) {
        document->undoStack()->setIndex(document->undoStack()->cleanIndex());
        return;
    }
    if (const EditOutcome outcome = m_workspace->reload(document); !outcome.ok())
        QMessageBox::warning(m_window, tr("Revert"), outcome.error);
}

bool FileActions::close(DocumentView *view, const std::function<void()> &show)
{
    if (!view)
        return false;
    if (view->document()->isModified()) {
        show();
        const auto answer = QMessageBox::warning(m_window, tr("Unsaved Changes"),
                                                 tr("Save your changes to %1 before closing?").arg(view->displayName()),
                                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                 QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save(view)))
            return false;
    }
    m_workspace->close(view->document()); // the window removes the view as it closes
    return true;
}

} // namespace Rubric
