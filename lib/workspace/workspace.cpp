#include "workspace.h"

#include "site.h"

#include "document/textedit.h"
#include "schema/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace Rubric {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Workspace)
};

// The first read problem as "file: line N: message", the way errors name their place.
QString readError(const ReviewDocument &document, const QString &path)
{
    const Problems problems = document.problems();
    if (problems.isEmpty())
        return Tr::tr("%1: cannot be read").arg(QDir::toNativeSeparators(path));
    const Problem &first = problems.constFirst();
    if (first.line > 0)
        return Tr::tr("%1: line %2: %3").arg(QDir::toNativeSeparators(path)).arg(first.line).arg(first.message);
    return Tr::tr("%1: %2").arg(QDir::toNativeSeparators(path), first.message);
}

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
}

Workspace::~Workspace()
{
    closeAll();
    closeSite();
}

QString Workspace::canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

ReviewDocument *Workspace::document(const QString &path) const
{
    return m_byPath.value(canonicalPath(path));
}

bool Workspace::hasUnsavedChanges() const
{
    return std::any_of(m_documents.cbegin(), m_documents.cend(),
                       [](const ReviewDocument *document) { return document->isModified(); });
}

OpenOutcome Workspace::open(const QString &path)
{
    if (ReviewDocument *open = document(path))
        return {open, {}};
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString schemaError;
    const Schema schema = m_site && m_site->contains(canonicalPath(absolute)) ? m_site->schema()
                                                                             : Schema::forFile(absolute, &schemaError);
    auto document = std::make_unique<ReviewDocument>(schema);
    if (!document->load(absolute))
        return {nullptr, readError(*document, absolute)};
    ReviewDocument *opened = document.release();
    adopt(opened);
    // A broken site override is not a reason to refuse the review, but the user should know.
    return {opened, schemaError};
}

void Workspace::adopt(ReviewDocument *document)
{
    document->setParent(this);
    const QString key = canonicalPath(document->filePath());
    m_documents.append(document);
    m_byPath.insert(key, document);
    m_pathOf.insert(document, key);
    connect(document, &ReviewDocument::pathChanged, this, [this, document] { followPath(document); });
    // Once the document's own baseline moves again, a reload's baseline is stale.
    connect(document, &ReviewDocument::saved, this, [this, document] { m_reloadedBytes.remove(document); });
    connect(document, &ReviewDocument::loaded, this, [this, document] { m_reloadedBytes.remove(document); });
    for (DocumentAttachment *attachment : std::as_const(m_attachments))
        attachment->attach(document);
    Q_EMIT documentOpened(document);
}

void Workspace::followPath(ReviewDocument *document)
{
    const QString oldPath = m_pathOf.value(document);
    const QString newPath = canonicalPath(document->filePath());
    if (oldPath == newPath)
        return;
    m_byPath.remove(oldPath);
    m_byPath.insert(newPath, document);
    m_pathOf.insert(document, newPath);
    Q_EMIT documentPathChanged(document, oldPath);
}

void Workspace::close(ReviewDocument *document)
{
    if (!document || !m_pathOf.contains(document))
        return;
    for (DocumentAttachment *attachment : std::as_const(m_attachments))
        attachment->detach(document);
    Q_EMIT documentAboutToClose(document);
    const QString path = m_pathOf.take(document);
    m_byPath.remove(path);
    m_documents.removeOne(document);
    m_reloadedBytes.remove(document);
    delete document;
    Q_EMIT documentClosed(path);
}

void Workspace::closeAll()
{
    while (!m_documents.isEmpty())
        close(m_documents.constLast());
}

bool Workspace::changedOnDisk(ReviewDocument *document) const
{
    const auto reloaded = m_reloadedBytes.constFind(document);
    if (reloaded == m_reloadedBytes.cend())
        return document->changedOnDisk();
    QFile file(document->filePath());
    if (!file.open(QIODevice::ReadOnly))
        return false; // gone: saving recreates it
    return file.readAll() != *reloaded;
}

