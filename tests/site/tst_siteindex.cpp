// SiteIndex over the real corpus (counts, translation pairs, companies), its cache, its
// worker thread's batches, its file watching and its walk through symbolic links.

#include "site/recordreader.h"
#include "site/siteindex.h"
#include "sitetestutil.h"

#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;
using namespace Rubric::Test;

class TestSiteIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusIndexesEveryFile();
    void translationPairs();
    void orphans_data();
    void orphans();
    void pairsLinkedOnlyByRef_data();
    void pairsLinkedOnlyByRef();
    void companiesAndProducts();
    void warmStartReadsNoFile();
    void damagedCacheIsIgnored_data();
    void damagedCacheIsIgnored();
    void symlinkLoopsEnd();
    void startDeliversBatches();

private:
    QTemporaryDir m_caches;
    SiteIndex *m_corpus = nullptr; // indexed once, shared by the read-only tests
};

void TestSiteIndex::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_caches.isValid());
    m_corpus = new SiteIndex(Test::corpusDir(), this);
    m_corpus->setCacheEnabled(false);
    m_corpus->indexNow();
}

void TestSiteIndex::corpusIndexesEveryFile()
{
    QCOMPARE(m_corpus->records().size(), corpusReviewCount());
    QStringList unreadable;
    for (const auto &record : m_corpus->records()) {
        if (!record.readable)
            unreadable << record.path + QLatin1String(": ") + record.error;
    }
    QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(u'\n')));
    QCOMPARE(m_corpus->indexOf(QStringLiteral("_products/en/sony/sony-ier-m9.md")) >= 0, true);
    QCOMPARE(m_corpus->indexOf(QStringLiteral("_products/en/sony/nothing.md")), -1);
}

void TestSiteIndex::translationPairs()
{
    const QStringList languages = m_corpus->schema().languageCodes();
    const auto byRef = m_corpus->recordsByRef();
    int paired = 0;
    for (auto it = byRef.cbegin(); it != byRef.cend(); ++it) {
        QStringList seen;
        for (const int row : it.value())
            seen << m_corpus->records().at(row).lang;
        seen.sort();
        seen.removeDuplicates();
        if (seen.size() == languages.size())
            ++paired;
        QVERIFY2(it.value().size() <= languages.size(), qPrintable(it.key()));
    }
    QCOMPARE(paired, 3804);
    const int row = m_corpus->indexOf(QStringLiteral("_products/en/sony/sony-ier-m9.md"));
    const int other = m_corpus->counterpart(row, languages.at(1));
    QCOMPARE(m_corpus->records().at(other).path, QStringLiteral("_products/ja/sony/sony-ier-m9.md"));
    QCOMPARE(m_corpus->counterpart(other, languages.at(0)), row);
    QCOMPARE(m_corpus->counterpart(row, languages.at(0)), -1); // not itself
}

void TestSiteIndex::orphans_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("TEAC VRDS-701 in English only") << QStringLiteral("_products/en/teac/teac-vrds-701.md");
    QTest::newRow("radius HP-W100 in English only") << QStringLiteral("_products/en/radius/radius-hp-w100.md");
    QTest::newRow("Juice HiFi Audiolense XO in Japanese only")
        << QStringLiteral("_products/ja/juice-hifi/juice-hifi-audiolense-xo.md");
}

void TestSiteIndex::orphans()
{
    QFETCH(QString, path);
    // Exactly these three, no more.
    QStringList orphans;
    const auto byRef = m_corpus->recordsByRef();
    for (const auto &rows : byRef) {
        if (rows.size() == 1)
            orphans << m_corpus->records().at(rows.front()).path;
    }
    QCOMPARE(orphans.size(), 3);
    QVERIFY(orphans.contains(path));
    const int row = m_corpus->indexOf(path);
    for (const auto &lang : m_corpus->schema().languageCodes())
        QCOMPARE(m_corpus->counterpart(row, lang), -1);
}

