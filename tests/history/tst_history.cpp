#include "testutil.h"

#include "document/tenths.h"
#include "history/commitmessage.h"
#include "history/gitrepository.h"
#include "history/history.h"
#include "document/unifieddiff.h"
#include "schema/schema.h"
#include "workspace/site.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <git2.h>

using namespace Rubric;

namespace {

// A review with the given rating (total, then five axes) and price.
QString review(const char *rating, const char *price, const char *lang = "en", const char *summary = "Good.")
{
    return QStringLiteral("---\nlayout: product\ntitle: \"Sony IER-M9 Product Review\"\nref: sony-ier-m9\nlang: %1\n"
                          "rating: [%2]\nprice: %3\nsummary: \"%4\"\n---\n## Overview\n\nText.\n")
        .arg(QLatin1String(lang), QLatin1String(rating), QLatin1String(price), QLatin1String(summary));
}

// A repository made with libgit2 in a temporary folder; commits are built from whole
// trees, with increasing dates, so each test states exactly what each commit holds.
class Repo final
{
public:
    explicit Repo(bool withIdentity = true)
    {
        GitRepository::ensureInitialized();
        QVERIFY(m_dir.isValid());
        QVERIFY(git_repository_init(&m_repo, QFile::encodeName(m_dir.path()).constData(), 0) == 0);
        if (withIdentity) {
            git_config *config = nullptr;
            QVERIFY(git_repository_config(&config, m_repo) == 0);
            git_config_set_string(config, "user.name", "Rita Reviewer");
            git_config_set_string(config, "user.email", "rita@example.org");
            git_config_free(config);
        }
    }
    ~Repo() { git_repository_free(m_repo); }

    QString path(const QString &relative) const { return m_dir.path() + u'/' + relative; }

    // A commit holding exactly `files`; `ref` "HEAD" moves the branch, nullptr moves nothing.
    QString commit(const QMap<QString, QString> &files, const QStringList &parents, const QString &message,
                   const char *ref = "HEAD")
    {
        git_index *index = nullptr;
        git_index_new(&index);
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QByteArray bytes = it.value().toUtf8();
            const QByteArray name = it.key().toUtf8();
            git_index_entry entry{};
            git_blob_create_from_buffer(&entry.id, m_repo, bytes.constData(), size_t(bytes.size()));
            entry.mode = GIT_FILEMODE_BLOB;
            entry.path = name.constData();
            git_index_add(index, &entry);
        }
        git_oid treeId;
        git_index_write_tree_to(&treeId, index, m_repo);
        git_index_free(index);
        git_tree *tree = nullptr;
        git_tree_lookup(&tree, m_repo, &treeId);
        QList<git_commit *> parentCommits;
        for (const auto &parent : parents) {
            git_oid id;
            git_oid_fromstr(&id, parent.toLatin1().constData());
            git_commit *commit = nullptr;
            git_commit_lookup(&commit, m_repo, &id);
            parentCommits.append(commit);
        }
        git_signature *signature = nullptr;
        git_signature_new(&signature, "Rita Reviewer", "rita@example.org", 1700000000 + 3600 * ++m_clock, 60);
        git_oid commitId;
        const QByteArray text = message.toUtf8();
        const int result = git_commit_create(&commitId, m_repo, ref, signature, signature, nullptr, text.constData(), tree,
                                             size_t(parentCommits.size()),
                                             const_cast<const git_commit **>(parentCommits.data()));
        git_signature_free(signature);
        git_tree_free(tree);
        for (auto *parent : parentCommits)
            git_commit_free(parent);
        if (result != 0)
            qWarning() << GitRepository::lastError();
        char hex[GIT_OID_HEXSZ + 1] = {};
        git_oid_tostr(hex, sizeof hex, &commitId);
        return QString::fromLatin1(hex);
    }

