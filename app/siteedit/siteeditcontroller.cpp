#include "siteeditcontroller.h"

#include "documentwindow.h"
#include "edit/workspacedocuments.h"
#include "sitepreviewdialog.h"
#include "tags/tagspanel.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent>

namespace Rubric {

SiteEditDialog::SiteEditDialog(QWidget *parent)
    : QDialog(parent)
    , m_where(new QLineEdit)
    , m_tag(new QLineEdit)
    , m_lang(new QLineEdit)
    , m_change(new QComboBox)
    , m_key(new QLineEdit)
    , m_value(new QLineEdit)
{
    setWindowTitle(tr("Site Edit"));
    m_where->setPlaceholderText(tr("as in the library's filter, e.g. total<2 name~sony"));
    m_tag->setPlaceholderText(tr("any"));
    m_lang->setPlaceholderText(tr("any"));
    m_change->addItem(tr("Set field"), int(Change::SetField));
    m_change->addItem(tr("Add tag"), int(Change::AddTag));
    m_change->addItem(tr("Remove tag"), int(Change::RemoveTag));
    m_change->addItem(tr("Rename tag"), int(Change::RenameTag));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("<b>Reviews</b> (every condition given must hold)")));
    form->addRow(tr("&Where:"), m_where);
    form->addRow(tr("With &tag:"), m_tag);
    form->addRow(tr("&Language:"), m_lang);
    form->addRow(new QLabel(tr("<b>Change</b>")));
    form->addRow(tr("&Change:"), m_change);
    form->addRow(tr("&Field:"), m_key);
    form->addRow(tr("&Value:"), m_value);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("Preview…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_change, &QComboBox::currentIndexChanged, this, &SiteEditDialog::updateFields);
    updateFields();
    resize(520, sizeHint().height());
}

void SiteEditDialog::updateFields()
{
    // The "field" line names what the change reads: a field's key, or the tag to change.
    auto *form = static_cast<QFormLayout *>(layout());
    auto *keyLabel = qobject_cast<QLabel *>(form->labelForField(m_key));
    auto *valueLabel = qobject_cast<QLabel *>(form->labelForField(m_value));
    switch (Change(m_change->currentData().toInt())) {
    case Change::SetField:
        keyLabel->setText(tr("&Field:"));
        valueLabel->setText(tr("&Value:"));
        break;
    case Change::AddTag:
    case Change::RemoveTag:
        keyLabel->setText(tr("&Tag:"));
        valueLabel->setText(tr("&Value:"));
        break;
    case Change::RenameTag:
        keyLabel->setText(tr("&Tag:"));
        valueLabel->setText(tr("&New name:"));
        break;
    }
    const auto kind = Change(m_change->currentData().toInt());
    m_value->setEnabled(kind == Change::SetField || kind == Change::RenameTag);
}

SiteSelection SiteEditDialog::selection() const
{
    SiteSelection selection;
    const QString where = m_where->text().simplified();
    if (!where.isEmpty())
        selection.where = where.split(u' ', Qt::SkipEmptyParts);
    selection.tag = m_tag->text().trimmed();
    selection.lang = m_lang->text().trimmed();
    return selection;
}

SiteChange SiteEditDialog::change() const
{
    const QString key = m_key->text().trimmed();
    const QString value = m_value->text().trimmed();
    switch (Change(m_change->currentData().toInt())) {
    case Change::SetField:
        return SiteChange::setField(key, value);
    case Change::AddTag:
        return SiteChange::addTag(key);
    case Change::RemoveTag:
        return SiteChange::removeTag(key);
    case Change::RenameTag:
        break;
    }
    return SiteChange::renameTags({key}, value);
}

SiteEditController::SiteEditController(DocumentWindow *window, QMenu *editMenu)
    : QObject(window->mainWindow())
    , m_window(window)
    , m_documents(std::make_unique<WorkspaceDocuments>(window->workspace()))
    , m_siteEdit(new QAction(tr("&Site Edit…"), this))
    , m_undo(new QAction(tr("Undo Site Ed&it"), this))
    , m_tagsDock(new QDockWidget(tr("Tags"), window->mainWindow()))
{
    m_tagsDock->setObjectName(QStringLiteral("TagsDock")); // for saveState
    m_tagsDock->setWidget(new TagsPanel(window->workspace(), this, m_tagsDock));
    window->addBottomDock(m_tagsDock); // and its View menu toggle
    editMenu->addSeparator();
    editMenu->addAction(m_siteEdit);
    editMenu->addAction(m_undo);
    connect(m_siteEdit, &QAction::triggered, this, &SiteEditController::siteEdit);
    connect(m_undo, &QAction::triggered, this, &SiteEditController::undoLastEdit);
    Workspace *workspace = window->workspace();
    connect(workspace, &Workspace::siteOpened, this, [this] {
        m_last = {}; // an edit of another site is not this one's to undo
        updateActions();
    });
    connect(workspace, &Workspace::siteClosed, this, [this] {
        m_last = {};
        updateActions();
    });
    // The window deletes its central widget (the tabs) first when it goes; a Workspace of
    // its own then closes its site: the window is half gone, stop listening.
    if (QWidget *central = window->mainWindow()->centralWidget())
        connect(central, &QObject::destroyed, this, [this, workspace] { disconnect(workspace, nullptr, this, nullptr); });
    updateActions();
}

