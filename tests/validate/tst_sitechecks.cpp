// The rules across files over the whole corpus's index: the reviews without a
// translation, the pairs only `ref` links, the pairs whose prices are not converted,
// and no duplicate ref or rating disagreement.
#include "site/siteindex.h"
#include "testutil.h"
#include "validate/sitechecks.h"

using namespace Rubric;

class TestSiteChecks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsTheCorpusPairProblems_data();
    void findsTheCorpusPairProblems();

private:
    std::unique_ptr<SiteIndex> m_index;
    QHash<QString, QStringList> m_filesByCode;
};

void TestSiteChecks::initTestCase()
{
    m_index = std::make_unique<SiteIndex>(Test::corpusDir());
    m_index->setCacheEnabled(false);
    m_index->indexNow();
    QCOMPARE(m_index->records().size(), Test::corpusReviewCount());
    const QHash<int, Problems> problems = SiteChecks::check(*m_index);
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        for (const auto &problem : it.value())
            m_filesByCode[problem.code].append(m_index->records().at(it.key()).path);
    }
    for (auto &files : m_filesByCode)
        files.sort();
}

void TestSiteChecks::findsTheCorpusPairProblems_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("files");
    QTest::newRow("reviews without a translation")
        << QStringLiteral("pair.missing")
        << QStringList{QStringLiteral("_products/en/radius/radius-hp-w100.md"), QStringLiteral("_products/en/teac/teac-vrds-701.md"),
                       QStringLiteral("_products/ja/juice-hifi/juice-hifi-audiolense-xo.md")};
    QTest::newRow("pairs only the ref links")
        << QStringLiteral("pair.ref-only")
        << QStringList{QStringLiteral("_products/en/aiyima/aiyima-A70.md"),         QStringLiteral("_products/en/jvc/jvc-ha-d710.md"),
                       QStringLiteral("_products/en/logitech/logitech-z120bw.md"),  QStringLiteral("_products/en/logitech/logitech-z313.md"),
                       QStringLiteral("_products/en/paltauf/paltauf-hpa-100.md"),   QStringLiteral("_products/ja/aiyima/aiyima-a70.md"),
                       QStringLiteral("_products/ja/logicool/logitech-z120bw.md"),  QStringLiteral("_products/ja/logicool/logitech-z313.md"),
                       QStringLiteral("_products/ja/musica/paltauf-hpa-100.md"),    QStringLiteral("_products/ja/victor/jvc-ha-d710.md")};
    // Company reviews whose Japanese price was not converted from dollars (ratio 1).
    QStringList unconverted;
    for (const char *company : {"aim-electronics", "cafe-au-label-studio", "intime", "jmf-audio", "monolith", "roon", "yinyoo"}) {
        for (const char *lang : {"en", "ja"})
            unconverted.append(QStringLiteral("_companies/%1/%2.md").arg(QLatin1String(lang), QLatin1String(company)));
    }
    unconverted.sort();
    QTest::newRow("prices not converted") << QStringLiteral("pair.price-ratio") << unconverted;
    QTest::newRow("no ref used twice in one language") << QStringLiteral("ref.duplicate") << QStringList();
    QTest::newRow("no pair with different ratings") << QStringLiteral("pair.rating-mismatch") << QStringList();
}

void TestSiteChecks::findsTheCorpusPairProblems()
{
    QFETCH(QString, code);
    QFETCH(QStringList, files);
    QCOMPARE(m_filesByCode.value(code), files);
}

QTEST_GUILESS_MAIN(TestSiteChecks)
#include "tst_sitechecks.moc"
