#include "siteedit.h"

#include "document/unifieddiff.h"

#include "document/costperformance.h"
#include "document/ratings.h"
#include "document/reviewdocument.h"
#include "document/tenths.h"
#include "document/utf8.h"
#include "validate/fixer.h"
#include "validate/validator.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QRegularExpression>
#include <QUndoStack>

#include <optional>

namespace Rubric {

namespace {

// The strings of this file, in the translation context of Rubric::SiteEdit.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::SiteEdit)
};

const QString tagsKey = QStringLiteral("tags");

QStringList tagsOf(const ReviewDocument &document)
{
    QStringList tags;
    for (const auto &item : document.value(tagsKey).items)
        tags.append(item.scalar);
    return tags;
}

EditOutcome setTags(ReviewDocument &document, const QStringList &before, const QStringList &after)
{
    if (before == after)
        return {};
    return document.setField(tagsKey, QVariant(after));
}

// Every tag of `from` becomes `to` where the first of them stood; a tag already there
// (as `to` or as a second old one) is not repeated.
QStringList renamed(const QStringList &tags, const QStringList &from, const QString &to)
{
    QStringList result;
    for (const auto &tag : tags) {
        const QString next = from.contains(tag) ? to : tag;
        if (!result.contains(next))
            result.append(next);
    }
    return result;
}

// A double-quoted tag renamed to one that needs no escaping is rewritten in its quotes,
// as the site writes its tags of several words (`["Active speakers", Bluetooth]`); the
// list writer would write a plain scalar, the same value in other bytes. Only the plain
// case: one old tag, the new one not there yet, its quoted token once in the entry.
std::optional<EditOutcome> renameQuoted(ReviewDocument &document, const QStringList &tags, const SiteChange &change)
{
    const auto plainText = [](const QString &text) {
        return !text.contains(u'"') && !text.contains(u'\\') && !text.contains(u'\n');
    };
    const QStringList present = [&] {
        QStringList result;
        for (const auto &tag : change.tags) {
            if (tags.contains(tag))
                result.append(tag);
        }
        return result;
    }();
    if (present.size() != 1 || tags.contains(change.value) || !plainText(present.constFirst()) || !plainText(change.value))
        return std::nullopt;
    const FrontMatterEntry *entry = document.frontMatter().entry(tagsKey);
    if (!entry)
        return std::nullopt;
    const QString token = u'"' + present.constFirst() + u'"';
    const QStringView span = QStringView(document.text()).sliced(entry->start, entry->end - entry->start);
    const qsizetype at = span.indexOf(token);
    if (at < 0 || span.indexOf(token, at + 1) >= 0)
        return std::nullopt;
    const EditOutcome outcome = document.editText({{entry->start + at, token.size(), u'"' + change.value + u'"'}},
                                                  change.description());
    // The result must read back as the rename: otherwise the list writer does it.
    if (outcome.ok() && tagsOf(document) != renamed(tags, change.tags, change.value)) {
        document.undoStack()->undo();
        return std::nullopt;
    }
    return outcome;
}

EditOutcome applyChange(ReviewDocument &document, const SiteChange &change)
{
    const Schema &schema = document.schema();
    switch (change.kind) {
    case SiteChange::Kind::SetField:
        // A rating axis is set as `rubric set` sets one: KEY=VALUE either way.
        if (schema.axisIndex(change.key) >= 0)
            return applyChange(document, SiteChange::setAxis(change.key, change.value));
        if (!schema.field(change.key))
            return {Tr::tr("unknown key \"%1\"; known keys: %2")
                        .arg(change.key, (schema.fieldKeys() + schema.axisIds()).join(QLatin1String(", ")))};
        return document.setFieldText(change.key, change.value);
    case SiteChange::Kind::SetAxis: {
        const auto tenths = Tenths::parse(change.value);
        if (!tenths || *tenths > 10)
            return {Tr::tr("%1 must be between 0.0 and 1.0 in steps of 0.1, not \"%2\"").arg(change.key, change.value)};
        return document.setAxis(change.key, *tenths);
    }
    case SiteChange::Kind::AddTag: {
        const QStringList tags = tagsOf(document);
        return tags.contains(change.value) ? EditOutcome{} : setTags(document, tags, tags + QStringList{change.value});
    }
    case SiteChange::Kind::RemoveTag: {
        const QStringList tags = tagsOf(document);
        QStringList kept;
        for (const auto &tag : tags) {
            if (!change.tags.contains(tag))
                kept.append(tag);
        }
        return setTags(document, tags, kept);
    }
    case SiteChange::Kind::RenameTag: {
        const QStringList tags = tagsOf(document);
        if (const auto quoted = renameQuoted(document, tags, change))
            return *quoted;
        return setTags(document, tags, renamed(tags, change.tags, change.value));
    }
    case SiteChange::Kind::ReplaceInField: {
        const QRegularExpression pattern(change.pattern);
        if (!pattern.isValid())
            return {Tr::tr("invalid regular expression \"%1\": %2").arg(change.pattern, pattern.errorString())};
        if (!schema.field(change.key))
            return {Tr::tr("unknown field \"%1\"").arg(change.key)};
        const YamlValue value = document.value(change.key);
        if (value.isSequence()) {
            QStringList items;
            for (const auto &item : value.items)
                items.append(QString(item.scalar).replace(pattern, change.value));
            QStringList before;
            for (const auto &item : value.items)
                before.append(item.scalar);
            return items == before ? EditOutcome{} : document.setField(change.key, QVariant(items));
        }
        if (!value.isScalar())
            return {};
        const QString before = document.string(change.key);
        const QString after = QString(before).replace(pattern, change.value);
        return after == before ? EditOutcome{} : document.setFieldText(change.key, after);
    }
    case SiteChange::Kind::FixTotal: {
        const Ratings ratings = document.ratings();
        const auto sum = ratings.axisSum();
        if (!sum)
            return {Tr::tr("the rating has no complete set of axes to add up")};
        if (ratings.total() == sum)
            return {};
        // The validator's own fixes: the rating's total, then the total the Overview shows
        // when it shows one (a no-op setAxis no longer rewrites anything).
        Problem mismatch;
        mismatch.code = QStringLiteral("rating.total-mismatch");
        EditOutcome outcome = Fixer::apply(document, mismatch);
        if (!outcome.ok())
            return outcome;
        if (document.ratings().total() != sum)
            return {Tr::tr("could not set the total to %1").arg(Tenths::format(*sum))};
        for (const Problem &problem : Validator::validate(document)) {
            if (problem.code == QLatin1String("total.overview-mismatch"))
                return Fixer::apply(document, problem);
        }
        return outcome;
    }
    case SiteChange::Kind::RemoveKey:
        return document.removeField(change.key);
    }
    return {};
}

// Whether the Cost-Performance calculation sentence of `document` names `price`: the
// number as reviews write it ("1,093", "163,900", or without separators), whatever
// follows it ("USD", "円", nothing), not as part of a longer number.
bool calculationUses(const ReviewDocument &document, double price)
{
    const QString lang = document.lang();
    const QString prefix = CostPerformance::sentencePrefix(lang).trimmed();
    if (prefix.isEmpty())
        return false;
    const QString grouped = CostPerformance::formatPrice(price, QString());
    const QStringList forms = {grouped, QString(grouped).remove(u',')};
    const auto isNumberChar = [](QChar c) { return c.isDigit() || c == u',' || c == u'.'; };
    const QString &text = document.text();
    for (qsizetype at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
        qsizetype end = text.indexOf(u'\n', at);
        if (end < 0)
            end = text.size();
        const QStringView sentence = QStringView(text).sliced(at, end - at);
        for (const auto &form : forms) {
            for (qsizetype found = sentence.indexOf(form); found >= 0; found = sentence.indexOf(form, found + 1)) {
                const qsizetype after = found + form.size();
                const bool startsNumber = found == 0 || !isNumberChar(sentence[found - 1]);
                // "3,999." ends a sentence; "3,999.5" is another number.
                const bool endsNumber = after == sentence.size() || !isNumberChar(sentence[after])
                                        || (sentence[after] == u'.' && (after + 1 == sentence.size() || !sentence[after + 1].isDigit()));
                if (startsNumber && endsNumber)
                    return true;
            }
        }
    }
    return false;
}

} // namespace

