#include "recoverymanager.h"

#include "document/atomicwrite.h"
#include "document/recoveryrecorder.h"
#include "document/reviewdocument.h"
#include "document/utf8.h"
#include "documentwindow.h"
#include "recoverydialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>

namespace Rubric {

RecoveryManager::RecoveryManager(DocumentWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_delay(RecoveryRecorder::defaultDelay)
{
    m_window->workspace()->addAttachment(this);
}

RecoveryManager::~RecoveryManager()
{
    m_window->workspace()->removeAttachment(this);
}

void RecoveryManager::attach(ReviewDocument *document)
{
    auto *recorder = new RecoveryRecorder(document, m_store, m_delay); // a child of the document
    connect(recorder, &RecoveryRecorder::failed, this, [this](const QString &message) { m_window->showMessage(message, 10000); });
}

void RecoveryManager::detach(ReviewDocument *document)
{
    // The recorder removes the copy when the document goes; when only this manager goes
    // (the window closes, the Workspace stays), recording ends with it.
    delete document->findChild<RecoveryRecorder *>();
}

qsizetype RecoveryManager::offerRecovery()
{
    const QList<RecoveryEntry> entries = m_store.orphans();
    if (entries.isEmpty())
        return 0;
    RecoveryDialog dialog(entries, m_window->mainWindow());
    connect(&dialog, &RecoveryDialog::restoreRequested, this,
            [this](const RecoveryEntry &entry, bool *done) { *done = restore(entry); });
    connect(&dialog, &RecoveryDialog::discardRequested, this, &RecoveryManager::discard);
    Q_EMIT dialogAboutToShow(&dialog);
    dialog.exec();
    return entries.size();
}

bool RecoveryManager::restore(const RecoveryEntry &entry)
{
    if (!QFileInfo::exists(entry.originalPath))
        return restoreMissing(entry);
    if (!m_window->openFile(entry.originalPath))
        return false; // the window said why
    ReviewDocument *document = m_window->workspace()->document(entry.originalPath);
    if (!document)
        return false;
    const TextEdit edit = differenceOf(document->text(), decodeUtf8(entry.text));
    if (edit.length == 0 && edit.text.isEmpty()) {
        RecoveryStore::removeCopy(entry); // the file already holds the recovered text
        return true;
    }
    document->replaceText({edit}, tr("Recovered Changes"));
    // This process's copy replaces the crashed one's at once: a second crash loses nothing.
    auto *recorder = document->findChild<RecoveryRecorder *>();
    if (recorder && recorder->writeNow() && entry.recoveryFile != m_store.fileFor(entry.originalPath))
        RecoveryStore::removeCopy(entry);
    m_window->showMessage(
        tr("Recovered the unsaved changes to %1: save to keep them.").arg(QDir::toNativeSeparators(entry.originalPath)),
        10000);
    return true;
}

bool RecoveryManager::restoreMissing(const RecoveryEntry &entry)
{
    // Nothing is there to overwrite; where the folder went too, the user picks a place.
    QString path = entry.originalPath;
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        path = QFileDialog::getSaveFileName(m_window->mainWindow(), tr("Save Recovered Review As"), QFileInfo(path).fileName(),
                                            tr("Reviews (*.md)"));
        if (path.isEmpty())
            return false;
    }
    QString error = tr("the file exists");
    if (QFileInfo::exists(path) || !writeFileAtomically(path, entry.text, &error)) {
        QMessageBox::critical(m_window->mainWindow(), tr("Cannot Restore"),
                              tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    RecoveryStore::removeCopy(entry);
    return m_window->openFile(path);
}

void RecoveryManager::discard(const RecoveryEntry &entry)
{
    RecoveryStore::removeCopy(entry);
}

} // namespace Rubric
