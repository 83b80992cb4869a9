#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include "workspace/workspace.h"

#include <functional>

class QFileSystemWatcher;
class QTimer;

namespace Rubric {

class DocumentView;
class DocumentWindow;
class ReviewDocument;

// Watches the files of the open reviews. A file changed by another program is reloaded
// silently when it has no unsaved edits (cursor and scroll kept); with unsaved edits the
// user chooses: reload, keep theirs (saving then asks before overwriting), or see the
// differences first. A file deleted or moved stays open, marked, and can be saved again.
// Rubric's own saves leave the file as the document knows it, so they prompt nothing.
// A reload is one undo step (Workspace::reloadBytes): the edits before it stay undoable.
// Attached by the Workspace to every open review.
class ExternalChangeWatcher final : public QObject, public DocumentAttachment
{
    Q_OBJECT

public:
    enum class Choice { Reload, KeepMine, ShowDifferences };
    // Asked when a file with unsaved edits changed on disk; by default a message box.
    using Decider = std::function<Choice(DocumentView *view, const QByteArray &diskBytes)>;

    ExternalChangeWatcher(DocumentWindow *window, QObject *parent = nullptr);
    ~ExternalChangeWatcher() override;

    void attach(ReviewDocument *document) override;
    void detach(ReviewDocument *document) override;
    bool isMissing(const ReviewDocument *document) const;
    void setDecider(Decider decider) { m_decider = std::move(decider); }
    // How long to let a burst of change notifications settle (a save in several writes).
    void setDelay(int milliseconds);
    // Compares the view's document with its file now, and acts as on a notification.
    void check(ReviewDocument *document);
    void check(DocumentView *view);
    QFileSystemWatcher *fileSystemWatcher() const { return m_watcher; }

Q_SIGNALS:
    void missingChanged(Rubric::ReviewDocument *document, bool missing);
    void reloaded(Rubric::DocumentView *view);
    void message(const QString &text);
    // The differences dialog just before it is shown (tests close it from here).
    void differencesShown(QWidget *dialog);

private:
    void refreshPaths();
    void schedule(const QString &path);
    void checkPending();
    void setMissing(ReviewDocument *document, bool missing);
    void reloadKeepingPlace(ReviewDocument *document, const QByteArray &bytes);
    Choice ask(ReviewDocument *document, const QByteArray &diskBytes);
    void showDifferences(ReviewDocument *document, const QByteArray &diskBytes);

    DocumentWindow *m_window;
    QFileSystemWatcher *m_watcher;
    QTimer *m_timer;
    QList<ReviewDocument *> m_documents;                // attached, in opening order
    QSet<QString> m_pending;                            // paths (files or folders) to look at
    QSet<const ReviewDocument *> m_missing;
    QHash<const ReviewDocument *, QByteArray> m_kept;   // disk versions the user chose not to load
    Decider m_decider;
    bool m_asking = false;
};

} // namespace Rubric
