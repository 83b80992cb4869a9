#include "history.h"

#include "gitrepository.h"

#include "document/frontmatter.h"
#include "document/ratings.h"
#include "schema/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

#include <git2.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace Rubric {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::History)
};

// Owners for libgit2 objects, so every early return frees what it looked up.
template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *object) const { Free(object); }
};
template<typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, Deleter<T, Free>>;
using CommitPtr = Owned<git_commit, git_commit_free>;
using TreePtr = Owned<git_tree, git_tree_free>;
using TreeEntryPtr = Owned<git_tree_entry, git_tree_entry_free>;
using BlobPtr = Owned<git_blob, git_blob_free>;
using DiffPtr = Owned<git_diff, git_diff_free>;
using ObjectPtr = Owned<git_object, git_object_free>;
using IndexPtr = Owned<git_index, git_index_free>;
using SignaturePtr = Owned<git_signature, git_signature_free>;
using ReferencePtr = Owned<git_reference, git_reference_free>;
using StatusListPtr = Owned<git_status_list, git_status_list_free>;
using BlamePtr = Owned<git_blame, git_blame_free>;

void setError(QString *error, const QString &what)
{
    if (error)
        *error = what;
}

QDateTime toDateTime(const git_time &time)
{
    return QDateTime::fromSecsSinceEpoch(time.time, QTimeZone(time.offset * 60));
}

std::optional<git_oid> blobIdAt(git_tree *tree, const QByteArray &path)
{
    git_tree_entry *entry = nullptr;
    if (git_tree_entry_bypath(&entry, tree, path.constData()) < 0)
        return std::nullopt;
    const TreeEntryPtr owned(entry);
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
        return std::nullopt;
    return *git_tree_entry_id(entry);
}

QString oidString(const git_oid *oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, oid);
    return QString::fromLatin1(hex);
}

// The path `path` had in `parentTree`, when `tree` renamed it (git's default 50 %
// similarity, as `git log --follow`).
std::optional<QByteArray> renamedFrom(git_repository *repo, git_tree *parentTree, git_tree *tree, const QByteArray &path)
{
    // The usual rename (`git mv` within a folder, content unchanged) is found in the folder
    // alone: a whole-tree similarity diff of a 7,611-file site costs far more.
    const qsizetype slash = path.lastIndexOf('/');
    const auto blob = blobIdAt(tree, path);
    git_tree *folder = parentTree;
    TreePtr ownedFolder;
    if (slash > 0) {
        git_tree_entry *entry = nullptr;
        folder = nullptr;
        if (git_tree_entry_bypath(&entry, parentTree, path.left(slash).constData()) == 0) {
            const TreeEntryPtr ownedEntry(entry);
            git_tree *lookedUp = nullptr;
            if (git_tree_entry_type(entry) == GIT_OBJECT_TREE && git_tree_lookup(&lookedUp, repo, git_tree_entry_id(entry)) == 0) {
                ownedFolder.reset(lookedUp);
                folder = lookedUp;
            }
        }
    }
    if (folder && blob) {
        for (size_t i = 0; i < git_tree_entrycount(folder); ++i) {
            const git_tree_entry *entry = git_tree_entry_byindex(folder, i);
            if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB || !git_oid_equal(git_tree_entry_id(entry), &*blob))
                continue;
            const QByteArray candidate = (slash > 0 ? path.left(slash + 1) : QByteArray()) + git_tree_entry_name(entry);
            if (!blobIdAt(tree, candidate)) // gone in the commit: moved here
                return candidate;
        }
    }
    git_diff *diff = nullptr;
    if (git_diff_tree_to_tree(&diff, repo, parentTree, tree, nullptr) < 0)
        return std::nullopt;
    const DiffPtr owned(diff);
    git_diff_find_options options = GIT_DIFF_FIND_OPTIONS_INIT;
    options.flags = GIT_DIFF_FIND_RENAMES;
    if (git_diff_find_similar(diff, &options) < 0)
        return std::nullopt;
    for (size_t i = 0; i < git_diff_num_deltas(diff); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff, i);
        if (delta->status == GIT_DELTA_RENAMED && path == delta->new_file.path)
            return QByteArray(delta->old_file.path);
    }
    return std::nullopt;
}

