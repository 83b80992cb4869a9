#pragma once

#include "document/textedit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Rubric {

class ReviewDocument;
class Schema;
struct SaveOutcome;

// One change a site edit makes to every selected review.
struct SiteChange
{
    enum class Kind {
        SetField,       // key = value (typed as the schema's field, as `rubric set`)
        SetAxis,        // rating axis key = value (0.0 .. 1.0)
        AddTag,         // value appended to `tags` when missing
        RemoveTag,      // every tag in `tags` (the list) removed
        RenameTag,      // every tag in `tags` becomes value (a merge when several), kept in place
        ReplaceInField, // in field key (each item of a list), regular expression `pattern` -> value
        FixTotal,       // the rating's total set to the sum of its axes
        RemoveKey,      // key removed
    };
    Kind kind = Kind::SetField;
    QString key;
    QString value;
    QStringList tags;
    QString pattern;

    static SiteChange setField(const QString &key, const QString &value) { return {Kind::SetField, key, value, {}, {}}; }
    static SiteChange setAxis(const QString &axis, const QString &value) { return {Kind::SetAxis, axis, value, {}, {}}; }
    static SiteChange addTag(const QString &tag) { return {Kind::AddTag, {}, tag, {}, {}}; }
    static SiteChange removeTag(const QString &tag) { return {Kind::RemoveTag, {}, {}, {tag}, {}}; }
    static SiteChange renameTags(const QStringList &from, const QString &to) { return {Kind::RenameTag, {}, to, from, {}}; }
    static SiteChange replaceInField(const QString &key, const QString &pattern, const QString &replacement)
    {
        return {Kind::ReplaceInField, key, replacement, {}, pattern};
    }
    static SiteChange fixTotal() { return {Kind::FixTotal, {}, {}, {}, {}}; }
    static SiteChange removeKey(const QString &key) { return {Kind::RemoveKey, key, {}, {}, {}}; }

    // What the change does, in words (an undo entry's text, a report's header).
    QString description() const;
};

// What a site edit would do to one file, computed from a snapshot of its bytes.
struct FilePlan
{
    QString path;          // relative to the site root
    QByteArray before;     // the bytes the plan was made from: apply refuses any other
    QString afterText;     // the whole text after the changes
    TextEdits edits;       // before -> after, as one undo step
    QString diff;          // unified diff of exactly the lines that change
    QString refusal;       // why the file cannot be changed ("" when it can)
    // Prices that changed where the Cost-Performance sentence uses the old one.
    bool needsCostPerformance = false;

    bool isRefused() const { return !refusal.isEmpty(); }
    bool isChange() const { return !isRefused() && !edits.isEmpty(); }
};

struct SitePreview
{
    QString root;
    QString description;
    QList<FilePlan> files; // every selected file: changed, unchanged or refused
    bool cancelled = false;

    int changeCount() const;
    int refusedCount() const;
    QList<const FilePlan *> changes() const;
    // Every change's diff, then every refusal as `path: refused: why`.
    QString unifiedDiff() const;
};

// Files open in the editor: a site edit changes those through their document (one undo
// step on its stack, then the owner's save) instead of behind its back, and tells the
// owner of every other file it wrote. WorkspaceDocuments implements this over the
// Workspace; the CLI has none. Documents live in the GUI thread: an apply given an
// OpenDocuments runs there (or does its open files there).
class OpenDocuments
{
public:
    virtual ~OpenDocuments() = default;
    // The open document of `absolutePath` (cleaned), or null.
    virtual ReviewDocument *document(const QString &absolutePath) const = 0;
    // Saves an open document the edit changed (the default: its own save).
    virtual SaveOutcome save(ReviewDocument *document) const;
    // After the edit wrote `absolutePath`, which is not open (e.g. to refresh the index).
    virtual void fileWritten(const QString &absolutePath) const;
};

struct FileOutcome
{
    // ChangedOnDisk: the file no longer holds the bytes the preview (or the edit) saw.
    enum class Status { Written, Refused, ChangedOnDisk };
    QString path;
    Status status = Status::Written;
    QString message;
};

// What undoing a site edit needs: for every file written, its bytes before and after.
struct SiteEditUndo
{
    struct Entry
    {
        QString path; // relative
        QByteArray before;
        QByteArray after;
    };
    QString root;
    QString description;
    QList<Entry> entries;
    bool isEmpty() const { return entries.isEmpty(); }
};

struct ApplyReport
{
    QList<FileOutcome> files; // one per file of the preview that was to change
    SiteEditUndo undo;        // the files written
    bool cancelled = false;
    int writtenCount() const;
    int refusedCount() const;
};

// Site-wide edits: plan on snapshots (pure, any thread), show the plan, write it file by
// file through the single-file save (surgical, verified, atomic), undo it.
// `progress(done, total)` is called after each file (apply: from the writing threads, one
// call at a time); `cancel`, when set, stops before the next file. Files written before a
// cancel stay written (and are in the undo record).
namespace SiteEdit {

using Progress = std::function<void(int done, int total)>;

// The plan for one file's bytes: pure, no I/O.
FilePlan plan(const QString &relativePath, const QByteArray &bytes, const QList<SiteChange> &changes, const Schema &schema);
// Reads each file and plans it: the same changes everywhere, or each file its own.
struct FileChanges
{
    QString path;
    QList<SiteChange> changes;
};
SitePreview preview(const QString &root, const QList<FileChanges> &files, const QString &description,
                    const Schema &schema, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
SitePreview preview(const QString &root, const QStringList &relativePaths, const QList<SiteChange> &changes,
                    const Schema &schema, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
// Writes every change of `preview`. A file whose bytes are no longer those previewed, or
// that cannot be written, is refused and left as it is; the others are written.
ApplyReport apply(const SitePreview &preview, const Schema &schema, const OpenDocuments *open = nullptr,
                  const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
// Restores every file of `undo` that still holds the bytes the edit wrote; the others
// (changed since) are refused, by name.
ApplyReport revert(const SiteEditUndo &undo, const Schema &schema, const OpenDocuments *open = nullptr);

} // namespace SiteEdit
} // namespace Rubric