QString SiteChange::description() const
{
    switch (kind) {
    case Kind::SetField:
    case Kind::SetAxis: return Tr::tr("Set %1 to %2").arg(key, value);
    case Kind::AddTag: return Tr::tr("Add tag %1").arg(value);
    case Kind::RemoveTag: return Tr::tr("Remove tag %1").arg(tags.join(QLatin1String(", ")));
    case Kind::RenameTag: return Tr::tr("Rename tag %1 to %2").arg(tags.join(QLatin1String(", ")), value);
    case Kind::ReplaceInField: return Tr::tr("Replace %1 in %2").arg(pattern, key);
    case Kind::FixTotal: return Tr::tr("Recompute the total");
    case Kind::RemoveKey: return Tr::tr("Remove %1").arg(key);
    }
    return {};
}

int SitePreview::changeCount() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const FilePlan &file) { return file.isChange(); }));
}

int SitePreview::refusedCount() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const FilePlan &file) { return file.isRefused(); }));
}

QList<const FilePlan *> SitePreview::changes() const
{
    QList<const FilePlan *> result;
    for (const auto &file : files) {
        if (file.isChange())
            result.append(&file);
    }
    return result;
}

QString SitePreview::unifiedDiff() const
{
    QString result;
    for (const auto &file : files)
        result += file.diff;
    for (const auto &file : files) {
        if (file.isRefused())
            result += Tr::tr("%1: refused: %2").arg(file.path, file.refusal) + u'\n';
    }
    return result;
}