QByteArray repoPath(GitRepository &repo, const QString &path)
{
    const QString relative = QDir::isRelativePath(path) ? QDir::cleanPath(path) : repo.relativePath(path);
    return relative.toUtf8();
}

} // namespace

ReviewSnapshot ReviewSnapshot::fromText(const QString &text, const Schema &schema)
{
    ReviewSnapshot snapshot;
    const FrontMatter frontMatter = FrontMatter::parse(text);
    snapshot.readable = frontMatter.parsed();
    if (!snapshot.readable)
        return snapshot;
    for (const auto &key : frontMatter.keys())
        snapshot.fields.insert(key, frontMatter.value(key).toDisplayString());
    const int axisCount = int(schema.axes().size());
    const Ratings ratings = Ratings::read(frontMatter.value(schema.ratingKey()), axisCount);
    if (ratings.present) {
        snapshot.total = ratings.total();
        for (int i = 0; i < axisCount; ++i)
            snapshot.axes.append(ratings.axis(i));
    }
    if (frontMatter.contains(QStringLiteral("price")))
        snapshot.price = frontMatter.value(QStringLiteral("price")).toDisplayString();
    return snapshot;
}

namespace History {

QList<ReviewVersion> log(GitRepository &repo, const QString &filePath, const Schema &schema, QString *error)
{
    git_repository *handle = repo.handle();
    const QByteArray start = repoPath(repo, filePath);
    if (start.isEmpty()) {
        setError(error, Tr::tr("%1 is not inside the repository's work tree").arg(filePath));
        return {};
    }
    git_oid headId;
    if (git_reference_name_to_id(&headId, handle, "HEAD") < 0)
        return {}; // an unborn branch: no history yet

    // A walk by commit date (newest first), each pending commit with the review's path
    // there, so that a rename on one branch does not confuse another.
    struct Pending
    {
        git_oid id;
        git_time_t time;
        QByteArray path;
    };
    std::vector<Pending> pending;
    QSet<QByteArray> seen;
    const auto push = [&](const git_oid &id, const QByteArray &path) {
        const QByteArray key(reinterpret_cast<const char *>(id.id), GIT_OID_RAWSZ);
        if (seen.contains(key))
            return;
        seen.insert(key);
        git_commit *commit = nullptr;
        if (git_commit_lookup(&commit, handle, &id) < 0)
            return;
        const CommitPtr owned(commit);
        pending.push_back({id, git_commit_time(commit), path});
        std::push_heap(pending.begin(), pending.end(), [](const Pending &a, const Pending &b) { return a.time < b.time; });
    };
    push(headId, start);

    QList<ReviewVersion> versions;
    while (!pending.empty()) {
        std::pop_heap(pending.begin(), pending.end(), [](const Pending &a, const Pending &b) { return a.time < b.time; });
        const Pending current = pending.back();
        pending.pop_back();

        git_commit *commitRaw = nullptr;
        if (git_commit_lookup(&commitRaw, handle, &current.id) < 0)
            continue;
        const CommitPtr commit(commitRaw);
        git_tree *treeRaw = nullptr;
        if (git_commit_tree(&treeRaw, commit.get()) < 0)
            continue;
        const TreePtr tree(treeRaw);
        const auto blob = blobIdAt(tree.get(), current.path);
        if (!blob)
            continue;

        const unsigned parentCount = git_commit_parentcount(commit.get());
        bool sameAsAParent = false;
        QList<QPair<git_oid, QByteArray>> follow;
        for (unsigned i = 0; i < parentCount; ++i) {
            git_commit *parentRaw = nullptr;
            if (git_commit_parent(&parentRaw, commit.get(), i) < 0)
                continue;
            const CommitPtr parent(parentRaw);
            git_tree *parentTreeRaw = nullptr;
            if (git_commit_tree(&parentTreeRaw, parent.get()) < 0)
                continue;
            const TreePtr parentTree(parentTreeRaw);
            const auto parentBlob = blobIdAt(parentTree.get(), current.path);
            if (parentBlob && git_oid_equal(&*parentBlob, &*blob)) {
                // The commit did not change the review against this parent.
                sameAsAParent = true;
                follow.append({*git_commit_id(parent.get()), current.path});
                continue;
            }
            if (parentBlob) {
                follow.append({*git_commit_id(parent.get()), current.path});
            } else if (const auto oldPath = renamedFrom(handle, parentTree.get(), tree.get(), current.path)) {
                follow.append({*git_commit_id(parent.get()), *oldPath});
            }
        }
        for (const auto &[id, path] : follow)
            push(id, path);
        // As `git log --follow` (which compares a commit with its parent, and merges not at
        // all): a merge is never listed, and every parent is followed, also the side a
        // merge discarded; the commits of both sides are listed in date order.
        if (sameAsAParent || parentCount > 1)
            continue;

        ReviewVersion version;
        version.commit = oidString(&current.id);
        const git_signature *author = git_commit_author(commit.get());
        version.date = toDateTime(author->when);
        version.author = QString::fromUtf8(author->name);
        version.email = QString::fromUtf8(author->email);
        version.message = QString::fromUtf8(git_commit_message(commit.get())).trimmed();
        version.path = QString::fromUtf8(current.path);
        git_blob *contents = nullptr;
        if (git_blob_lookup(&contents, handle, &*blob) == 0) {
            const BlobPtr owned(contents);
            const QByteArray bytes(static_cast<const char *>(git_blob_rawcontent(contents)),
                                   qsizetype(git_blob_rawsize(contents)));
            version.snapshot = ReviewSnapshot::fromText(QString::fromUtf8(bytes), schema);
        }
        versions.append(version);
    }
    return versions;
}

std::optional<QByteArray> contentsAt(GitRepository &repo, const QString &path, const QString &revision, QString *error)
{
    git_object *objectRaw = nullptr;
    if (git_revparse_single(&objectRaw, repo.handle(), revision.toUtf8().constData()) < 0) {
        setError(error, Tr::tr("unknown revision %1: %2").arg(revision, GitRepository::lastError()));
        return std::nullopt;
    }
    const ObjectPtr object(objectRaw);
    git_object *commitRaw = nullptr;
    if (git_object_peel(&commitRaw, object.get(), GIT_OBJECT_COMMIT) < 0) {
        setError(error, Tr::tr("%1 is not a commit").arg(revision));
        return std::nullopt;
    }
    const ObjectPtr commit(commitRaw);
    git_tree *treeRaw = nullptr;
    if (git_commit_tree(&treeRaw, reinterpret_cast<git_commit *>(commit.get())) < 0)
        return std::nullopt;
    const TreePtr tree(treeRaw);
    const auto blobId = blobIdAt(tree.get(), repoPath(repo, path));
    if (!blobId) {
        setError(error, Tr::tr("%1 does not exist in %2").arg(path, revision));
        return std::nullopt;
    }
    git_blob *blobRaw = nullptr;
    if (git_blob_lookup(&blobRaw, repo.handle(), &*blobId) < 0)
        return std::nullopt;
    const BlobPtr blob(blobRaw);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())), qsizetype(git_blob_rawsize(blob.get())));
}