void TestSiteIndex::pairsLinkedOnlyByRef_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("japanese");
    QTest::newRow("Logitech Z120BW under Logicool") << QStringLiteral("_products/en/logitech/logitech-z120bw.md")
                                                    << QStringLiteral("_products/ja/logicool/logitech-z120bw.md");
    QTest::newRow("Logitech Z313 under Logicool") << QStringLiteral("_products/en/logitech/logitech-z313.md")
                                                  << QStringLiteral("_products/ja/logicool/logitech-z313.md");
    QTest::newRow("AIYIMA A70 with a capital in the English filename")
        << QStringLiteral("_products/en/aiyima/aiyima-A70.md") << QStringLiteral("_products/ja/aiyima/aiyima-a70.md");
    QTest::newRow("JVC HA-D710 under Victor") << QStringLiteral("_products/en/jvc/jvc-ha-d710.md")
                                              << QStringLiteral("_products/ja/victor/jvc-ha-d710.md");
    QTest::newRow("Paltauf HPA-100 under Musica") << QStringLiteral("_products/en/paltauf/paltauf-hpa-100.md")
                                                  << QStringLiteral("_products/ja/musica/paltauf-hpa-100.md");
}

void TestSiteIndex::pairsLinkedOnlyByRef()
{
    QFETCH(QString, english);
    QFETCH(QString, japanese);
    const QStringList languages = m_corpus->schema().languageCodes();
    // Exactly five pairs whose paths differ beyond the language folder.
    int differing = 0;
    for (int row = 0; row < m_corpus->records().size(); ++row) {
        const ReviewRecord &record = m_corpus->records().at(row);
        if (record.lang != languages.at(0))
            continue;
        const int other = m_corpus->counterpart(row, languages.at(1));
        if (other >= 0
            && m_corpus->records().at(other).path
                   != QString(record.path).replace(u'/' + languages.at(0) + u'/', u'/' + languages.at(1) + u'/'))
            ++differing;
    }
    QCOMPARE(differing, 5);
    const int row = m_corpus->indexOf(english);
    QVERIFY(row >= 0);
    const int other = m_corpus->counterpart(row, languages.at(1));
    QVERIFY(other >= 0);
    QCOMPARE(m_corpus->records().at(other).path, japanese);
}

void TestSiteIndex::companiesAndProducts()
{
    const int product = m_corpus->indexOf(QStringLiteral("_products/ja/sony/sony-ier-m9.md"));
    const int company = m_corpus->companyReview(product);
    QVERIFY(company >= 0);
    QCOMPARE(m_corpus->records().at(company).path, QStringLiteral("_companies/ja/sony.md"));
    const QList<int> products = m_corpus->productsOf(company);
    QVERIFY(products.contains(product));
    for (const int row : products) {
        QCOMPARE(m_corpus->records().at(row).companyId, QStringLiteral("sony"));
        QCOMPARE(m_corpus->records().at(row).lang, m_corpus->records().at(company).lang);
    }
    QCOMPARE(m_corpus->companyReview(company), -1);
    QVERIFY(m_corpus->productsOf(product).isEmpty());
}

void TestSiteIndex::warmStartReadsNoFile()
{
    const QString cache = m_caches.filePath(QStringLiteral("warm.cache"));
    SiteIndex cold(Test::corpusDir());
    cold.setCacheFile(cache);
    QCOMPARE(cold.cacheFile(), cache);
    cold.indexNow();
    QVERIFY(QFileInfo::exists(cache));
    QCOMPARE(cold.records(), m_corpus->records());

    const qint64 readsBefore = RecordReader::fileReadCount();
    SiteIndex warm(Test::corpusDir());
    warm.setCacheFile(cache);
    warm.indexNow();
    QCOMPARE(RecordReader::fileReadCount() - readsBefore, 0);
    QCOMPARE(warm.records().size(), corpusReviewCount());
    QVERIFY(warm.records() == cold.records());
}

void TestSiteIndex::damagedCacheIsIgnored_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage bytes") << QStringLiteral("garbage");
    QTest::newRow("cut off halfway") << QStringLiteral("truncate");
    QTest::newRow("an older format version") << QStringLiteral("version");
    QTest::newRow("empty file") << QStringLiteral("empty");
}