int ApplyReport::writtenCount() const
{
    return int(std::count_if(files.cbegin(), files.cend(),
                             [](const FileOutcome &file) { return file.status == FileOutcome::Status::Written; }));
}

int ApplyReport::refusedCount() const
{
    return int(files.size()) - writtenCount();
}

SaveOutcome OpenDocuments::save(ReviewDocument *document) const
{
    return document->save();
}

void OpenDocuments::fileWritten(const QString &absolutePath) const
{
    Q_UNUSED(absolutePath);
}

namespace SiteEdit {

FilePlan plan(const QString &relativePath, const QByteArray &bytes, const QList<SiteChange> &changes, const Schema &schema)
{
    FilePlan result;
    result.path = relativePath;
    result.before = bytes;
    // The single-file editor does the work: every change is the same surgical, checked
    // edit `rubric set` and the form make, on a document that is never shown or saved.
    ReviewDocument document(schema);
    if (!document.loadBytes(bytes, relativePath)) {
        const Problems problems = document.readProblems();
        result.refusal = problems.isEmpty() ? Tr::tr("cannot be read") : problems.constFirst().message;
        return result;
    }
    if (!document.frontMatter().isEditable()) {
        const Problems problems = document.frontMatter().problems();
        result.refusal = problems.isEmpty() ? Tr::tr("the front matter cannot be edited")
                                            : Tr::tr("line %1: %2").arg(problems.constFirst().line).arg(problems.constFirst().message);
        return result;
    }
    const QString before = document.text();
    const auto oldPrice = CostPerformance::parsePrice(document.string(QStringLiteral("price")));
    for (const auto &change : changes) {
        const EditOutcome outcome = applyChange(document, change);
        if (!outcome.ok()) {
            result.refusal = outcome.error;
            return result;
        }
    }
    if (document.text() == before)
        return result;
    result.afterText = document.text();
    result.edits = {differenceOf(before, result.afterText)};
    result.diff = UnifiedDiff::format(relativePath, before, result.afterText);
    const auto newPrice = CostPerformance::parsePrice(document.string(QStringLiteral("price")));
    result.needsCostPerformance = oldPrice && newPrice != oldPrice && calculationUses(document, *oldPrice);
    return result;
}

SitePreview preview(const QString &root, const QStringList &relativePaths, const QList<SiteChange> &changes,
                    const Schema &schema, const Progress &progress, const std::atomic_bool *cancel)
{
    QStringList descriptions;
    for (const auto &change : changes)
        descriptions.append(change.description());
    QList<FileChanges> files;
    files.reserve(relativePaths.size());
    for (const auto &path : relativePaths)
        files.append({path, changes});
    return preview(root, files, descriptions.join(QLatin1String("; ")), schema, progress, cancel);
}

SitePreview preview(const QString &root, const QList<FileChanges> &files, const QString &description,
                    const Schema &schema, const Progress &progress, const std::atomic_bool *cancel)
{
    SitePreview result;
    result.root = root;
    result.description = description;
    const QDir dir(root);
    result.files.reserve(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        const QString &path = files.at(i).path;
        QFile file(dir.filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            FilePlan refused;
            refused.path = path;
            refused.refusal = Tr::tr("cannot read: %1").arg(file.errorString());
            result.files.append(refused);
        } else if (file.size() > ReviewDocument::maximumFileSize) {
            FilePlan refused;
            refused.path = path;
            refused.refusal = Tr::tr("too large to edit");
            result.files.append(refused);
        } else {
            result.files.append(plan(path, file.readAll(), files.at(i).changes, schema));
        }
        if (progress)
            progress(int(i + 1), int(files.size()));
    }
    return result;
}

namespace {

// One file through the single-file save: the open document when there is one (one undo
// step on its stack), else a document made from the previewed bytes, whose save refuses
// a file changed on disk since, a read-only file, or text that would not read back.
FileOutcome write(const QString &root, const QString &path, const QByteArray &expected, const TextEdits &edits,
                  const QString &description, const Schema &schema, const OpenDocuments *open)
{
    const QString absolute = QDir(root).filePath(path);
    ReviewDocument *document = open ? open->document(QDir::cleanPath(absolute)) : nullptr;
    if (document) {
        // The open document must hold exactly the previewed text, saved: anything else is
        // the user's work in progress, which a site edit must not fold in unseen.
        if (document->isModified())
            return {path, FileOutcome::Status::Refused, Tr::tr("open in the editor with unsaved changes; save or revert it first")};
        if (document->text() != decodeUtf8(expected))
            return {path, FileOutcome::Status::ChangedOnDisk, Tr::tr("changed on disk since the preview")};
        const EditOutcome edited = document->replaceText(edits, description);
        if (!edited.ok())
            return {path, FileOutcome::Status::Refused, edited.error};
        const SaveOutcome saved = open->save(document);
        if (!saved.ok()) {
            document->undoStack()->undo();
            return {path, saved.status == SaveOutcome::Status::ChangedOnDisk ? FileOutcome::Status::ChangedOnDisk
                                                                             : FileOutcome::Status::Refused,
                    saved.status == SaveOutcome::Status::ChangedOnDisk ? Tr::tr("changed on disk since the preview") : saved.error};
        }
        return {path, FileOutcome::Status::Written, {}};
    }
    ReviewDocument scratch(schema);
    if (!scratch.loadBytes(expected, absolute))
        return {path, FileOutcome::Status::Refused, Tr::tr("cannot be read")};
    scratch.replaceText(edits, description);
    const SaveOutcome saved = scratch.save();
    if (saved.status == SaveOutcome::Status::ChangedOnDisk)
        return {path, FileOutcome::Status::ChangedOnDisk, Tr::tr("changed on disk since the preview")};
    if (!saved.ok())
        return {path, FileOutcome::Status::Refused, saved.error};
    return {path, FileOutcome::Status::Written, {}};
}

struct WriteJob
{
    QString path;
    QByteArray expected;
    TextEdits edits;
};

// Writes every job: open documents one by one in this thread (they live here), the other
// files on a pool of threads, because each atomic save waits for the disk (fdatasync and
// rename: milliseconds each when the disk is busy) and those waits overlap. Outcomes in
// job order; a job not started because of `cancel` has none.
QList<std::optional<FileOutcome>> writeAll(const QString &root, const QList<WriteJob> &jobs, const QString &description,
                                           const Schema &schema, const OpenDocuments *open, const Progress &progress,
                                           const std::atomic_bool *cancel)
{
    QList<std::optional<FileOutcome>> outcomes(jobs.size());
    std::atomic_int done = 0;
    QMutex progressLock;
    const auto report = [&] {
        const int count = ++done;
        if (progress) {
            const QMutexLocker locker(&progressLock);
            progress(count, int(jobs.size()));
        }
    };
    QList<int> closed;
    for (int i = 0; i < jobs.size(); ++i) {
        const QString absolute = QDir::cleanPath(QDir(root).filePath(jobs.at(i).path));
        if (!open || !open->document(absolute)) {
            closed.append(i);
            continue;
        }
        if (cancel && cancel->load())
            continue;
        outcomes[i] = write(root, jobs.at(i).path, jobs.at(i).expected, jobs.at(i).edits, description, schema, open);
        report();
    }
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    QtConcurrent::blockingMap(&pool, closed, [&](int i) {
        if (cancel && cancel->load())
            return;
        outcomes[i] = write(root, jobs.at(i).path, jobs.at(i).expected, jobs.at(i).edits, description, schema, nullptr);
        report();
    });
    if (open) {
        for (const int i : std::as_const(closed)) {
            if (outcomes.at(i) && outcomes.at(i)->status == FileOutcome::Status::Written)
                open->fileWritten(QDir::cleanPath(QDir(root).filePath(jobs.at(i).path)));
        }
    }
    return outcomes;
}

} // namespace

ApplyReport apply(const SitePreview &preview, const Schema &schema, const OpenDocuments *open, const Progress &progress,
                  const std::atomic_bool *cancel)
{
    ApplyReport report;
    report.undo.root = preview.root;
    report.undo.description = preview.description;
    const QList<const FilePlan *> changes = preview.changes();
    QList<WriteJob> jobs;
    jobs.reserve(changes.size());
    for (const FilePlan *file : changes)
        jobs.append({file->path, file->before, file->edits});
    const auto outcomes = writeAll(preview.root, jobs, preview.description, schema, open, progress, cancel);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (!outcomes.at(i)) {
            report.cancelled = true;
            continue;
        }
        report.files.append(*outcomes.at(i));
        if (outcomes.at(i)->status == FileOutcome::Status::Written)
            report.undo.entries.append({changes.at(i)->path, changes.at(i)->before, changes.at(i)->afterText.toUtf8()});
    }
    return report;
}

ApplyReport revert(const SiteEditUndo &undo, const Schema &schema, const OpenDocuments *open)
{
    ApplyReport report;
    report.undo.root = undo.root;
    report.undo.description = undo.description;
    QList<WriteJob> jobs;
    jobs.reserve(undo.entries.size());
    for (const auto &entry : undo.entries)
        jobs.append({entry.path, entry.after, {differenceOf(decodeUtf8(entry.after), decodeUtf8(entry.before))}});
    const auto outcomes = writeAll(undo.root, jobs, Tr::tr("Undo %1").arg(undo.description), schema, open, {}, nullptr);
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        FileOutcome outcome = *outcomes.at(i);
        if (outcome.status == FileOutcome::Status::ChangedOnDisk)
            outcome.message = Tr::tr("changed since the site edit; left as it is");
        else if (outcome.status == FileOutcome::Status::Written)
            report.undo.entries.append({undo.entries.at(i).path, undo.entries.at(i).after, undo.entries.at(i).before});
        report.files.append(outcome);
    }
    return report;
}

} // namespace SiteEdit
} // namespace Rubric