QString pathAt(GitRepository &repo, const QString &filePath, const QString &revision, const Schema &schema, QString *error)
{
    git_object *objectRaw = nullptr;
    if (git_revparse_single(&objectRaw, repo.handle(), revision.toUtf8().constData()) < 0) {
        setError(error, Tr::tr("unknown revision %1: %2").arg(revision, GitRepository::lastError()));
        return {};
    }
    const ObjectPtr object(objectRaw);
    git_object *commitRaw = nullptr;
    if (git_object_peel(&commitRaw, object.get(), GIT_OBJECT_COMMIT) < 0) {
        setError(error, Tr::tr("%1 is not a commit").arg(revision));
        return {};
    }
    const ObjectPtr commit(commitRaw);
    const git_oid *target = git_object_id(commit.get());
    for (const auto &version : log(repo, filePath, schema, error)) {
        git_oid id;
        git_oid_fromstr(&id, version.commit.toLatin1().constData());
        if (git_oid_equal(&id, target) || git_graph_descendant_of(repo.handle(), target, &id) == 1)
            return version.path;
    }
    setError(error, Tr::tr("%1 does not exist in %2").arg(filePath, revision));
    return {};
}

QHash<QString, FileStatus> status(GitRepository &repo, const QString &folder, QString *error)
{
    QHash<QString, FileStatus> result;
    const QString root = repo.workdir();
    if (root.isEmpty())
        return result;
    const QString relative = repo.relativePath(folder);
    const bool wholeTree = QFileInfo(folder).canonicalFilePath() + QLatin1Char('/') == QFileInfo(root).canonicalFilePath() + QLatin1Char('/');
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
        | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    QByteArray spec = relative.toUtf8();
    char *specs[] = {spec.data()};
    if (!wholeTree && !relative.isEmpty()) {
        options.pathspec.strings = specs;
        options.pathspec.count = 1;
    }
    git_status_list *listRaw = nullptr;
    if (git_status_list_new(&listRaw, repo.handle(), &options) < 0) {
        setError(error, GitRepository::lastError());
        return result;
    }
    const StatusListPtr list(listRaw);
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath() + QLatin1Char('/');
    const size_t count = git_status_list_entrycount(list.get());
    result.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(list.get(), i);
        const unsigned flags = entry->status;
        FileStatus fileStatus = FileStatus::Modified;
        if (flags & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
            fileStatus = FileStatus::Deleted;
        else if (flags & GIT_STATUS_WT_NEW)
            fileStatus = FileStatus::Untracked;
        else if (flags & GIT_STATUS_INDEX_NEW)
            fileStatus = FileStatus::New;
        else if (!(flags & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_WT_TYPECHANGE
                            | GIT_STATUS_INDEX_TYPECHANGE | GIT_STATUS_INDEX_RENAMED | GIT_STATUS_WT_RENAMED)))
            continue; // ignored or conflicted only
        const git_diff_delta *delta = entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
        if (!delta)
            continue;
        const char *path = delta->new_file.path ? delta->new_file.path : delta->old_file.path;
        result.insert(canonicalRoot + QString::fromUtf8(path), fileStatus);
    }
    return result;
}

