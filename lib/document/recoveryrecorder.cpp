#include "recoveryrecorder.h"

#include "reviewdocument.h"

#include <QFileInfo>
#include <QTimer>

namespace Rubric {

RecoveryRecorder::RecoveryRecorder(ReviewDocument *document, const RecoveryStore &store, int delay)
    : QObject(document)
    , m_document(document)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delay);
    connect(m_timer, &QTimer::timeout, this, &RecoveryRecorder::writeNow);
    connect(document, &ReviewDocument::textChanged, this, &RecoveryRecorder::documentChanged);
    connect(document, &ReviewDocument::modifiedChanged, this, &RecoveryRecorder::documentChanged);
    connect(document, &ReviewDocument::saved, this, &RecoveryRecorder::discard);
    connect(document, &ReviewDocument::pathChanged, this, [this] {
        // A copy under the old name would be offered for a file that is no longer this one.
        if (m_document && m_document->isModified() && hasCopy()) {
            discard();
            m_timer->start();
        }
    });
}

RecoveryRecorder::~RecoveryRecorder()
{
    // Closed (saved or discarded): nothing is left to recover. A crash never gets here.
    discard();
}

void RecoveryRecorder::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

bool RecoveryRecorder::isPending() const
{
    return m_timer->isActive();
}

void RecoveryRecorder::documentChanged()
{
    if (m_document && m_document->isModified()) {
        m_timer->start(); // restarted by every edit: written once the typing pauses
        return;
    }
    discard(); // undone back to the saved text, or reloaded
}

void RecoveryRecorder::discard()
{
    m_timer->stop();
    if (hasCopy())
        m_store.remove(m_copyPath);
    m_copyPath.clear();
}

bool RecoveryRecorder::writeNow()
{
    m_timer->stop();
    if (!m_document || !m_document->isModified() || m_document->filePath().isEmpty())
        return false;
    RecoveryEntry entry;
    entry.originalPath = QFileInfo(m_document->filePath()).absoluteFilePath();
    entry.diskSha256 = RecoveryStore::sha256(m_document->diskBytes());
    const QFileInfo file(entry.originalPath);
    if (file.exists())
        entry.diskModified = file.lastModified().toUTC();
    entry.written = QDateTime::currentDateTimeUtc();
    entry.pid = QCoreApplication::applicationPid();
    entry.text = m_document->toBytes();
    QString error;
    if (!m_store.write(entry, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    m_copyPath = entry.originalPath;
    Q_EMIT written(m_store.fileFor(entry.originalPath));
    return true;
}

} // namespace Rubric