SaveOutcome Workspace::save(ReviewDocument *document, bool overwrite)
{
    if (!overwrite && m_reloadedBytes.contains(document)) {
        // The document's own check would compare with the bytes before the reload.
        if (changedOnDisk(document))
            return {SaveOutcome::Status::ChangedOnDisk,
                    Tr::tr("%1 changed on disk since it was opened").arg(document->filePath())};
        overwrite = true;
    }
    const SaveOutcome outcome = document->save(overwrite);
    if (outcome.ok()) {
        if (m_site)
            m_site->fileSaved(document->filePath());
        Q_EMIT documentSaved(document);
    }
    return outcome;
}

SaveOutcome Workspace::saveAs(ReviewDocument *document, const QString &path)
{
    if (ReviewDocument *other = this->document(path); other && other != document)
        return {SaveOutcome::Status::Failed,
                Tr::tr("%1 is open in another tab; close it first").arg(QDir::toNativeSeparators(path))};
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const SaveOutcome outcome = document->saveAs(absolute);
    if (outcome.ok()) {
        followPath(document); // also when the path only differs by a symlink
        if (m_site)
            m_site->fileSaved(document->filePath());
        Q_EMIT documentSaved(document);
    }
    return outcome;
}

QByteArray Workspace::diskBytes(const ReviewDocument *document) const
{
    return m_reloadedBytes.value(document, document->diskBytes());
}

EditOutcome Workspace::reload(ReviewDocument *document)
{
    ReviewDocument fresh(document->schema());
    if (!fresh.load(document->filePath()))
        return {readError(fresh, document->filePath())};
    return reloadBytes(document, fresh.diskBytes());
}

EditOutcome Workspace::reloadBytes(ReviewDocument *document, const QByteArray &bytes)
{
    // Read the bytes as opening would (encoding, NUL checks), then make the difference one
    // undo step on the review, so what the user had is one undo away.
    ReviewDocument fresh(document->schema());
    if (bytes.size() > ReviewDocument::maximumFileSize)
        return {Tr::tr("%1: the file is too large to be a review").arg(QDir::toNativeSeparators(document->filePath()))};
    if (!fresh.loadBytes(bytes, document->filePath()))
        return {readError(fresh, document->filePath())};
    const TextEdit difference = differenceOf(document->text(), fresh.text());
    EditOutcome outcome;
    if (difference.length > 0 || !difference.text.isEmpty())
        outcome = document->replaceText({difference}, Tr::tr("Reload from Disk"));
    if (!outcome.ok())
        return outcome;
    document->undoStack()->setClean();
    if (fresh.diskBytes() != document->diskBytes())
        m_reloadedBytes.insert(document, fresh.diskBytes());
    else
        m_reloadedBytes.remove(document);
    Q_EMIT documentReloaded(document);
    return outcome;
}

void Workspace::addAttachment(DocumentAttachment *attachment)
{
    if (!attachment || m_attachments.contains(attachment))
        return;
    m_attachments.append(attachment);
    for (ReviewDocument *document : std::as_const(m_documents))
        attachment->attach(document);
}

void Workspace::removeAttachment(DocumentAttachment *attachment)
{
    if (!m_attachments.removeOne(attachment))
        return;
    for (ReviewDocument *document : std::as_const(m_documents))
        attachment->detach(document);
}

Site *Workspace::openSite(const QString &root)
{
    const QString absolute = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    if (m_site && m_site->root() == absolute)
        return m_site;
    closeSite();
    m_site = new Site(absolute, this);
    Q_EMIT siteOpened(m_site);
    m_site->start();
    return m_site;
}

void Workspace::closeSite()
{
    if (!m_site)
        return;
    Q_EMIT siteAboutToClose(m_site);
    delete std::exchange(m_site, nullptr);
    Q_EMIT siteClosed();
}

} // namespace Rubric