QList<FieldBlame> blameFrontMatter(GitRepository &repo, const QString &filePath,
                                   const std::optional<QString> &workingText, QString *error)
{
    QList<FieldBlame> result;
    const QByteArray path = repoPath(repo, filePath);
    if (path.isEmpty())
        return result;
    QByteArray bytes;
    if (workingText) {
        bytes = workingText->toUtf8();
    } else {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            setError(error, Tr::tr("%1: cannot read: %2").arg(filePath, file.errorString()));
            return result;
        }
        bytes = file.readAll();
    }
    const QString text = QString::fromUtf8(bytes);
    const FrontMatter frontMatter = FrontMatter::parse(text);
    if (frontMatter.entries().isEmpty())
        return result;

    git_blame_options options = GIT_BLAME_OPTIONS_INIT;
    git_blame *committedRaw = nullptr;
    if (git_blame_file(&committedRaw, repo.handle(), path.constData(), &options) < 0) {
        setError(error, GitRepository::lastError()); // not committed yet, for one
        return result;
    }
    const BlamePtr committed(committedRaw);
    git_blame *blameRaw = nullptr;
    if (git_blame_buffer(&blameRaw, committed.get(), bytes.constData(), size_t(bytes.size())) < 0) {
        setError(error, GitRepository::lastError());
        return result;
    }
    const BlamePtr blame(blameRaw);
    QHash<QString, QString> summaries; // per commit, looked up once
    for (const auto &entry : frontMatter.entries()) {
        const int lastLine = frontMatter.lines().lineAt(std::max(entry.start, entry.end - 1));
        FieldBlame field;
        field.key = entry.key;
        field.line = entry.keyLine;
        // The newest of the entry's lines (a block list spans several).
        const git_blame_hunk *newest = nullptr;
        bool uncommitted = false;
        for (int line = entry.keyLine; line <= lastLine; ++line) {
            const git_blame_hunk *hunk = git_blame_get_hunk_byline(blame.get(), size_t(line) + 1);
            if (!hunk)
                continue;
            if (git_oid_is_zero(&hunk->final_commit_id) || !hunk->final_signature) {
                uncommitted = true;
                break;
            }
            if (!newest || hunk->final_signature->when.time > newest->final_signature->when.time)
                newest = hunk;
        }
        if (!uncommitted && newest) {
            field.commit = oidString(&newest->final_commit_id);
            field.date = toDateTime(newest->final_signature->when);
            field.author = QString::fromUtf8(newest->final_signature->name);
            if (!summaries.contains(field.commit)) {
                git_commit *commitRaw = nullptr;
                QString summary;
                if (git_commit_lookup(&commitRaw, repo.handle(), &newest->final_commit_id) == 0) {
                    const CommitPtr commit(commitRaw);
                    summary = QString::fromUtf8(git_commit_summary(commit.get()));
                }
                summaries.insert(field.commit, summary);
            }
            field.summary = summaries.value(field.commit);
        }
        result.append(field);
    }
    return result;
}

