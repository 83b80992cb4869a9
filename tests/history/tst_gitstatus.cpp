// Issue 19: the library's git status (column, filter, `rubric list --where git=…`) and
// the tracker that keeps it current. Repositories are made with the git program (tests
// may; the product never does), with no user or system configuration.
#include "testutil.h"

#include "history/gitrepository.h"
#include "history/gitstatustracker.h"
#include "history/history.h"
#include "library/libraryview.h"
#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "site/siteindex.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace Rubric;

namespace {

QString review(const QString &ref, const QString &lang, const QString &price)
{
    return QStringLiteral("---\nlayout: product\ntitle: \"%1 Product Review\"\nref: %1\nlang: %2\ncompany: sony\n"
                          "date: 2025-08-07\nrating: [2.0, 0.4, 0.4, 0.4, 0.4, 0.4]\nprice: %3\n---\n## Overview\n\nText.\n")
        .arg(ref, lang, price);
}

// A repository whose site lies in a subfolder ("site/"), so that paths relative to the
// site differ from paths relative to the work tree.
class Fixture final
{
public:
    Fixture()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(site()));
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        write(QStringLiteral("_products/en/sony/kept.md"), review(QStringLiteral("kept"), QStringLiteral("en"), QStringLiteral("10")));
        write(QStringLiteral("_products/en/sony/edited.md"), review(QStringLiteral("edited"), QStringLiteral("en"), QStringLiteral("20")));
        write(QStringLiteral("_products/en/sony/gone.md"), review(QStringLiteral("gone"), QStringLiteral("en"), QStringLiteral("30")));
        commitAll(QStringLiteral("Base"));
    }

    QString root() const { return m_dir.path(); }
    QString site() const { return m_dir.path() + QStringLiteral("/site"); }
    QString path(const QString &sitePath) const { return site() + u'/' + sitePath; }

    void write(const QString &sitePath, const QString &text)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path(sitePath)).absolutePath()));
        QVERIFY(Test::writeFile(path(sitePath), text.toUtf8()));
    }

    void git(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        environment.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
        environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Rita"));
        environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("rita@example.org"));
        environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Rita"));
        environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("rita@example.org"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(root());
        process.start(QStringLiteral("git"), arguments);
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void commitAll(const QString &message)
    {
        git({QStringLiteral("add"), QStringLiteral("-A")});
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    }

    // One of each kind: modified, staged new, untracked, deleted.
    void change()
    {
        write(QStringLiteral("_products/en/sony/edited.md"), review(QStringLiteral("edited"), QStringLiteral("en"), QStringLiteral("21")));
        write(QStringLiteral("_products/en/sony/staged.md"), review(QStringLiteral("staged"), QStringLiteral("en"), QStringLiteral("40")));
        git({QStringLiteral("add"), QStringLiteral("site/_products/en/sony/staged.md")});
        write(QStringLiteral("_products/ja/sony/loose.md"), review(QStringLiteral("loose"), QStringLiteral("ja"), QStringLiteral("50")));
        QVERIFY(QFile::remove(path(QStringLiteral("_products/en/sony/gone.md"))));
    }

    static QHash<QString, QString> changed()
    {
        return {{QStringLiteral("_products/en/sony/edited.md"), QStringLiteral("modified")},
                {QStringLiteral("_products/en/sony/staged.md"), QStringLiteral("new")},
                {QStringLiteral("_products/ja/sony/loose.md"), QStringLiteral("untracked")},
                {QStringLiteral("_products/en/sony/gone.md"), QStringLiteral("deleted")}};
    }

private:
    QTemporaryDir m_dir;
};

QStringList pathsOf(const LibraryFilter &filter)
{
    QStringList paths;
    for (int r = 0; r < filter.rowCount(); ++r)
        paths.append(filter.library()->record(filter.mapToSource(filter.index(r, 0)).row()).path);
    paths.sort();
    return paths;
}

} // namespace

class TestGitStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateSettings(m_settings);
        GitRepository::ensureInitialized();
    }

    void statusIdsAreRelativeToTheSite()
    {
        Fixture fixture;
        fixture.change();
        auto repository = GitRepository::discover(fixture.site());
        QVERIFY(repository);
        QString error;
        QCOMPARE(History::statusIds(*repository, fixture.site(), &error), Fixture::changed());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void libraryFiltersByStatus_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("changed since the last commit (deleted files have no row)")
            << QStringLiteral("git=changed")
            << QStringList{QStringLiteral("_products/en/sony/edited.md"), QStringLiteral("_products/en/sony/staged.md"),
                           QStringLiteral("_products/ja/sony/loose.md")};
        QTest::newRow("modified") << QStringLiteral("git=modified") << QStringList{QStringLiteral("_products/en/sony/edited.md")};
        QTest::newRow("new, in capitals") << QStringLiteral("git=NEW") << QStringList{QStringLiteral("_products/en/sony/staged.md")};
        QTest::newRow("untracked") << QStringLiteral("git=untracked") << QStringList{QStringLiteral("_products/ja/sony/loose.md")};
        QTest::newRow("unchanged") << QStringLiteral("git=unchanged") << QStringList{QStringLiteral("_products/en/sony/kept.md")};
        QTest::newRow("not changed") << QStringLiteral("git!=changed") << QStringList{QStringLiteral("_products/en/sony/kept.md")};
    }

    void libraryFiltersByStatus()
    {
        QFETCH(QString, condition);
        QFETCH(QStringList, paths);
        Fixture fixture;
        fixture.change();
        SiteIndex index(fixture.site());
        index.indexNow();
        LibraryModel model(&index);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LibraryFilter filter(&model);
        const int column = model.columnForId(QStringLiteral("git"));
        QVERIFY(column >= 0);
        QCOMPARE(model.kind(column), LibraryModel::GitStatusColumn);
        QVERIFY(!model.value(0, column).isValid()); // not known yet
        auto repository = GitRepository::discover(fixture.site());
        model.setGitStatuses(History::statusIds(*repository, fixture.site()));
        QString error;
        const auto parsed = filter.parseCondition(condition, &error);
        QVERIFY2(parsed, qPrintable(error));
        filter.setConditions({*parsed});
        QCOMPARE(pathsOf(filter), paths);
        const int edited = index.indexOf(QStringLiteral("_products/en/sony/edited.md"));
        QCOMPARE(model.data(model.index(edited, 0), LibraryModel::GitStatusRole).toString(), QStringLiteral("modified"));
        QCOMPARE(model.data(model.index(edited, column)).toString(), LibraryModel::gitStatusName(QStringLiteral("modified")));
        const int kept = index.indexOf(QStringLiteral("_products/en/sony/kept.md"));
        QCOMPARE(model.data(model.index(kept, column)).toString(), QString()); // unchanged shows nothing
    }

    void unknownStatusIsRefused()
    {
        Fixture fixture;
        SiteIndex index(fixture.site());
        index.indexNow();
        LibraryModel model(&index);
        LibraryFilter filter(&model);
        QString error;
        QVERIFY(!filter.parseCondition(QStringLiteral("git=dirty"), &error));
        QVERIFY(error.contains(QLatin1String("dirty")));
    }

    void trackerFollowsChangesAndCommits()
    {
        Fixture fixture;
        GitStatusTracker tracker(fixture.site());
        tracker.setDelay(10);
        QVERIFY(tracker.isRepository());
        QTRY_VERIFY_WITH_TIMEOUT(tracker.isReady(), 20000);
        QCOMPARE(tracker.statuses(), (QHash<QString, QString>()));

        QSignalSpy changed(&tracker, &GitStatusTracker::statusChanged);
        fixture.change();
        tracker.refresh(); // as after a save, or the index seeing files change
        QTRY_COMPARE_WITH_TIMEOUT(tracker.statuses(), Fixture::changed(), 20000);
        QCOMPARE(tracker.deleted(), QStringList{QStringLiteral("_products/en/sony/gone.md")});

        // A commit made outside Rubric: the tracker sees the repository change by itself.
        fixture.commitAll(QStringLiteral("Everything"));
        QTRY_COMPARE_WITH_TIMEOUT(tracker.statuses(), (QHash<QString, QString>()), 20000);
        QVERIFY(!changed.isEmpty());
    }

    void trackerOutsideARepositoryDoesNothing()
    {
        QTemporaryDir dir;
        GitStatusTracker tracker(dir.path());
        QVERIFY(!tracker.isRepository());
        tracker.refresh();
        QVERIFY(!tracker.isReady());
    }

    void libraryViewShowsTheGitFilterOnlyWithAStatus()
    {
        Fixture fixture;
        fixture.change();
        SiteIndex index(fixture.site());
        index.indexNow();
        LibraryView view(&index);
        view.resize(1280, 600);
        view.show();
        const int column = view.model()->column(LibraryModel::GitStatusColumn);
        QVERIFY(!view.gitFilter()->isVisible());
        QVERIFY(view.table()->isColumnHidden(column));
        auto repository = GitRepository::discover(fixture.site());
        const auto statuses = History::statusIds(*repository, fixture.site());
        view.setGitStatus(statuses, {QStringLiteral("_products/en/sony/gone.md")});
        QVERIFY(view.gitFilter()->isVisible());
        QVERIFY(!view.table()->isColumnHidden(column));
        QCOMPARE(view.filter()->rowCount(), 4);
        view.gitFilter()->setCurrentIndex(view.gitFilter()->findData(QStringLiteral("changed")));
        QCOMPARE(pathsOf(*view.filter()),
                 (QStringList{QStringLiteral("_products/en/sony/edited.md"), QStringLiteral("_products/en/sony/staged.md"),
                              QStringLiteral("_products/ja/sony/loose.md")}));
        QVERIFY(view.findChild<QLabel *>() != nullptr);
        // With RUBRIC_SCREENSHOT_DIR set, the filtered library is saved there, to look at.
        if (const QString dir = qEnvironmentVariable("RUBRIC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab().save(dir + QStringLiteral("/library-git.png"));
        }
    }

    void listCommandFiltersByStatus()
    {
        Fixture fixture;
        fixture.change();
        QProcess rubric;
        rubric.start(QStringLiteral(RUBRIC_BINARY),
                     {QStringLiteral("list"), fixture.site(), QStringLiteral("--where"), QStringLiteral("git=changed"),
                      QStringLiteral("--sort"), QStringLiteral("name"), QStringLiteral("--json")});
        QVERIFY(rubric.waitForFinished(60000));
        QCOMPARE(rubric.exitCode(), 0);
        const QJsonArray rows = QJsonDocument::fromJson(rubric.readAllStandardOutput()).array();
        QHash<QString, QString> listed;
        for (const auto &row : rows)
            listed.insert(row[QStringLiteral("path")].toString(), row[QStringLiteral("git")].toString());
        QHash<QString, QString> expected = Fixture::changed();
        expected.remove(QStringLiteral("_products/en/sony/gone.md"));
        QCOMPARE(listed, expected);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestGitStatus)
#include "tst_gitstatus.moc"
