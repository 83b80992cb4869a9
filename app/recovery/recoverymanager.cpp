#include "recoverymanager.h"

#include "document/atomicwrite.h"
#include "document/recoveryrecorder.h"
#include "document/reviewdocument.h"
#include "document/utf8.h"
#include "documentview.h"
#include "mainwindow.h"
#include "recoverydialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace Rubric {

RecoveryManager::RecoveryManager(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_delay(RecoveryRecorder::defaultDelay)
{
}

void RecoveryManager::attach(ReviewDocument *document)
{
    auto *recorder = new RecoveryRecorder(document, m_store, m_delay);
    connect(recorder, &RecoveryRecorder::failed, m_window,
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 10000); });
}

qsizetype RecoveryManager::offerRecovery()
{
    const QList<RecoveryEntry> entries = m_store.orphans();
    if (entries.isEmpty())
        return 0;
    RecoveryDialog dialog(entries, m_window);
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
    DocumentView *view = m_window->currentView();
    ReviewDocument *document = view ? view->document() : nullptr;
    if (!document || QFileInfo(document->filePath()) != QFileInfo(entry.originalPath))
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
    m_window->statusBar()->showMessage(
        tr("Recovered the unsaved changes to %1: save to keep them.").arg(QDir::toNativeSeparators(entry.originalPath)),
        10000);
    return true;
}

bool RecoveryManager::restoreMissing(const RecoveryEntry &entry)
{
    // Nothing is there to overwrite; where the folder went too, the user picks a place.
    QString path = entry.originalPath;
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        path = QFileDialog::getSaveFileName(m_window, tr("Save Recovered Review As"), QFileInfo(path).fileName(),
                                            tr("Reviews (*.md)"));
        if (path.isEmpty())
            return false;
    }
    QString error = tr("the file exists");
    if (QFileInfo::exists(path) || !writeFileAtomically(path, entry.text, &error)) {
        QMessageBox::critical(m_window, tr("Cannot Restore"),
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
