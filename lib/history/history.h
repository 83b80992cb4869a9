#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rubric {

class GitRepository;
class Schema;

// What a review's front matter says at one version: ratings, total and price.
struct ReviewSnapshot
{
    bool readable = false;              // the front matter parsed
    std::optional<int> total;           // tenths
    QList<std::optional<int>> axes;     // tenths, in the schema's axis order
    QString price;                      // as written; empty when absent
    QHash<QString, QString> fields;     // every top-level key, as displayed

    static ReviewSnapshot fromText(const QString &text, const Schema &schema);
};

// One commit that changed a review.
struct ReviewVersion
{
    QString commit;   // full hex id
    QDateTime date;   // the author's date, in the author's offset
    QString author;
    QString email;
    QString message;  // the whole message
    QString path;     // the review's path in that commit (renames change it)
    ReviewSnapshot snapshot;

    QString shortId() const { return commit.left(7); }
    QString summary() const { return message.section(QLatin1Char('\n'), 0, 0); }
};

// Where and when one front-matter line last changed.
struct FieldBlame
{
    QString key;
    int line = 0;        // 0-based line in the working file
    QString commit;      // empty for a change not committed yet
    QDateTime date;
    QString author;
    QString summary;
};

enum class FileStatus { Unchanged, Modified, New, Untracked, Deleted };

// Why a commit was refused, or what went wrong.
struct CommitResult
{
    enum class Outcome { Committed, NoRepository, DetachedHead, MergeInProgress, NoIdentity, NothingToCommit, Failed };
    Outcome outcome = Outcome::Failed;
    QString commit; // the new commit's id when committed
    QString message; // for the user, when not committed

    bool ok() const { return outcome == Outcome::Committed; }
};

// Plain functions over a repository opened by the caller's thread (GitRepository); each
// returns "no history" (empty) for files outside any repository.
namespace History {

// The commits that changed `filePath`, newest first, following renames and simplifying
// merges like `git log --follow`: a merge that kept one parent's version is skipped and
// only that parent followed.
QList<ReviewVersion> log(GitRepository &repo, const QString &filePath, const Schema &schema, QString *error = nullptr);

// The file's bytes at `revision` (a commit id, a branch, "HEAD~2"...), following no
// rename: `path` is the path in that commit (ReviewVersion::path), relative to the work
// tree or absolute inside it. Nothing when the file is absent there.
std::optional<QByteArray> contentsAt(GitRepository &repo, const QString &path, const QString &revision,
                                     QString *error = nullptr);

// The path the review now at `filePath` had at `revision`, following renames (the newest
// version of log() that is `revision` or one of its ancestors); empty when it did not exist.
QString pathAt(GitRepository &repo, const QString &filePath, const QString &revision, const Schema &schema,
               QString *error = nullptr);

// The status of every changed file under `folder` (absolute paths); unchanged files are
// not listed. Ignored files are not reported.
QHash<QString, FileStatus> status(GitRepository &repo, const QString &folder, QString *error = nullptr);

// Which commit last changed each front-matter entry of the working file `filePath`
// (its text as on disk, or `workingText` when given: the editor's unsaved text).
QList<FieldBlame> blameFrontMatter(GitRepository &repo, const QString &filePath,
                                   const std::optional<QString> &workingText = std::nullopt, QString *error = nullptr);

// When each rating axis' value (key: the axis id) and the total's (key: the schema's rating
// key) last changed, from the review's versions (log(), newest first) and its working
// text: the oldest version of the newest run holding the working value. An empty commit
// when the working value differs from the last committed one (changed, not committed),
// and no entry for a value no version held a rating for.
QList<FieldBlame> blameRatings(const QList<ReviewVersion> &versions, const ReviewSnapshot &working, const Schema &schema);

// Commits the working contents of `files` (absolute; a missing file is a deletion) to the
// current branch with the user's configured identity, leaving every other staged or
// unstaged change as it is. Never pushes, pulls or rewrites history.
CommitResult commit(GitRepository &repo, const QStringList &files, const QString &message);

QString statusName(FileStatus status);
// The status's untranslated id (modified, new, untracked, deleted, unchanged): what the
// library's git column holds and `rubric list --where git=modified` compares.
QString statusId(FileStatus status);
// status() of the site folder `root`, keyed by path relative to it ('/'), as ids.
QHash<QString, QString> statusIds(GitRepository &repo, const QString &root, QString *error = nullptr);

} // namespace History

} // namespace Rubric

Q_DECLARE_METATYPE(Rubric::ReviewVersion)
