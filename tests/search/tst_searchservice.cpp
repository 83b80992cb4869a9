// The open Site's search index (SearchService): built when the site opens, following files
// changed, added, removed and renamed on disk, rebuilt for another schema or when damaged.

#include "search/searchservice.h"
#include "workspace/site.h"

#include "../workspace/workspacetestutil.h"

#include "site/siteindex.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;

class tst_SearchService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void builtWhenTheSiteOpens();
    void reopenedUpToDateReadsNothing();
    void followsAChangedFile();
    void followsAnAddedFile();
    void followsARemovedFile();
    void followsARenamedFile();
    void fieldTermsFollowTheRecords();
    void anotherSchemaRebuilds();
    void damagedIndexIsRebuilt();
    void closedDuringTheBuildThenComplete();

private:
    std::unique_ptr<Site> openSite();
    static QStringList paths(Site *site, const QString &query);

    QTemporaryDir m_cache;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SearchService::initTestCase()
{
    // The index lives in the cache folder: the test's own, never the user's.
    QVERIFY(m_cache.isValid());
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path()));
    Test::isolateSettings(m_cache);
}

void tst_SearchService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(Test::writePairs(m_dir->path(), {"a1", "a2"}));
    QVERIFY(Test::writeSiteFile(m_dir->path(), Test::productPath(u"en"_qs, u"o1"_qs),
                                Test::productReview("en", "o1", "A lonely walrus.")));
}

std::unique_ptr<Site> tst_SearchService::openSite()
{
    auto site = std::make_unique<Site>(m_dir->path());
    QSignalSpy ready(site->search(), &SearchService::ready);
    site->start();
    if (!ready.wait(60000))
        return nullptr;
    return site;
}

// The site paths the query finds, sorted, each once (through the service, as the dock asks).
QStringList tst_SearchService::paths(Site *site, const QString &query)
{
    QSignalSpy searched(site->search(), &SearchService::searched);
    const int id = site->search()->search(query, 0);
    if (!searched.wait(10000))
        return {QStringLiteral("(no answer)")};
    const QList<QVariant> arguments = searched.takeFirst();
    if (arguments.at(0).toInt() != id)
        return {QStringLiteral("(other query)")};
    if (!arguments.at(2).toString().isEmpty())
        return {u"(error) "_qs + arguments.at(2).toString()};
    QStringList out;
    for (const auto &hit : arguments.at(1).value<QList<SearchHit>>()) {
        if (!out.contains(hit.path))
            out.append(hit.path);
    }
    out.sort();
    return out;
}

void tst_SearchService::builtWhenTheSiteOpens()
{
    auto site = openSite();
    QVERIFY(site);
    QVERIFY(site->search()->isReady());
    QVERIFY(site->search()->indexPath().startsWith(m_cache.path()));
    QVERIFY(QFileInfo::exists(site->search()->indexPath()));
    QCOMPARE(site->search()->lastSync().updated, 5);
    QCOMPARE(paths(site.get(), u"walrus"_qs), QStringList{Test::productPath(u"en"_qs, u"o1"_qs)});
    QCOMPARE(paths(site.get(), u"a2 の概要"_qs), QStringList{Test::productPath(u"ja"_qs, u"a2"_qs)});
    QCOMPARE(paths(site.get(), u"overview -a1"_qs),
             (QStringList{Test::productPath(u"en"_qs, u"a2"_qs), Test::productPath(u"en"_qs, u"o1"_qs)}));
}

void tst_SearchService::reopenedUpToDateReadsNothing()
{
    QVERIFY(openSite());
    auto site = openSite();
    QVERIFY(site);
    QVERIFY(!site->search()->lastSync().recreated);
    QCOMPARE(site->search()->lastSync().updated, 0);
    QCOMPARE(site->search()->lastSync().removed, 0);
    QCOMPARE(paths(site.get(), u"walrus"_qs), QStringList{Test::productPath(u"en"_qs, u"o1"_qs)});
}

void tst_SearchService::followsAChangedFile()
{
    auto site = openSite();
    QVERIFY(site);
    QCOMPARE(paths(site.get(), u"zebra"_qs), QStringList());
    const QString path = Test::productPath(u"en"_qs, u"a1"_qs);
    QVERIFY(Test::writeSiteFile(m_dir->path(), path, Test::productReview("en", "a1", "A zebra crossing.")));
    QTRY_COMPARE_WITH_TIMEOUT(paths(site.get(), u"zebra"_qs), QStringList{path}, 20000);
    QCOMPARE(paths(site.get(), u"\"overview of a1\""_qs), QStringList()); // the old text is gone
}