SiteEditController::~SiteEditController()
{
    if (m_cancel)
        *m_cancel = true; // a preview still running is dropped
    cancelApply();      // and an apply stops before its next file
}

void SiteEditController::updateActions()
{
    m_siteEdit->setEnabled(m_window->workspace()->site());
    m_undo->setEnabled(!m_last.isEmpty());
    m_undo->setText(m_last.isEmpty() ? tr("Undo Site Ed&it") : tr("Undo Site Ed&it: %1").arg(m_last.description));
}

void SiteEditController::siteEdit()
{
    SiteEditDialog dialog(m_window->mainWindow());
    if (dialog.exec() == QDialog::Accepted)
        preview(dialog.selection(), {dialog.change()});
}

bool SiteEditController::preview(const SiteSelection &selection, const QList<SiteChange> &changes)
{
    Site *site = m_window->workspace()->site();
    if (!site) {
        m_window->showMessage(tr("Open a site first (File > Open Site)."), 5000);
        return false;
    }
    // On this thread: the selection reads the index, which lives here; reading and planning
    // the files is the slow part, and goes to a worker.
    QString error;
    const std::optional<QStringList> paths = selection.resolve(*site->index(), &error);
    if (!paths) {
        QMessageBox::warning(m_window->mainWindow(), tr("Site Edit"), error);
        return false;
    }
    if (paths->isEmpty()) {
        m_window->showMessage(tr("No review matches the selection."), 5000);
        return false;
    }
    startPreview(int(paths->size()), [root = site->root(), paths = *paths, changes, schema = site->schema()](
                                         const std::atomic_bool *cancel) {
        return SiteEdit::preview(root, paths, changes, schema, {}, cancel);
    });
    return true;
}

bool SiteEditController::preview(const QList<SiteEdit::FileChanges> &files, const QString &description)
{
    Site *site = m_window->workspace()->site();
    if (!site) {
        m_window->showMessage(tr("Open a site first (File > Open Site)."), 5000);
        return false;
    }
    if (files.isEmpty()) {
        m_window->showMessage(tr("No review matches the selection."), 5000);
        return false;
    }
    startPreview(int(files.size()), [root = site->root(), files, description, schema = site->schema()](
                                        const std::atomic_bool *cancel) {
        return SiteEdit::preview(root, files, description, schema, {}, cancel);
    });
    return true;
}

void SiteEditController::startPreview(int files, std::function<SitePreview(const std::atomic_bool *cancel)> compute)
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<SitePreview>(this);
    connect(watcher, &QFutureWatcher<SitePreview>::finished, this, [this, watcher, cancel = m_cancel] {
        watcher->deleteLater();
        if (*cancel)
            return; // superseded or the window went
        m_cancel.reset();
        showPreview(watcher->result());
    });
    m_window->showMessage(tr("Previewing the edit of %n reviews…", nullptr, files));
    watcher->setFuture(QtConcurrent::run([compute = std::move(compute), cancel = m_cancel] { return compute(cancel.get()); }));
}

void SiteEditController::showPreview(const SitePreview &preview)
{
    m_window->showMessage(QString());
    m_preview = new SitePreviewDialog(preview, m_window->mainWindow());
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    m_preview->resize(1000, 700);
    connect(m_preview, &QDialog::accepted, this, [this, preview] { apply(preview); });
    m_preview->open();
    Q_EMIT previewShown();
}

