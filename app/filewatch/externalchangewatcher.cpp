#include "externalchangewatcher.h"

#include "document/boundedread.h"
#include "document/reviewdocument.h"
#include "document/utf8.h"
#include "documentview.h"
#include "documentwindow.h"
#include "editor/markdowneditor.h"
#include "recovery/diffview.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QMainWindow>
#include <QPointer>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace Rubric {

ExternalChangeWatcher::ExternalChangeWatcher(DocumentWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_watcher(new QFileSystemWatcher(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::checkPending);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ExternalChangeWatcher::schedule);
    // The folder tells when a file comes back, or is replaced by a rename (as many editors
    // save), which ends the watch on the file itself.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ExternalChangeWatcher::schedule);
    m_window->workspace()->addAttachment(this);
}

ExternalChangeWatcher::~ExternalChangeWatcher()
{
    m_window->workspace()->removeAttachment(this);
}

void ExternalChangeWatcher::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void ExternalChangeWatcher::attach(ReviewDocument *document)
{
    m_documents.append(document);
    connect(document, &ReviewDocument::pathChanged, this, &ExternalChangeWatcher::refreshPaths);
    connect(document, &ReviewDocument::saved, this, [this, document] {
        m_kept.remove(document);
        refreshPaths();
        setMissing(document, false);
    });
    refreshPaths();
}

void ExternalChangeWatcher::detach(ReviewDocument *document)
{
    disconnect(document, nullptr, this, nullptr);
    m_documents.removeOne(document);
    m_missing.remove(document);
    m_kept.remove(document);
    refreshPaths();
}

bool ExternalChangeWatcher::isMissing(const ReviewDocument *document) const
{
    return m_missing.contains(document);
}

void ExternalChangeWatcher::refreshPaths()
{
    QSet<QString> files, folders;
    for (const ReviewDocument *document : std::as_const(m_documents)) {
        const QFileInfo file(document->filePath());
        if (file.exists())
            files.insert(file.absoluteFilePath());
        if (QFileInfo(file.absolutePath()).isDir())
            folders.insert(file.absolutePath());
    }
    const QStringList watchedFiles = m_watcher->files();
    const QStringList watchedFolders = m_watcher->directories();
    for (const QString &path : watchedFiles) {
        if (!files.remove(path))
            m_watcher->removePath(path);
    }
    for (const QString &path : watchedFolders) {
        if (!folders.remove(path))
            m_watcher->removePath(path);
    }
    if (!files.isEmpty())
        m_watcher->addPaths(files.values());
    if (!folders.isEmpty())
        m_watcher->addPaths(folders.values());
}

void ExternalChangeWatcher::schedule(const QString &path)
{
    m_pending.insert(path);
    m_timer->start();
}

void ExternalChangeWatcher::checkPending()
{
    if (m_asking) { // one question at a time; the rest once it is answered
        m_timer->start();
        return;
    }
    const QSet<QString> pending = std::exchange(m_pending, {});
    refreshPaths(); // re-adds a file replaced by a rename, and one that came back
    const QList<ReviewDocument *> documents = m_documents;
    for (ReviewDocument *document : documents) {
        if (!m_documents.contains(document))
            continue; // closed by an earlier check's question
        const QFileInfo file(document->filePath());
        if (pending.contains(file.absoluteFilePath()) || pending.contains(file.absolutePath()))
            check(document);
    }
}

void ExternalChangeWatcher::setMissing(ReviewDocument *document, bool missing)
{
    if (missing == m_missing.contains(document))
        return;
    if (missing)
        m_missing.insert(document);
    else
        m_missing.remove(document);
    Q_EMIT missingChanged(document, missing);
}

void ExternalChangeWatcher::check(DocumentView *view)
{
    check(view->document());
}