QList<FieldBlame> blameRatings(const QList<ReviewVersion> &versions, const ReviewSnapshot &working, const Schema &schema)
{
    QList<FieldBlame> result;
    if (!working.readable)
        return result;
    const auto blame = [&](const QString &key, const auto &valueOf) {
        const std::optional<int> value = valueOf(working);
        if (!value || versions.isEmpty())
            return;
        FieldBlame field;
        field.key = key;
        if (!versions.constFirst().snapshot.readable || valueOf(versions.constFirst().snapshot) != value) {
            result.append(field); // changed since the last commit of the review
            return;
        }
        qsizetype oldest = 0;
        while (oldest + 1 < versions.size() && versions.at(oldest + 1).snapshot.readable
               && valueOf(versions.at(oldest + 1).snapshot) == value)
            ++oldest;
        const ReviewVersion &version = versions.at(oldest);
        field.commit = version.commit;
        field.date = version.date;
        field.author = version.author;
        field.summary = version.summary();
        result.append(field);
    };
    const auto &axes = schema.axes();
    for (qsizetype axis = 0; axis < axes.size(); ++axis) {
        blame(axes.at(axis).id, [axis](const ReviewSnapshot &snapshot) {
            return axis < snapshot.axes.size() ? snapshot.axes.at(axis) : std::nullopt;
        });
    }
    blame(schema.ratingKey(), [](const ReviewSnapshot &snapshot) { return snapshot.total; });
    return result;
}