void tst_SearchService::followsAnAddedFile()
{
    auto site = openSite();
    QVERIFY(site);
    const QString path = Test::productPath(u"en"_qs, u"n1"_qs);
    QVERIFY(Test::writeSiteFile(m_dir->path(), path, Test::productReview("en", "n1", "A new narwhal.")));
    QTRY_COMPARE_WITH_TIMEOUT(paths(site.get(), u"narwhal"_qs), QStringList{path}, 20000);
}

void tst_SearchService::followsARemovedFile()
{
    auto site = openSite();
    QVERIFY(site);
    QVERIFY(QFile::remove(m_dir->filePath(Test::productPath(u"en"_qs, u"o1"_qs))));
    QTRY_COMPARE_WITH_TIMEOUT(paths(site.get(), u"walrus"_qs), QStringList(), 20000);
}

void tst_SearchService::followsARenamedFile()
{
    auto site = openSite();
    QVERIFY(site);
    const QString to = Test::productPath(u"en"_qs, u"o2"_qs);
    QVERIFY(QFile::rename(m_dir->filePath(Test::productPath(u"en"_qs, u"o1"_qs)), m_dir->filePath(to)));
    QTRY_COMPARE_WITH_TIMEOUT(paths(site.get(), u"walrus"_qs), QStringList{to}, 20000);
}

void tst_SearchService::fieldTermsFollowTheRecords()
{
    auto site = openSite();
    QVERIFY(site);
    QCOMPARE(paths(site.get(), u"lang:ja"_qs),
             (QStringList{Test::productPath(u"ja"_qs, u"a1"_qs), Test::productPath(u"ja"_qs, u"a2"_qs)}));
    const QString path = Test::productPath(u"en"_qs, u"a1"_qs);
    QVERIFY(Test::writeSiteFile(m_dir->path(), path,
                                Test::productReview("en", "a1", "Dearer.").replace("price: 100", "price: 900")));
    QTRY_COMPARE_WITH_TIMEOUT(paths(site.get(), u"price>500 lang:en"_qs), QStringList{path}, 20000);
    QCOMPARE(paths(site.get(), u"nosuchcolumn>3"_qs), QStringList()); // a word (no such column), found nowhere
    QVERIFY(paths(site.get(), u"price>cheap"_qs).value(0).startsWith(u"(error)"_qs));
}

void tst_SearchService::anotherSchemaRebuilds()
{
    QVERIFY(openSite());
    // A schema override the site did not have: its sections may differ, the index is rebuilt.
    QVERIFY(Test::writeSiteFile(m_dir->path(), u"rubric-schema.yml"_qs, "tags:\n  - Amplifiers\n"));
    auto site = openSite();
    QVERIFY(site);
    QVERIFY(site->search()->lastSync().recreated);
    QCOMPARE(site->search()->lastSync().updated, 5);
    QCOMPARE(paths(site.get(), u"walrus"_qs), QStringList{Test::productPath(u"en"_qs, u"o1"_qs)});
}

void tst_SearchService::damagedIndexIsRebuilt()
{
    QString indexPath;
    {
        auto site = openSite();
        QVERIFY(site);
        indexPath = site->search()->indexPath();
    }
    // Garbage over the middle of the file (and its header's page count): never trusted.
    QFile file(indexPath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8192);
    QVERIFY(file.seek(size / 2 - 2048));
    QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
    file.close();
    auto site = openSite();
    QVERIFY(site);
    QVERIFY(site->search()->lastSync().recreated);
    QCOMPARE(paths(site.get(), u"walrus"_qs), QStringList{Test::productPath(u"en"_qs, u"o1"_qs)});
}

void tst_SearchService::closedDuringTheBuildThenComplete()
{
    // Enough files for several batches: the site is closed while its index is being built
    // (the build stops at a batch and rolls back, or has finished); the next open completes it.
    QList<QByteArray> refs;
    for (int i = 0; i < 300; ++i)
        refs.append("m" + QByteArray::number(i));
    QVERIFY(Test::writePairs(m_dir->path(), refs));
    {
        Site site(m_dir->path());
        QSignalSpy finished(site.index(), &SiteIndex::finished);
        site.start();
        QVERIFY(finished.wait(60000));
    } // the build was queued or running
    auto site = openSite();
    QVERIFY(site);
    QCOMPARE(paths(site.get(), u"m299 の概要"_qs), QStringList{Test::productPath(u"ja"_qs, u"m299"_qs)});
    QCOMPARE(paths(site.get(), u"lang:en overview"_qs).size(), 303);
}

QTEST_GUILESS_MAIN(tst_SearchService)
#include "tst_searchservice.moc"
