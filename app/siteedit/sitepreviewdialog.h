#pragma once

#include "edit/siteedit.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace Rubric {

class DiffView;
class SitePreviewModel;

// Shows what a site edit would do before it is done: every file that changes, with its
// diff, and every file refused with the reason. Accepting means "apply"; the caller runs
// SiteEdit::apply (off the GUI thread for large edits). Not yet in the Edit menu: the
// integrator hooks it there (see the issue-17 notes).
class SitePreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SitePreviewDialog(const SitePreview &preview, QWidget *parent = nullptr);

    const SitePreview &preview() const;
    SitePreviewModel *model() const { return m_model; }
    DiffView *diffView() const { return m_diff; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void showRow(int row);

    SitePreviewModel *m_model;
    QLabel *m_summary;
    QTableView *m_files;
    DiffView *m_diff;
    QDialogButtonBox *m_buttons;
};

} // namespace Rubric