void TestSiteIndex::damagedCacheIsIgnored()
{
    QFETCH(QString, damage);
    QTemporaryDir site;
    QVERIFY(copyReviews(site.path(), smallSite));
    const QString cache = m_caches.filePath(QStringLiteral("damaged-%1.cache").arg(damage));
    {
        SiteIndex first(site.path());
        first.setCacheFile(cache);
        first.indexNow();
    }
    QByteArray bytes = Test::readFile(cache);
    QVERIFY(bytes.size() > 100);
    if (damage == QLatin1String("garbage"))
        bytes = QByteArray(bytes.size(), '\x5A');
    else if (damage == QLatin1String("truncate"))
        bytes.truncate(bytes.size() / 2);
    else if (damage == QLatin1String("version"))
        bytes[4] = char(bytes[4] - 1); // the version follows the 4-byte magic, little-endian
    else
        bytes.clear();
    QVERIFY(Test::writeFile(cache, bytes));

    const qint64 readsBefore = RecordReader::fileReadCount();
    SiteIndex second(site.path());
    second.setCacheFile(cache);
    second.indexNow();
    QCOMPARE(RecordReader::fileReadCount() - readsBefore, smallSite.size());
    QCOMPARE(second.records().size(), smallSite.size());
    for (const auto &record : second.records())
        QVERIFY2(record.readable, qPrintable(record.error));
}

void TestSiteIndex::symlinkLoopsEnd()
{
    QTemporaryDir site, outside;
    QVERIFY(copyReviews(site.path(), smallSite));
    const auto link = [&site](const QString &target, const QString &name) {
        return QFile::link(target, site.filePath(name));
    };
    // Folders pointing back up, at themselves and at a sibling: each review once, by its
    // real path.
    QVERIFY(link(site.filePath(QStringLiteral("_products")), QStringLiteral("_products/en/up")));
    QVERIFY(link(site.filePath(QStringLiteral("_products/en")), QStringLiteral("_products/en/self")));
    QVERIFY(link(site.filePath(QStringLiteral("_products/en/sony")), QStringLiteral("_products/en/a-sony-alias")));
    QVERIFY(link(site.filePath(QStringLiteral("_companies")), QStringLiteral("_companies/en/loop")));
    // A folder outside the site is followed, and its link back into the site is not.
    QVERIFY(copyReviews(outside.path(), {QStringLiteral("_products/en/sony/sony-ier-m9.md")}));
    QVERIFY(QFile::link(site.path(), outside.filePath(QStringLiteral("_products/en/sony/back"))));
    QVERIFY(link(outside.filePath(QStringLiteral("_products/en/sony")), QStringLiteral("_products/en/outside")));

    SiteIndex index(site.path());
    index.setCacheEnabled(false);
    index.indexNow();
    QStringList paths;
    for (const auto &record : index.records())
        paths << record.path;
    paths.sort();
    QStringList expected = smallSite;
    expected << QStringLiteral("_products/en/outside/sony-ier-m9.md");
    expected.sort();
    QCOMPARE(paths, expected);
}

void TestSiteIndex::startDeliversBatches()
{
    SiteIndex index(Test::corpusDir());
    index.setCacheEnabled(false);
    QSignalSpy added(&index, &SiteIndex::recordsAdded);
    QSignalSpy progress(&index, &SiteIndex::progress);
    QSignalSpy finished(&index, &SiteIndex::finished);
    index.start();
    QVERIFY(index.isIndexing());
    QVERIFY(finished.wait(120000));
    QVERIFY(!index.isIndexing());
    QCOMPARE(finished.size(), 1);
    QVERIFY2(added.size() > 1, "all records came in one batch");
    int next = 0;
    for (const auto &arguments : std::as_const(added)) {
        QCOMPARE(arguments.at(0).toInt(), next); // appended in order, without gaps
        next += arguments.at(1).toInt();
    }
    QCOMPARE(next, corpusReviewCount());
    QCOMPARE(progress.constLast(), (QVariantList{corpusReviewCount(), corpusReviewCount()}));
    QVERIFY(index.records() == m_corpus->records());

    // A second pass over an unchanged site changes nothing.
    added.clear();
    index.start();
    QVERIFY(finished.wait(120000));
    QVERIFY(added.isEmpty());
    QCOMPARE(index.records().size(), corpusReviewCount());
}

QTEST_GUILESS_MAIN(TestSiteIndex)
#include "tst_siteindex.moc"
