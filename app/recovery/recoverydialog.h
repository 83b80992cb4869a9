#pragma once

#include "document/recoverystore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Rubric {

class DiffView;

// Offered at start when a crash or kill left unsaved work: each recovered review with
// what differs from the file on disk, to restore (opened with the recovered text as an
// unsaved, undoable change) or discard. "Decide Later" keeps the copies for next time.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryDialog(const QList<RecoveryEntry> &entries, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    DiffView *diffView() const { return m_diff; }
    QLabel *details() const { return m_details; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *laterButton() const { return m_later; }
    qsizetype remaining() const { return m_entries.size(); }

Q_SIGNALS:
    // The handler returns through `done`: false keeps the entry in the list.
    void restoreRequested(const Rubric::RecoveryEntry &entry, bool *done);
    void discardRequested(const Rubric::RecoveryEntry &entry);

private:
    void showCurrent();
    void finish(bool restore);

    QList<RecoveryEntry> m_entries;
    QListWidget *m_list;
    QLabel *m_details;
    DiffView *m_diff;
    QPushButton *m_restore;
    QPushButton *m_discard;
    QPushButton *m_later;
};

} // namespace Rubric
