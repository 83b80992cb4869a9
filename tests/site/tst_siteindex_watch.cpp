// SiteIndex keeping up with the disk: watched files changed in place or replaced, files
// added and removed, refresh() after a save, a second pass, and an index destroyed while
// its worker runs. Each on a small copied site.

#include "site/siteindex.h"
#include "sitetestutil.h"

#include <QDateTime>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;
using namespace Rubric::Test;

class TestSiteIndexWatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changedFileOnDiskUpdatesRecord();
    void addedAndRemovedFiles();
    void refreshRereadsOneFile();
    void secondPassFollowsTheDisk();
    void destroyedWhileIndexing();
    void removingAFolderKeepsLookupsConsistent();
};

void TestSiteIndexWatch::changedFileOnDiskUpdatesRecord()
{
    QTemporaryDir site;
    QVERIFY(copyReviews(site.path(), smallSite));
    SiteIndex index(site.path());
    index.setCacheEnabled(false);
    index.indexNow();
    index.setWatching(true);
    const QString path = QStringLiteral("_products/en/sony/sony-ier-m9.md");
    const int row = index.indexOf(path);
    QVERIFY(row >= 0);
    QSignalSpy changed(&index, &SiteIndex::recordChanged);

    // Rewritten in place, as a text editor without atomic saves does.
    const QString file = site.filePath(path);
    QVERIFY(Test::writeFile(file, withTotal(Test::readFile(file), "[2.0, 0.4, 0.4, 0.4, 0.4, 0.4]")));
    QTRY_COMPARE_WITH_TIMEOUT(index.records().at(row).total, qint8(20), 20000);
    QVERIFY(changed.contains(QVariantList{row}));

    // Replaced by a new file, as an atomic save does.
    QSaveFile save(file);
    QVERIFY(save.open(QIODevice::WriteOnly));
    save.write(withTotal(Test::readFile(file), "[2.5, 0.5, 0.5, 0.5, 0.5, 0.5]"));
    QVERIFY(save.commit());
    QTRY_COMPARE_WITH_TIMEOUT(index.records().at(row).total, qint8(25), 20000);
    QCOMPARE(index.records().at(row).axis(0), 5);
}

void TestSiteIndexWatch::addedAndRemovedFiles()
{
    QTemporaryDir site;
    QVERIFY(copyReviews(site.path(), smallSite));
    SiteIndex index(site.path());
    index.setCacheEnabled(false);
    index.indexNow();
    index.setWatching(true);
    QSignalSpy added(&index, &SiteIndex::recordsAdded);
    QSignalSpy aboutToRemove(&index, &SiteIndex::recordAboutToBeRemoved);
    QSignalSpy removed(&index, &SiteIndex::recordRemoved);

    const QString newPath = QStringLiteral("_products/ja/teac/teac-vrds-701.md");
    QVERIFY(QDir().mkpath(site.filePath(QStringLiteral("_products/ja/teac"))));
    QVERIFY(QFile::copy(site.filePath(QStringLiteral("_products/en/teac/teac-vrds-701.md")), site.filePath(newPath)));
    QTRY_VERIFY_WITH_TIMEOUT(index.indexOf(newPath) >= 0, 20000);
    QVERIFY(!added.isEmpty());
    QCOMPARE(index.records().size(), smallSite.size() + 1);

    const QString gone = QStringLiteral("_products/en/sony/sony-ier-m9.md");
    const int goneRow = index.indexOf(gone);
    QVERIFY(QFile::remove(site.filePath(gone)));
    QTRY_COMPARE_WITH_TIMEOUT(index.indexOf(gone), -1, 20000);
    QCOMPARE(aboutToRemove.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.front().front().toInt(), goneRow);
    QCOMPARE(index.records().size(), smallSite.size());
    for (int row = 0; row < index.records().size(); ++row)
        QCOMPARE(index.indexOf(index.records().at(row).path), row);
}

void TestSiteIndexWatch::refreshRereadsOneFile()
{
    QTemporaryDir site;
    QVERIFY(copyReviews(site.path(), smallSite));
    SiteIndex index(site.path());
    index.setCacheEnabled(false);
    index.indexNow();
    QSignalSpy changed(&index, &SiteIndex::recordChanged);
    const QString path = QStringLiteral("_companies/en/sony.md");
    const QString file = site.filePath(path);
    QVERIFY(Test::writeFile(file, Test::readFile(file).replace("ref: sony", "ref: sony-corp")));
    index.refresh(file);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(index.records().at(index.indexOf(path)).ref, QStringLiteral("sony-corp"));
    QVERIFY(index.recordsByRef().contains(QStringLiteral("sony-corp")));
    index.refresh(file); // unchanged: no signal
    QCOMPARE(changed.size(), 1);
}

