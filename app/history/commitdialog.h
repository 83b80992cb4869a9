#pragma once

#include "schema/schema.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Rubric {

class GitRepository;

// File > Commit…: the changed reviews of the site (History::status) with a check box each,
// a message proposed from what changed in the checked ones (CommitMessage::propose, until
// the user writes one), and Commit (History::commit). A refusal (detached HEAD, merge in
// progress, no identity…) is shown in the dialog, which stays open.
class CommitDialog final : public QDialog
{
    Q_OBJECT

public:
    CommitDialog(GitRepository *repository, const QString &root, const Schema &schema, QWidget *parent = nullptr);

    QListWidget *fileList() const { return m_files; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QPushButton *commitButton() const { return m_commitButton; }
    QLabel *errorLabel() const { return m_error; }
    QStringList checkedFiles() const;     // absolute paths
    QString committed() const { return m_committed; } // the new commit's id once accepted

    void commit();

private:
    void propose();

    GitRepository *m_repository;
    QString m_root;
    Schema m_schema;
    QListWidget *m_files;
    QPlainTextEdit *m_message;
    QPushButton *m_commitButton;
    QLabel *m_error;
    QString m_proposed; // the last proposal: a message the user changed is theirs
    QString m_committed;
};

} // namespace Rubric