void SiteEditController::apply(const SitePreview &preview)
{
    Site *site = m_window->workspace()->site();
    if (!site || site->root() != preview.root || m_applying)
        return; // the site changed while the preview was shown
    // Open reviews change here, on their own undo stacks, which live in this thread; the
    // other files are written off it, in batches, so that a cancel (between batches, or
    // before any file of the running one) leaves every file old or new and the undo
    // record covering exactly the files written.
    SitePreview open = preview;
    SitePreview closed = preview;
    open.files.clear();
    closed.files.clear();
    for (const FilePlan *file : preview.changes())
        (m_documents->document(QDir::cleanPath(QDir(preview.root).filePath(file->path))) ? open : closed).files.append(*file);
    m_report = SiteEdit::apply(open, site->schema(), m_documents.get());
    m_report.undo.root = preview.root;
    m_report.undo.description = preview.description;
    m_pending.clear();
    constexpr int batchSize = 25;
    for (qsizetype first = 0; first < closed.files.size(); first += batchSize) {
        SitePreview batch = closed;
        batch.files = closed.files.mid(first, batchSize);
        m_pending.append(batch);
    }
    m_applyTotal = int(closed.files.size());
    m_applyDone = 0;
    if (m_pending.isEmpty()) {
        finishApply();
        return;
    }
    m_applying = true;
    m_applyCancel = std::make_shared<std::atomic_bool>(false);
    m_progress = new QProgressDialog(tr("Writing %n reviews…", nullptr, m_applyTotal), tr("Cancel"), 0, m_applyTotal,
                                     m_window->mainWindow());
    m_progress->setWindowTitle(tr("Site Edit"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &SiteEditController::cancelApply);
    applyNextBatch();
}

void SiteEditController::cancelApply()
{
    if (m_applyCancel)
        *m_applyCancel = true;
}

void SiteEditController::applyNextBatch()
{
    Site *site = m_window->workspace()->site();
    if (m_pending.isEmpty() || *m_applyCancel || !site) {
        m_report.cancelled = m_report.cancelled || !m_pending.isEmpty();
        m_applying = false;
        delete m_progress;
        finishApply();
        return;
    }
    const SitePreview batch = m_pending.takeFirst();
    auto *watcher = new QFutureWatcher<ApplyReport>(this);
    connect(watcher, &QFutureWatcher<ApplyReport>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const ApplyReport done = watcher->result();
        for (const FileOutcome &outcome : done.files) {
            m_report.files.append(outcome);
            if (outcome.status == FileOutcome::Status::Written)
                m_documents->fileWritten(QDir::cleanPath(QDir(m_report.undo.root).filePath(outcome.path)));
        }
        m_report.undo.entries += done.undo.entries;
        m_report.cancelled = m_report.cancelled || done.cancelled;
        m_applyDone += int(done.files.size());
        if (m_progress)
            m_progress->setValue(m_applyDone);
        Q_EMIT applyProgress(m_applyDone, m_applyTotal);
        applyNextBatch();
    });
    watcher->setFuture(QtConcurrent::run([batch, schema = site->schema(), cancel = m_applyCancel] {
        return SiteEdit::apply(batch, schema, nullptr, {}, cancel.get());
    }));
}

void SiteEditController::finishApply()
{
    const ApplyReport report = std::exchange(m_report, {});
    if (!report.undo.isEmpty())
        m_last = report.undo;
    updateActions();
    QStringList refused;
    for (const FileOutcome &outcome : report.files) {
        if (outcome.status != FileOutcome::Status::Written)
            refused.append(tr("%1: %2").arg(outcome.path, outcome.message));
    }
    m_window->showMessage(report.cancelled ? tr("Site edit cancelled: %n files changed (Undo Site Edit restores them)",
                                                nullptr, report.writtenCount())
                                           : tr("Site edit: %n files changed", nullptr, report.writtenCount()),
                          8000);
    if (!refused.isEmpty())
        QMessageBox::warning(m_window->mainWindow(), tr("Site Edit"),
                             tr("%n files were left as they were:", nullptr, int(refused.size())) + u'\n'
                                 + refused.join(u'\n'));
    Q_EMIT applied(report);
}

void SiteEditController::undoLastEdit()
{
    Site *site = m_window->workspace()->site();
    if (m_last.isEmpty() || !site)
        return;
    const ApplyReport report = SiteEdit::revert(m_last, site->schema(), m_documents.get());
    QStringList changed;
    for (const FileOutcome &outcome : report.files) {
        if (outcome.status != FileOutcome::Status::Written)
            changed.append(tr("%1: %2").arg(outcome.path, outcome.message));
    }
    m_last = {};
    updateActions();
    m_window->showMessage(tr("Undid the site edit: %n files restored", nullptr, report.writtenCount()), 8000);
    if (!changed.isEmpty())
        QMessageBox::information(m_window->mainWindow(), tr("Undo Site Edit"),
                                 tr("%n files changed since the site edit and were left as they are:", nullptr,
                                    int(changed.size()))
                                     + u'\n' + changed.join(u'\n'));
    Q_EMIT reverted(report);
}

} // namespace Rubric
