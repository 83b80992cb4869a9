#pragma once

#include "document/recoverystore.h"
#include "workspace/workspace.h"

#include <QObject>

namespace Rubric {

class DocumentWindow;
class RecoveryDialog;
class ReviewDocument;

// The window's side of crash recovery: a RecoveryRecorder on every review the Workspace
// opens (an attachment of it), and at start the offer of what a crash left behind
// (RecoveryDialog), restored into the window.
class RecoveryManager final : public QObject, public DocumentAttachment
{
    Q_OBJECT

public:
    RecoveryManager(DocumentWindow *window, QObject *parent = nullptr);
    ~RecoveryManager() override;

    // For tests: another folder, a shorter pause before a copy is written.
    void setStore(const RecoveryStore &store) { m_store = store; }
    const RecoveryStore &store() const { return m_store; }
    void setDelay(int milliseconds) { m_delay = milliseconds; }

    void attach(ReviewDocument *document) override;
    void detach(ReviewDocument *document) override;
    // Shows the recovery dialog when copies of ended processes are there; how many.
    qsizetype offerRecovery();
    // Opens the file with the recovered text as an unsaved, undoable change (or, when
    // the file is gone, writes the text back to it). False, with a message, when not.
    bool restore(const RecoveryEntry &entry);
    void discard(const RecoveryEntry &entry);

Q_SIGNALS:
    // The dialog just before it is shown (tests answer it from here).
    void dialogAboutToShow(Rubric::RecoveryDialog *dialog);

private:
    bool restoreMissing(const RecoveryEntry &entry);

    DocumentWindow *m_window;
    RecoveryStore m_store;
    int m_delay;
};

} // namespace Rubric
