#pragma once

#include "edit/siteedit.h"
#include "edit/siteselection.h"
#include "siteedit/sitepreviewdialog.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLineEdit;
class QMenu;
class QProgressDialog;

namespace Rubric {

class DocumentWindow;
class WorkspaceDocuments;

// Edit > Site Edit…: which reviews (a library condition, a tag, a language) and one change.
class SiteEditDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Change { SetField, AddTag, RemoveTag, RenameTag };

    explicit SiteEditDialog(QWidget *parent = nullptr);

    QLineEdit *whereEdit() const { return m_where; }
    QLineEdit *tagEdit() const { return m_tag; }
    QLineEdit *langEdit() const { return m_lang; }
    QComboBox *changeBox() const { return m_change; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *valueEdit() const { return m_value; }

    SiteSelection selection() const;
    SiteChange change() const;

private:
    void updateFields();

    QLineEdit *m_where;
    QLineEdit *m_tag;
    QLineEdit *m_lang;
    QComboBox *m_change;
    QLineEdit *m_key;
    QLineEdit *m_value;
};

// Issue 17 in the window: Edit > Site Edit… (selection and change → a preview computed off
// the GUI thread → SitePreviewDialog → applied through the Workspace, open reviews on their
// own undo stacks) and Edit > Undo Site Edit (the last applied edit, naming the files
// changed since, which it leaves alone).
class SiteEditController final : public QObject
{
    Q_OBJECT

public:
    SiteEditController(DocumentWindow *window, QMenu *editMenu);
    ~SiteEditController() override;

    QAction *siteEditAction() const { return m_siteEdit; }
    QAction *undoAction() const { return m_undo; }
    // The preview being shown, nullptr when none.
    SitePreviewDialog *previewDialog() const { return m_preview; }
    const SiteEditUndo &lastEdit() const { return m_last; }

    // Asks what to change, then previews it.
    void siteEdit();
    // Previews `changes` on the reviews `selection` picks (off the GUI thread); the preview
    // dialog follows, and applies on Apply. False (after saying why) when nothing to preview.
    bool preview(const SiteSelection &selection, const QList<SiteChange> &changes);
    // Previews per-file changes (a tag rename from the Tags dock), as above.
    bool preview(const QList<SiteEdit::FileChanges> &files, const QString &description);
    QDockWidget *tagsDock() const { return m_tagsDock; }
    void undoLastEdit();
    // Stops an apply running off the GUI thread before its next file (the Cancel button).
    void cancelApply();
    bool isApplying() const { return m_applying; }

Q_SIGNALS:
    void previewShown();
    void applied(const Rubric::ApplyReport &report);
    // The files written off the GUI thread so far, after each batch.
    void applyProgress(int done, int total);
    void reverted(const Rubric::ApplyReport &report);

private:
    void startPreview(int files, std::function<SitePreview(const std::atomic_bool *cancel)> compute);
    void showPreview(const SitePreview &preview);
    void apply(const SitePreview &preview);
    void applyNextBatch();
    void finishApply();
    void updateActions();

    DocumentWindow *m_window;
    std::unique_ptr<WorkspaceDocuments> m_documents;
    QAction *m_siteEdit;
    QAction *m_undo;
    QPointer<SitePreviewDialog> m_preview;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the preview being computed
    SiteEditUndo m_last;
    QDockWidget *m_tagsDock;
    // The apply in progress: its report so far, the batches left, its cancel flag.
    ApplyReport m_report;
    QList<SitePreview> m_pending;
    std::shared_ptr<std::atomic_bool> m_applyCancel;
    QPointer<QProgressDialog> m_progress;
    int m_applyTotal = 0;
    int m_applyDone = 0;
    bool m_applying = false;
};

} // namespace Rubric