void ExternalChangeWatcher::check(ReviewDocument *document)
{
    const QString path = document->filePath();
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists()) {
        if (!isMissing(document))
            Q_EMIT message(tr("%1 was deleted or moved. It stays open: Save writes it again, Save As elsewhere.").arg(shown));
        setMissing(document, true);
        return;
    }
    setMissing(document, false);
    // As ReviewDocument::load: a file beyond the limit is not read at all (a log or an
    // image saved over the review must not be pulled into memory on every change).
    const BoundedRead read = readFileBounded(path, ReviewDocument::maximumFileSize);
    if (read.status == BoundedRead::Status::TooLarge || read.status == BoundedRead::Status::NotAFile) {
        const QByteArray seen = "\0too large: " + QByteArray::number(read.size) + ' ' + QByteArray::number(read.modified);
        if (m_kept.value(document) != seen) { // once per version, not on every change event
            m_kept.insert(document, seen);
            Q_EMIT message(tr("%1 changed on disk and can no longer be read as a review; your version stays open.").arg(shown));
        }
        return;
    }
    if (!read.ok())
        return;
    const QByteArray &bytes = read.bytes;
    // Rubric's own save, a touch, or a version the user already chose not to load.
    if (bytes == m_window->workspace()->diskBytes(document) || (m_kept.contains(document) && m_kept.value(document) == bytes))
        return;
    if (bytes.size() > ReviewDocument::maximumFileSize || !QByteArrayView(bytes).isValidUtf8()) {
        m_kept.insert(document, bytes);
        Q_EMIT message(tr("%1 changed on disk and can no longer be read as a review; your version stays open.").arg(shown));
        return;
    }
    if (!document->isModified()) {
        reloadKeepingPlace(document, bytes);
        Q_EMIT message(tr("%1 changed on disk and was reloaded.").arg(shown));
        return;
    }
    m_asking = true;
    Choice choice = ask(document, bytes);
    while (choice == Choice::ShowDifferences) {
        showDifferences(document, bytes);
        choice = ask(document, bytes);
    }
    m_asking = false;
    if (choice == Choice::Reload) {
        reloadKeepingPlace(document, bytes);
        Q_EMIT message(tr("%1 reloaded from disk.").arg(shown));
    } else {
        m_kept.insert(document, bytes);
        Q_EMIT message(tr("Kept your version of %1; saving it will ask before overwriting the file.").arg(shown));
    }
}

ExternalChangeWatcher::Choice ExternalChangeWatcher::ask(ReviewDocument *document, const QByteArray &diskBytes)
{
    if (m_decider)
        return m_decider(m_window->viewOf(document), diskBytes);
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                    tr("%1 was changed by another program, and you have unsaved changes to it.")
                        .arg(QDir::toNativeSeparators(document->filePath())),
                    QMessageBox::NoButton, m_window->mainWindow());
    box.setInformativeText(tr("Reload it from disk (Undo brings your changes back), keep your version (saving will ask "
                              "before overwriting the file), or look at the differences first."));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
    QPushButton *differences = box.addButton(tr("Show &Differences"), QMessageBox::ActionRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == reload)
        return Choice::Reload;
    return box.clickedButton() == differences ? Choice::ShowDifferences : Choice::KeepMine;
}

void ExternalChangeWatcher::showDifferences(ReviewDocument *document, const QByteArray &diskBytes)
{
    QDialog dialog(m_window->mainWindow());
    dialog.setWindowTitle(tr("Differences — %1").arg(QFileInfo(document->filePath()).fileName()));
    auto *label = new QLabel(tr("From the file on disk (−) to your unsaved version (+):"));
    auto *diff = new DiffView;
    diff->setTexts(decodeUtf8(diskBytes), document->text());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(diff, 1);
    layout->addWidget(buttons);
    dialog.resize(900, 600);
    Q_EMIT differencesShown(&dialog);
    dialog.exec();
}

void ExternalChangeWatcher::reloadKeepingPlace(ReviewDocument *document, const QByteArray &bytes)
{
    m_kept.remove(document);
    DocumentView *view = m_window->viewOf(document);
    if (!view) {
        m_window->workspace()->reloadBytes(document, bytes);
        return;
    }
    // The cursor keeps its line and column, the view its scroll position, as far as the
    // new text allows.
    MarkdownEditor *editor = view->editor();
    const QTextCursor cursor = editor->textCursor();
    const int line = cursor.blockNumber();
    const int column = cursor.positionInBlock();
    const int vertical = editor->verticalScrollBar()->value();
    const int horizontal = editor->horizontalScrollBar()->value();
    if (const EditOutcome outcome = m_window->workspace()->reloadBytes(document, bytes); !outcome.ok()) {
        Q_EMIT message(outcome.error);
        return;
    }
    const QTextBlock block = editor->document()->findBlockByNumber(std::min(line, editor->blockCount() - 1));
    QTextCursor restored(block);
    restored.setPosition(block.position() + std::min(column, block.length() - 1));
    editor->setTextCursor(restored);
    // Again once the editor has laid out the new text, which moves the scroll bars.
    const auto scroll = [editor, vertical, horizontal] {
        editor->verticalScrollBar()->setValue(vertical);
        editor->horizontalScrollBar()->setValue(horizontal);
    };
    scroll();
    QTimer::singleShot(0, editor, [this, view = QPointer<DocumentView>(view), scroll] {
        scroll();
        if (view)
            Q_EMIT reloaded(view);
    });
}

} // namespace Rubric
