#pragma once

#include "document/reviewdocument.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Rubric {

class Site;

// What opening a review gives: the document (owned by the Workspace), or why not, naming
// the file and the line.
struct OpenOutcome
{
    ReviewDocument *document = nullptr;
    QString error;
    bool ok() const { return document != nullptr; }
};

// Something that follows every open review (crash recovery, external-change watching).
// The Workspace calls attach() for each review opened while it is added (and for those
// already open when it is added) and detach() before the review closes or the attachment
// is removed. Not owned by the Workspace; remove it before destroying it.
class DocumentAttachment
{
public:
    virtual ~DocumentAttachment() = default;
    virtual void attach(ReviewDocument *document) = 0;
    virtual void detach(ReviewDocument *document) = 0;
};

// What is open: the reviews and the site. The one owner of both; views and controllers
// (app/) listen to its signals and ask it to act, and never own a document or the site.
//
// Reviews: one ReviewDocument per canonical path (symlinks resolved), in opening order.
// Opening a path that is open gives the same document. Documents are opened with the
// site's schema when they belong to the open site, else the schema of their own site
// (Schema::forFile). close() deletes the document after documentClosed(); do not keep
// pointers past documentAboutToClose().
//
// Saving goes through save()/saveAs() so the site's index, problems and translation
// states follow; reload() replaces the text with the file's as one undo step, so the
// edits made before stay on the undo stack.
//
// The site: at most one; openSite() replaces it (siteAboutToClose, siteOpened).
class Workspace final : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    // Closes every review (without saving: ask the user first) and the site.
    ~Workspace() override;

    // The key a review is known by: absolute, cleaned, symlinks resolved when it exists.
    static QString canonicalPath(const QString &path);

    // ---- reviews
    const QList<ReviewDocument *> &documents() const { return m_documents; }
    ReviewDocument *document(const QString &path) const; // nullptr when not open
    bool hasUnsavedChanges() const;

    // Opens the review (or gives the open one). Emits documentOpened for a new one.
    OpenOutcome open(const QString &path);
    // Closes without asking (the views ask about unsaved edits before): detaches the
    // attachments, emits documentAboutToClose, forgets and deletes it, emits documentClosed.
    void close(ReviewDocument *document);
    void closeAll();
    // Writes the review (refusing a file changed on disk unless `overwrite`); the site follows.
    SaveOutcome save(ReviewDocument *document, bool overwrite = false);
    // Writes it under another name, which becomes its path. Refused when `path` is another
    // open review.
    SaveOutcome saveAs(ReviewDocument *document, const QString &path);
    // Replaces the text with the file's bytes as one undo step (undoing it brings the edits
    // back), the new text counting as saved. Refused (nothing changed), naming file and
    // line, when the file does not read.
    EditOutcome reload(ReviewDocument *document);
    // The same with the file's bytes already read (a watcher that just compared them).
    EditOutcome reloadBytes(ReviewDocument *document, const QByteArray &bytes);
    // Whether the file differs from what the review last read or wrote (or reloaded).
    bool changedOnDisk(ReviewDocument *document) const;
    // The file's bytes as the review last read, wrote or reloaded them.
    QByteArray diskBytes(const ReviewDocument *document) const;

    // ---- attachments (recovery, watching)
    void addAttachment(DocumentAttachment *attachment);
    void removeAttachment(DocumentAttachment *attachment);

    // ---- the site
    Site *site() const { return m_site; }
    // Opens the site at `root` (replacing the open one unless it is the same) and starts
    // indexing it. Open reviews keep their schema until reopened.
    Site *openSite(const QString &root);
    void closeSite();

Q_SIGNALS:
    void documentOpened(Rubric::ReviewDocument *document);
    void documentAboutToClose(Rubric::ReviewDocument *document);
    // `path`: the canonical path it had; the document is gone.
    void documentClosed(const QString &path);
    void documentSaved(Rubric::ReviewDocument *document);
    void documentReloaded(Rubric::ReviewDocument *document);
    // A review's path changed (save as, rename); `oldPath` is what it was known by.
    void documentPathChanged(Rubric::ReviewDocument *document, const QString &oldPath);
    void siteOpened(Rubric::Site *site);
    void siteAboutToClose(Rubric::Site *site);
    void siteClosed();

private:
    void adopt(ReviewDocument *document);
    void followPath(ReviewDocument *document);

    QList<ReviewDocument *> m_documents;
    QHash<QString, ReviewDocument *> m_byPath;   // canonical path → document
    QHash<const ReviewDocument *, QString> m_pathOf;
    // Disk bytes a reload took in (ReviewDocument's own baseline only moves on load/save).
    QHash<const ReviewDocument *, QByteArray> m_reloadedBytes;
    QList<DocumentAttachment *> m_attachments;
    Site *m_site = nullptr;
};

} // namespace Rubric
