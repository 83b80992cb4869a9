#pragma once

#include "recoverystore.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace Rubric {

class ReviewDocument;

// Keeps a recovery copy of one document while it has unsaved changes: written once the
// edits pause for `delay` (never per keystroke, never over the file itself), removed
// when the document is saved, back to its saved state, or closed.
class RecoveryRecorder final : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultDelay = 3000; // ms

    // A child of `document`, so it goes with it.
    explicit RecoveryRecorder(ReviewDocument *document, const RecoveryStore &store = RecoveryStore(),
                              int delay = defaultDelay);
    ~RecoveryRecorder() override;

    void setDelay(int milliseconds);
    bool isPending() const;
    bool hasCopy() const { return !m_copyPath.isEmpty(); }
    // Writes the copy now (when the document has unsaved changes).
    bool writeNow();
    const RecoveryStore &store() const { return m_store; }

Q_SIGNALS:
    void written(const QString &recoveryFile);
    void failed(const QString &message);

private:
    void documentChanged();
    void discard();

    QPointer<ReviewDocument> m_document;
    RecoveryStore m_store;
    QTimer *m_timer;
    QString m_copyPath; // the original path of the copy on disk, if any
};

} // namespace Rubric