    // The work tree and index as HEAD.
    void checkout()
    {
        git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
        options.checkout_strategy = GIT_CHECKOUT_FORCE;
        QCOMPARE(git_checkout_head(m_repo, &options), 0);
    }

    void write(const QString &relative, const QString &text)
    {
        QDir().mkpath(QFileInfo(path(relative)).absolutePath());
        QFile file(path(relative));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }

    QString head() const
    {
        git_oid id;
        if (git_reference_name_to_id(&id, m_repo, "HEAD") != 0)
            return {};
        char hex[GIT_OID_HEXSZ + 1] = {};
        git_oid_tostr(hex, sizeof hex, &id);
        return QString::fromLatin1(hex);
    }

    git_repository *handle() const { return m_repo; }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    git_repository *m_repo = nullptr;
    int m_clock = 0;
};

const QString m9 = QStringLiteral("_products/en/sony/sony-ier-m9.md");
const QString m9Renamed = QStringLiteral("_products/en/sony/ier-m9.md");
const QString other = QStringLiteral("_products/en/sony/other.md");

QStringList commitsOf(const QList<ReviewVersion> &versions)
{
    QStringList ids;
    for (const auto &version : versions)
        ids.append(version.commit);
    return ids;
}

} // namespace

class TestHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        GitRepository::ensureInitialized();
        // Hermetic: no user's ~/.gitconfig or /etc/gitconfig (the identity tests need none).
        for (const int level : {GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_GLOBAL,
                                GIT_CONFIG_LEVEL_PROGRAMDATA})
            git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, QFile::encodeName(m_emptyHome.path()).constData());
    }

    void logFollowsRenamesAndReadsEachVersion()
    {
        Repo repo;
        const QString first = repo.commit({{m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "1093")}}, {}, QStringLiteral("Add IER-M9"));
        const QString second = repo.commit({{m9, review("3.3, 0.7, 0.8, 0.4, 0.8, 0.6", "1093")}}, {first},
                                           QStringLiteral("Cost-performance up"));
        const QString unrelated = repo.commit({{m9, review("3.3, 0.7, 0.8, 0.4, 0.8, 0.6", "1093")}, {other, review("1.0, 0.2, 0.2, 0.2, 0.2, 0.2", "5")}},
                                              {second}, QStringLiteral("Another review"));
        const QString renamed = repo.commit({{m9Renamed, review("3.3, 0.7, 0.8, 0.4, 0.8, 0.6", "1093")}, {other, review("1.0, 0.2, 0.2, 0.2, 0.2, 0.2", "5")}},
                                            {unrelated}, QStringLiteral("Rename"));
        const QString cheaper = repo.commit({{m9Renamed, review("3.3, 0.7, 0.8, 0.4, 0.8, 0.6", "999")}, {other, review("1.0, 0.2, 0.2, 0.2, 0.2, 0.2", "5")}},
                                            {renamed}, QStringLiteral("Price\n\nNew street price."));
        repo.checkout();

        auto git = GitRepository::discover(repo.path(m9Renamed));
        QVERIFY(git);
        QString error;
        const auto versions = History::log(*git, repo.path(m9Renamed), Schema::builtin(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(commitsOf(versions), (QStringList{cheaper, renamed, second, first}));
        QCOMPARE(versions.at(0).path, m9Renamed);
        QCOMPARE(versions.at(2).path, m9);
        QCOMPARE(versions.at(0).snapshot.price, QStringLiteral("999"));
        QCOMPARE(versions.at(0).summary(), QStringLiteral("Price"));
        QCOMPARE(versions.at(0).author, QStringLiteral("Rita Reviewer"));
        QCOMPARE(versions.at(2).snapshot.total, std::optional<int>(33));
        QCOMPARE(versions.at(3).snapshot.axes.value(2), std::optional<int>(3));
        QVERIFY(versions.at(0).date > versions.at(1).date);

        // Each version agrees with the file's contents at its commit.
        for (const auto &version : versions) {
            const auto bytes = History::contentsAt(*git, version.path, version.commit, &error);
            QVERIFY2(bytes, qPrintable(error));
            const ReviewSnapshot snapshot = ReviewSnapshot::fromText(QString::fromUtf8(*bytes), Schema::builtin());
            QCOMPARE(snapshot.total, version.snapshot.total);
            QCOMPARE(snapshot.axes, version.snapshot.axes);
            QCOMPARE(snapshot.price, version.snapshot.price);
        }
        QVERIFY(!History::contentsAt(*git, m9Renamed, first)); // not followed: absent by that name
        QCOMPARE(History::pathAt(*git, repo.path(m9Renamed), first, Schema::builtin()), m9);
        QCOMPARE(History::pathAt(*git, repo.path(m9Renamed), unrelated, Schema::builtin()), m9);
        QCOMPARE(History::pathAt(*git, repo.path(m9Renamed), QStringLiteral("HEAD"), Schema::builtin()), m9Renamed);
        QVERIFY(!History::contentsAt(*git, m9Renamed, QStringLiteral("no-such-branch"), &error));
        QVERIFY(!error.isEmpty());

        // The binary agrees, commit for commit.
        QProcess rubric;
        rubric.start(QStringLiteral(RUBRIC_BINARY), {QStringLiteral("log"), repo.path(m9Renamed), QStringLiteral("--json")});
        QVERIFY(rubric.waitForFinished(60000));
        QCOMPARE(rubric.exitCode(), 0);
        const QJsonArray list = QJsonDocument::fromJson(rubric.readAllStandardOutput()).array();
        QCOMPARE(list.size(), versions.size());
        for (int i = 0; i < versions.size(); ++i) {
            const QJsonObject object = list.at(i).toObject();
            QCOMPARE(object.value(QStringLiteral("commit")).toString(), versions.at(i).commit);
            QCOMPARE(Tenths::fromDouble(object.value(QStringLiteral("total")).toDouble()), *versions.at(i).snapshot.total);
            QCOMPARE(object.value(QStringLiteral("price")).toDouble(), versions.at(i).snapshot.price.toDouble());
            QCOMPARE(Tenths::fromDouble(object.value(QStringLiteral("axes")).toObject().value(QStringLiteral("cost_performance")).toDouble()),
                     *versions.at(i).snapshot.axes.value(2));
        }
    }

    void logFollowsAMoveWithChangesToAnotherFolder()
    {
        Repo repo;
        const QString moved = QStringLiteral("_products/en/audio/sony-ier-m9.md");
        const QString first = repo.commit({{m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "1093")}}, {}, QStringLiteral("Add"));
        const QString second = repo.commit({{moved, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "999")}}, {first}, QStringLiteral("Move"));
        repo.checkout();
        auto git = GitRepository::discover(repo.root());
        const auto versions = History::log(*git, repo.path(moved), Schema::builtin());
        QCOMPARE(commitsOf(versions), (QStringList{second, first}));
        QCOMPARE(versions.at(1).path, m9);
        QCOMPARE(versions.at(1).snapshot.price, QStringLiteral("1093"));
    }

    void logListsBothSidesOfAMergeButNotTheMerge_data()
    {
        QTest::addColumn<bool>("mergeKeepsSide");
        QTest::newRow("merge combining both branches' changes") << true;
        QTest::newRow("merge keeping the main branch's version") << false;
    }

    void logListsBothSidesOfAMergeButNotTheMerge()
    {
        QFETCH(bool, mergeKeepsSide);
        Repo repo;
        const QString base = repo.commit({{m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "1093")}}, {}, QStringLiteral("Base"));
        const QString side = repo.commit({{m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "999")}}, {base}, QStringLiteral("Side price"), nullptr);
        const QString main = repo.commit({{m9, review("3.3, 0.7, 0.8, 0.4, 0.8, 0.6", "1093")}}, {base}, QStringLiteral("Main rating"));
        const QString merged = mergeKeepsSide ? review("3.3, 0.7, 0.8, 0.4, 0.8, 0.6", "999") : review("3.3, 0.7, 0.8, 0.4, 0.8, 0.6", "1093");
        const QString merge = repo.commit({{m9, merged}}, {main, side}, QStringLiteral("Merge"));
        repo.checkout();
        auto git = GitRepository::discover(repo.root());
        QVERIFY(git);
        const auto versions = History::log(*git, repo.path(m9), Schema::builtin());
        // As `git log --follow`: the merge is not listed, both sides are, whichever
        // version the merge kept (tst_logagreement checks against git itself).
        Q_UNUSED(merge);
        QCOMPARE(commitsOf(versions), (QStringList{main, side, base}));
    }

    void statusListsChangedFiles()
    {
        Repo repo;
        repo.commit({{m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "1093")}, {other, review("1.0, 0.2, 0.2, 0.2, 0.2, 0.2", "5")},
                     {QStringLiteral("_products/en/sony/same.md"), review("1.0, 0.2, 0.2, 0.2, 0.2, 0.2", "6")}},
                    {}, QStringLiteral("Base"));
        repo.checkout();
        repo.write(m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "999"));
        QVERIFY(QFile::remove(repo.path(other)));
        repo.write(QStringLiteral("_products/en/sony/untracked.md"), review("1.0, 0.2, 0.2, 0.2, 0.2, 0.2", "7"));
        repo.write(QStringLiteral("_products/en/sony/staged.md"), review("1.0, 0.2, 0.2, 0.2, 0.2, 0.2", "8"));
        git_index *index = nullptr;
        QCOMPARE(git_repository_index(&index, repo.handle()), 0);
        QCOMPARE(git_index_add_bypath(index, "_products/en/sony/staged.md"), 0);
        git_index_write(index);
        git_index_free(index);

        auto git = GitRepository::discover(repo.root());
        QVERIFY(git);
        const auto status = History::status(*git, repo.path(QStringLiteral("_products")));
        const QString canonical = QFileInfo(repo.root()).canonicalFilePath() + u'/';
        const QHash<QString, FileStatus> expected{{canonical + m9, FileStatus::Modified},
                                                  {canonical + other, FileStatus::Deleted},
                                                  {canonical + QStringLiteral("_products/en/sony/untracked.md"), FileStatus::Untracked},
                                                  {canonical + QStringLiteral("_products/en/sony/staged.md"), FileStatus::New}};
        QCOMPARE(status, expected);
    }

    void blameNamesTheCommitOfEachValue()
    {
        Repo repo;
        const QString first = repo.commit({{m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "1093")}}, {}, QStringLiteral("Add"));
        const QString second = repo.commit({{m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "999")}}, {first}, QStringLiteral("Cheaper"));
        repo.checkout();
        repo.write(m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "999", "en", "Better."));
        auto git = GitRepository::discover(repo.root());
        QString error;
        const auto fields = History::blameFrontMatter(*git, repo.path(m9), std::nullopt, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, QString> commitOf;
        for (const auto &field : fields)
            commitOf.insert(field.key, field.commit);
        QCOMPARE(commitOf.value(QStringLiteral("rating")), first);
        QCOMPARE(commitOf.value(QStringLiteral("price")), second);
        QVERIFY(commitOf.contains(QStringLiteral("summary")));
        QCOMPARE(commitOf.value(QStringLiteral("summary")), QString()); // not committed yet
    }

    void commitTakesOnlyTheChosenFiles()
    {
        Repo repo;
        const QString base = repo.commit({{m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "1093")}, {other, review("1.0, 0.2, 0.2, 0.2, 0.2, 0.2", "5")}},
                                         {}, QStringLiteral("Base"));
        repo.checkout();
        repo.write(m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "999"));
        repo.write(other, review("1.0, 0.2, 0.2, 0.2, 0.2, 0.2", "6"));
        auto git = GitRepository::discover(repo.root());
        const CommitResult result = History::commit(*git, {repo.path(m9)}, QStringLiteral("sony-ier-m9 (en): price 1,093 → 999"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(repo.head(), result.commit);
        QVERIFY(result.commit != base);
        QCOMPARE(QString::fromUtf8(*History::contentsAt(*git, m9, QStringLiteral("HEAD"))), review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "999"));
        QCOMPARE(QString::fromUtf8(*History::contentsAt(*git, other, QStringLiteral("HEAD"))), review("1.0, 0.2, 0.2, 0.2, 0.2, 0.2", "5"));
        const auto status = History::status(*git, repo.root());
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.constBegin().key(), QFileInfo(repo.root()).canonicalFilePath() + u'/' + other);
        const auto versions = History::log(*git, repo.path(m9), Schema::builtin());
        QCOMPARE(versions.constFirst().message, QStringLiteral("sony-ier-m9 (en): price 1,093 → 999"));
        QCOMPARE(versions.constFirst().author, QStringLiteral("Rita Reviewer"));

        const CommitResult again = History::commit(*git, {repo.path(m9)}, QStringLiteral("Again"));
        QCOMPARE(again.outcome, CommitResult::Outcome::NothingToCommit);
        QCOMPARE(repo.head(), result.commit);
    }

    void commitRefuses_data()
    {
        QTest::addColumn<int>("situation");
        QTest::addColumn<int>("outcome");
        QTest::newRow("detached HEAD") << 0 << int(CommitResult::Outcome::DetachedHead);
        QTest::newRow("merge in progress") << 1 << int(CommitResult::Outcome::MergeInProgress);
        QTest::newRow("no identity") << 2 << int(CommitResult::Outcome::NoIdentity);
    }

    void commitRefuses()
    {
        QFETCH(int, situation);
        QFETCH(int, outcome);
        Repo repo(situation != 2);
        const QString base = repo.commit({{m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "1093")}}, {}, QStringLiteral("Base"));
        repo.checkout();
        if (situation == 0) {
            git_oid id;
            git_oid_fromstr(&id, base.toLatin1().constData());
            QCOMPARE(git_repository_set_head_detached(repo.handle(), &id), 0);
        } else if (situation == 1) {
            QFile mergeHead(repo.path(QStringLiteral(".git/MERGE_HEAD")));
            QVERIFY(mergeHead.open(QIODevice::WriteOnly));
            mergeHead.write(base.toLatin1() + '\n');
        }
        repo.write(m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "999"));
        auto git = GitRepository::discover(repo.root());
        const CommitResult result = History::commit(*git, {repo.path(m9)}, QStringLiteral("Price"));
        QCOMPARE(int(result.outcome), outcome);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(repo.head(), base);
    }

    void notARepositoryHasNoHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        QVERIFY(!GitRepository::discover(dir.path() + QStringLiteral("/review.md"), &error));
        QVERIFY(error.isEmpty()); // absent, not failed
    }

    void siteOwnsItsRepository()
    {
        Repo repo;
        repo.commit({{m9, review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "1093")}}, {}, QStringLiteral("Base"));
        const Site site(repo.root());
        QVERIFY(site.repository());
        QCOMPARE(QFileInfo(site.repository()->workdir()).canonicalFilePath(), QFileInfo(repo.root()).canonicalFilePath());
        QTemporaryDir plain;
        const Site notARepository(plain.path());
        QVERIFY(!notARepository.repository());
    }

    void proposedMessage_data()
    {
        QTest::addColumn<QString>("beforeEn");
        QTest::addColumn<QString>("afterEn");
        QTest::addColumn<QString>("beforeJa");
        QTest::addColumn<QString>("afterJa");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an axis in both languages and the English price")
            << review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "1093") << review("3.2, 0.7, 0.8, 0.4, 0.8, 0.6", "999")
            << review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "160000", "ja") << review("3.2, 0.7, 0.8, 0.4, 0.8, 0.6", "160000", "ja")
            << QString::fromUtf8("sony-ier-m9 (en, ja): cost_performance 0.3 → 0.4, price 1,093 → 999");
        QTest::newRow("the summary and the total")
            << review("3.2, 0.7, 0.8, 0.3, 0.8, 0.6", "1093") << review("3.3, 0.7, 0.8, 0.3, 0.8, 0.6", "1093", "en", "Better.")
            << QString() << QString()
            << QString::fromUtf8("sony-ier-m9 (en): total 3.2 → 3.3, summary");
    }

    void proposedMessage()
    {
        QFETCH(QString, beforeEn);
        QFETCH(QString, afterEn);
        QFETCH(QString, beforeJa);
        QFETCH(QString, afterJa);
        QFETCH(QString, expected);
        QList<CommitMessage::ReviewChange> changes{{m9, beforeEn, afterEn}};
        if (!afterJa.isEmpty())
            changes.append({QStringLiteral("_products/ja/sony/sony-ier-m9.md"), beforeJa, afterJa});
        QCOMPARE(CommitMessage::propose(changes, Schema::builtin()), expected);
    }

    void ratingsBlameTheVersionWhereEachValueBegan()
    {
        // Versions newest first: the first axis 0.7 since "b", the second 0.9 since "c";
        // the working text moved the third.
        const Schema schema = Schema::builtin();
        const auto version = [&](const char *id, const char *rating) {
            ReviewVersion v;
            v.commit = QString::fromLatin1(id).repeated(40);
            v.message = QStringLiteral("Commit %1").arg(QLatin1String(id));
            v.snapshot = ReviewSnapshot::fromText(review(rating, "100"), schema);
            return v;
        };
        const QList<ReviewVersion> versions{version("c", "3.2, 0.7, 0.9, 0.3, 0.8, 0.5"),
                                            version("b", "3.1, 0.7, 0.8, 0.3, 0.8, 0.5"),
                                            version("a", "3.0, 0.6, 0.8, 0.3, 0.8, 0.5")};
        const ReviewSnapshot working = ReviewSnapshot::fromText(review("3.3, 0.7, 0.9, 0.4, 0.8, 0.5", "100"), schema);
        QHash<QString, QString> commitOf;
        for (const FieldBlame &blame : History::blameRatings(versions, working, schema))
            commitOf.insert(blame.key, blame.commit.left(1));
        const auto &axes = schema.axes();
        QCOMPARE(commitOf.value(axes.at(0).id), QStringLiteral("b"));
        QCOMPARE(commitOf.value(axes.at(1).id), QStringLiteral("c"));
        QVERIFY(commitOf.contains(axes.at(2).id));
        QCOMPARE(commitOf.value(axes.at(2).id), QString()); // changed, not committed
        QCOMPARE(commitOf.value(axes.at(3).id), QStringLiteral("a")); // since the first version
        QCOMPARE(commitOf.value(schema.ratingKey()), QString());
        QVERIFY(History::blameRatings({}, working, schema).isEmpty()); // no history
    }

    void unifiedDiff()
    {
        const auto lines = LineDiff::compute(QStringLiteral("a\nb\nc\nd\ne\nf\ng\nh\n"), QStringLiteral("a\nb\nc\nd\ne\nf\nG\nh\n"));
        QCOMPARE(UnifiedDiff::format(lines, QStringLiteral("old"), QStringLiteral("new"), 2),
                 QStringLiteral("--- old\n+++ new\n@@ -5,4 +5,4 @@\n e\n f\n-g\n+G\n h\n"));
        QCOMPARE(UnifiedDiff::format(LineDiff::compute(QStringLiteral("a\n"), QStringLiteral("a\n")), {}, {}), QString());
    }

private:
    QTemporaryDir m_emptyHome;
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