CommitResult commit(GitRepository &repo, const QStringList &files, const QString &message)
{
    git_repository *handle = repo.handle();
    CommitResult result;
    const auto fail = [&](CommitResult::Outcome outcome, const QString &why) {
        result.outcome = outcome;
        result.message = why;
        return result;
    };
    if (git_repository_head_detached(handle) == 1)
        return fail(CommitResult::Outcome::DetachedHead,
                    Tr::tr("HEAD is detached: check out a branch before committing"));
    const int state = git_repository_state(handle);
    if (state == GIT_REPOSITORY_STATE_MERGE)
        return fail(CommitResult::Outcome::MergeInProgress,
                    Tr::tr("a merge is in progress: finish or abort it with git before committing"));
    if (state != GIT_REPOSITORY_STATE_NONE)
        return fail(CommitResult::Outcome::MergeInProgress,
                    Tr::tr("a rebase, cherry-pick or revert is in progress: finish it with git before committing"));
    git_signature *signatureRaw = nullptr;
    if (git_signature_default(&signatureRaw, handle) < 0)
        return fail(CommitResult::Outcome::NoIdentity,
                    Tr::tr("no identity configured: set user.name and user.email in git's configuration"));
    const SignaturePtr signature(signatureRaw);
    if (message.trimmed().isEmpty())
        return fail(CommitResult::Outcome::Failed, Tr::tr("the commit message is empty"));

    // The parent: none on an unborn branch (the first commit).
    CommitPtr parent;
    TreePtr parentTree;
    git_oid headId;
    if (git_reference_name_to_id(&headId, handle, "HEAD") == 0) {
        git_commit *parentRaw = nullptr;
        git_tree *treeRaw = nullptr;
        if (git_commit_lookup(&parentRaw, handle, &headId) < 0)
            return fail(CommitResult::Outcome::Failed, GitRepository::lastError());
        parent.reset(parentRaw);
        if (git_commit_tree(&treeRaw, parentRaw) < 0)
            return fail(CommitResult::Outcome::Failed, GitRepository::lastError());
        parentTree.reset(treeRaw);
    }

    // The new tree: HEAD's, with only the chosen files taken from the work tree, in an
    // index of its own, so whatever else the user staged stays staged and uncommitted.
    git_index *indexRaw = nullptr;
    if (git_index_new(&indexRaw) < 0)
        return fail(CommitResult::Outcome::Failed, GitRepository::lastError());
    const IndexPtr index(indexRaw);
    if (parentTree && git_index_read_tree(index.get(), parentTree.get()) < 0)
        return fail(CommitResult::Outcome::Failed, GitRepository::lastError());
    QList<QByteArray> paths;
    for (const auto &file : files) {
        const QByteArray path = repoPath(repo, file);
        if (path.isEmpty())
            return fail(CommitResult::Outcome::Failed, Tr::tr("%1 is not inside the repository").arg(file));
        paths.append(path);
        const QFileInfo info(file);
        if (info.exists()) {
            git_oid blobId;
            // From the work tree with the repository's filters (line endings), as git add.
            if (git_blob_create_from_workdir(&blobId, handle, path.constData()) < 0)
                return fail(CommitResult::Outcome::Failed, Tr::tr("%1: %2").arg(file, GitRepository::lastError()));
            git_index_entry entry{};
            entry.mode = info.isExecutable() ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
            entry.id = blobId;
            entry.path = path.constData();
            if (git_index_add(index.get(), &entry) < 0)
                return fail(CommitResult::Outcome::Failed, Tr::tr("%1: %2").arg(file, GitRepository::lastError()));
        } else {
            git_index_remove(index.get(), path.constData(), 0);
        }
    }
    git_oid treeId;
    if (git_index_write_tree_to(&treeId, index.get(), handle) < 0)
        return fail(CommitResult::Outcome::Failed, GitRepository::lastError());
    if (parentTree && git_oid_equal(&treeId, git_tree_id(parentTree.get())))
        return fail(CommitResult::Outcome::NothingToCommit, Tr::tr("the chosen files have no change to commit"));
    git_tree *treeRaw = nullptr;
    if (git_tree_lookup(&treeRaw, handle, &treeId) < 0)
        return fail(CommitResult::Outcome::Failed, GitRepository::lastError());
    const TreePtr tree(treeRaw);
    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    QByteArray text = message.trimmed().toUtf8() + '\n';
    // "HEAD" moves the current branch; libgit2 refuses if it moved since we read it.
    if (git_commit_create(&commitId, handle, "HEAD", signature.get(), signature.get(), nullptr, text.constData(),
                          tree.get(), parent ? 1 : 0, parent ? parents : nullptr) < 0)
        return fail(CommitResult::Outcome::Failed, GitRepository::lastError());

    // The repository's own index follows for the committed files, so git status is clean.
    git_index *repoIndexRaw = nullptr;
    if (git_repository_index(&repoIndexRaw, handle) == 0) {
        const IndexPtr repoIndex(repoIndexRaw);
        for (const auto &path : paths) {
            if (git_index_add_bypath(repoIndex.get(), path.constData()) < 0)
                git_index_remove_bypath(repoIndex.get(), path.constData());
        }
        git_index_write(repoIndex.get());
    }
    result.outcome = CommitResult::Outcome::Committed;
    result.commit = oidString(&commitId);
    return result;
}

QString statusName(FileStatus status)
{
    switch (status) {
    case FileStatus::Unchanged:
        return Tr::tr("unchanged");
    case FileStatus::Modified:
        return Tr::tr("modified");
    case FileStatus::New:
        return Tr::tr("new");
    case FileStatus::Untracked:
        return Tr::tr("untracked");
    case FileStatus::Deleted:
        return Tr::tr("deleted");
    }
    return {};
}

QString statusId(FileStatus status)
{
    switch (status) {
    case FileStatus::Unchanged:
        return QStringLiteral("unchanged");
    case FileStatus::Modified:
        return QStringLiteral("modified");
    case FileStatus::New:
        return QStringLiteral("new");
    case FileStatus::Untracked:
        return QStringLiteral("untracked");
    case FileStatus::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

QHash<QString, QString> statusIds(GitRepository &repo, const QString &root, QString *error)
{
    const QHash<QString, FileStatus> byPath = status(repo, root, error);
    // status() names files under the canonical work tree; the site may be reached through
    // a symbolic link, so its canonical path is the prefix to take off.
    const QString prefix = QFileInfo(root).canonicalFilePath() + QLatin1Char('/');
    QHash<QString, QString> ids;
    ids.reserve(byPath.size());
    for (auto it = byPath.cbegin(); it != byPath.cend(); ++it) {
        if (it.key().startsWith(prefix))
            ids.insert(it.key().mid(prefix.size()), statusId(it.value()));
    }
    return ids;
}

} // namespace History

} // namespace Rubric