void TestSiteIndexWatch::secondPassFollowsTheDisk()
{
    QTemporaryDir site;
    QVERIFY(copyReviews(site.path(), smallSite));
    SiteIndex index(site.path());
    index.setCacheFile(site.filePath(QStringLiteral("index.cache")));
    QSignalSpy finished(&index, &SiteIndex::finished);
    index.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(index.records().size(), smallSite.size());

    const QString changedPath = QStringLiteral("_products/ja/sony/sony-ier-m9.md");
    const QString file = site.filePath(changedPath);
    QVERIFY(Test::writeFile(file, withTotal(Test::readFile(file), "[0.5, 0.1, 0.1, 0.1, 0.1, 0.1]")));
    // Same size as before; make sure the time differs too, whatever the clock's grain.
    QFile touched(file);
    QVERIFY(touched.open(QIODevice::ReadWrite));
    QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(10), QFileDevice::FileModificationTime));
    touched.close();
    QVERIFY(QFile::remove(site.filePath(QStringLiteral("_companies/ja/sony.md"))));
    QSignalSpy changed(&index, &SiteIndex::recordChanged);
    QSignalSpy removed(&index, &SiteIndex::recordRemoved);
    index.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(index.records().size(), smallSite.size() - 1);
    QCOMPARE(index.records().at(index.indexOf(changedPath)).total, qint8(5));
    QCOMPARE(index.indexOf(QStringLiteral("_companies/ja/sony.md")), -1);
}

void TestSiteIndexWatch::destroyedWhileIndexing()
{
    // The corpus, so the worker is surely still busy; the destructor must stop and wait.
    auto *index = new SiteIndex(Test::corpusDir());
    index->setCacheEnabled(false);
    index->setWatching(true);
    int delivered = 0;
    QObject receiver;
    connect(index, &SiteIndex::recordsAdded, &receiver, [&delivered] { ++delivered; });
    connect(index, &SiteIndex::progress, &receiver, [&delivered] { ++delivered; });
    connect(index, &SiteIndex::finished, &receiver, [&delivered] { ++delivered; });
    index->start();
    QTRY_VERIFY(delivered > 0); // the worker is busy and has posted batches
    QVERIFY(index->isIndexing());
    delete index;
    const int atDeletion = delivered;
    // The destructor waited for the worker, so whatever it posted is queued by now:
    // delivering the queue must not reach the dead index's receivers.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(delivered, atDeletion);
}

namespace {

// What the lookups say of every record, by path, so two indexes can be compared.
QStringList lookups(const SiteIndex &index)
{
    QStringList out;
    const auto pathsOf = [&](const QList<int> &rows) {
        QStringList paths;
        for (int row : rows)
            paths << index.records().at(row).path;
        paths.sort();
        return paths.join(u',');
    };
    const QHash<QString, QList<int>> byRef = index.recordsByRef();
    for (int row = 0; row < index.records().size(); ++row) {
        const ReviewRecord &record = index.records().at(row);
        const int company = index.companyReview(row);
        const int other = index.counterpart(row, record.lang == QLatin1String("en") ? QStringLiteral("ja") : QStringLiteral("en"));
        out << record.path + u' ' + QString::number(index.indexOf(record.path) == row)
                + u' ' + (company < 0 ? QString() : index.records().at(company).path)
                + u' ' + (other < 0 ? QString() : index.records().at(other).path)
                + u' ' + pathsOf(byRef.value(record.ref)) + u' ' + pathsOf(index.productsOf(row));
    }
    out.sort();
    return out;
}

} // namespace

void TestSiteIndexWatch::removingAFolderKeepsLookupsConsistent()
{
    // Every review of a few companies, then one company's English products deleted at once.
    QStringList paths;
    const QStringList companies = {QStringLiteral("sony"), QStringLiteral("teac"), QStringLiteral("fiio")};
    for (const auto &company : companies) {
        for (const auto lang : {QLatin1String("en"), QLatin1String("ja")}) {
            const QString folder = u"_products/"_qs + lang + u'/' + company;
            for (const auto &name : QDir(Test::corpusDir() + u'/' + folder).entryList({QStringLiteral("*.md")}))
                paths << folder + u'/' + name;
            paths << u"_companies/"_qs + lang + u'/' + company + u".md";
        }
    }
    QTemporaryDir site;
    QVERIFY(copyReviews(site.path(), paths));
    SiteIndex index(site.path());
    index.setCacheEnabled(false);
    index.indexNow();
    QCOMPARE(index.records().size(), paths.size());
    QVERIFY(QDir(site.filePath(QStringLiteral("_products/en/sony"))).removeRecursively());
    index.indexNow();

    SiteIndex fresh(site.path());
    fresh.setCacheEnabled(false);
    fresh.indexNow();
    QVERIFY(fresh.records().size() < paths.size() - 10);
    QCOMPARE(index.records().size(), fresh.records().size());
    QCOMPARE(lookups(index), lookups(fresh));
}

QTEST_GUILESS_MAIN(TestSiteIndexWatch)
#include "tst_siteindex_watch.moc"
