// LibraryModel and LibraryFilter over a small site made of corpus files: a consistent
// model (QAbstractItemModelTester), typed values, filtering by text, conditions and tag,
// sorting by typed values with missing values last, and translation status by ref.
#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "site/siteindex.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace Rubric;

namespace {

const QStringList siteFiles = {
    QStringLiteral("_products/en/sony/sony-ier-m9.md"),       QStringLiteral("_products/ja/sony/sony-ier-m9.md"),
    QStringLiteral("_products/en/sony/sony-sa-sw5.md"),       QStringLiteral("_products/en/fiio/fiio-ka11.md"),
    QStringLiteral("_products/ja/fiio/fiio-ka11.md"),         QStringLiteral("_products/en/genelec/genelec-7382a.md"),
    QStringLiteral("_companies/en/sony.md"),                  QStringLiteral("_companies/ja/sony.md"),
};

} // namespace

class TestLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelIsConsistent();
    void columnsHaveStableIds();
    void valuesAreTyped();
    void translationStatusPairsByRef();
    void filtersByText_data();
    void filtersByText();
    void filtersByConditions_data();
    void filtersByConditions();
    void refusesBadConditions_data();
    void refusesBadConditions();
    void sortsByTypedValues();
    void companyReviewAndProducts();

private:
    int rowOf(const QString &path) const;
    QStringList visibleRefs(const LibraryFilter &filter) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SiteIndex> m_index;
    std::unique_ptr<LibraryModel> m_model;
};

void TestLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const auto &file : siteFiles) {
        const QString target = m_dir.filePath(file);
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY(QFile::copy(Test::corpusDir() + u'/' + file, target));
    }
    m_index = std::make_unique<SiteIndex>(m_dir.path());
    m_index->setCacheEnabled(false);
    m_index->indexNow();
    QCOMPARE(m_index->records().size(), siteFiles.size());
    m_model = std::make_unique<LibraryModel>(m_index.get());
}

int TestLibrary::rowOf(const QString &path) const
{
    return m_index->indexOf(path);
}

QStringList TestLibrary::visibleRefs(const LibraryFilter &filter) const
{
    QStringList refs;
    for (int r = 0; r < filter.rowCount(); ++r)
        refs.append(m_model->record(filter.mapToSource(filter.index(r, 0)).row()).ref + u'/'
                    + m_model->record(filter.mapToSource(filter.index(r, 0)).row()).lang);
    return refs;
}

void TestLibrary::modelIsConsistent()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    LibraryFilter filter(m_model.get());
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setText(QStringLiteral("sony"));
    filter.sort(m_model->column(LibraryModel::TotalColumn), Qt::DescendingOrder);
    QCOMPARE(m_model->rowCount(), siteFiles.size());
    QCOMPARE(m_model->columnCount(), LibraryModel::ColumnCount - 1 + 5);
}

void TestLibrary::columnsHaveStableIds()
{
    QStringList ids;
    for (int c = 0; c < m_model->columnCount(); ++c)
        ids.append(m_model->columnId(c));
    QCOMPARE(ids, QStringList({QStringLiteral("name"), QStringLiteral("layout"), QStringLiteral("company"),
                               QStringLiteral("lang"), QStringLiteral("date"), QStringLiteral("total"),
                               QStringLiteral("scientific_validity"), QStringLiteral("technology_level"),
                               QStringLiteral("cost_performance"), QStringLiteral("reliability_support"),
                               QStringLiteral("design_rationality"), QStringLiteral("price"), QStringLiteral("tags"),
                               QStringLiteral("translation"), QStringLiteral("problems"),
                               QStringLiteral("translation_state"), QStringLiteral("git")}));
    for (int c = 0; c < m_model->columnCount(); ++c)
        QCOMPARE(m_model->columnForId(ids.at(c)), c);
    QCOMPARE(m_model->columnForId(QStringLiteral("colour")), -1);
}

void TestLibrary::valuesAreTyped()
{
    const int row = rowOf(QStringLiteral("_products/en/sony/sony-ier-m9.md"));
    QVERIFY(row >= 0);
    QCOMPARE(m_model->value(row, m_model->column(LibraryModel::NameColumn)).toString(), QStringLiteral("Sony IER-M9"));
    QCOMPARE(m_model->value(row, m_model->column(LibraryModel::DateColumn)).toDate(), QDate(2025, 8, 7));
    QCOMPARE(m_model->value(row, m_model->column(LibraryModel::TotalColumn)).toInt(), 32);
    QCOMPARE(m_model->value(row, m_model->column(LibraryModel::AxisColumn, 2)).toInt(), 3);
    QCOMPARE(m_model->value(row, m_model->column(LibraryModel::PriceColumn)).toDouble(), 1093.0);
    const QModelIndex total = m_model->index(row, m_model->column(LibraryModel::TotalColumn));
    QCOMPARE(total.data().toString(), QStringLiteral("3.2"));
    QCOMPARE(m_model->index(row, m_model->column(LibraryModel::PriceColumn)).data().toString(), QStringLiteral("1,093 USD"));
    const int company = rowOf(QStringLiteral("_companies/en/sony.md"));
    QVERIFY(!m_model->value(company, m_model->column(LibraryModel::PriceColumn)).isValid());
}

void TestLibrary::translationStatusPairsByRef()
{
    QCOMPARE(m_model->translationStatus(rowOf(QStringLiteral("_products/en/sony/sony-ier-m9.md"))), QStringLiteral("en · ja"));
    QCOMPARE(m_model->translationStatus(rowOf(QStringLiteral("_products/ja/fiio/fiio-ka11.md"))), QStringLiteral("en · ja"));
    QCOMPARE(m_model->translationStatus(rowOf(QStringLiteral("_products/en/sony/sony-sa-sw5.md"))), QStringLiteral("en only"));
}

void TestLibrary::filtersByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("refs");
    QTest::newRow("a name") << QStringLiteral("IER-M9") << QStringList{QStringLiteral("sony-ier-m9/en"), QStringLiteral("sony-ier-m9/ja")};
    QTest::newRow("a company, any case") << QStringLiteral("FIIO")
                                         << QStringList{QStringLiteral("fiio-ka11/en"), QStringLiteral("fiio-ka11/ja")};
    QTest::newRow("a tag") << QStringLiteral("Balanced armature") << QStringList{QStringLiteral("sony-ier-m9/en")};
    QTest::newRow("nothing") << QStringLiteral("no such review") << QStringList();
}

void TestLibrary::filtersByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, refs);
    LibraryFilter filter(m_model.get());
    filter.setText(text);
    QStringList visible = visibleRefs(filter);
    visible.sort();
    QCOMPARE(visible, refs);
}

void TestLibrary::filtersByConditions_data()
{
    QTest::addColumn<QStringList>("conditions");
    QTest::addColumn<QStringList>("refs");
    QTest::newRow("a language") << QStringList{QStringLiteral("lang=ja")}
                                << QStringList{QStringLiteral("fiio-ka11/ja"), QStringLiteral("sony-ier-m9/ja"), QStringLiteral("sony/ja")};
    QTest::newRow("a layout and a language") << QStringList{QStringLiteral("layout=company"), QStringLiteral("lang=en")}
                                             << QStringList{QStringLiteral("sony/en")};
    // cost_performance in English: ier-m9 0.3, sa-sw5 1.0, ka11 1.0, genelec 1 (an integer), sony 0.7.
    QTest::newRow("an axis at least") << QStringList{QStringLiteral("cost_performance>=0.8"), QStringLiteral("lang=en")}
                                      << QStringList{QStringLiteral("fiio-ka11/en"), QStringLiteral("genelec-7382a/en"),
                                                     QStringLiteral("sony-sa-sw5/en")};
    QTest::newRow("a total below") << QStringList{QStringLiteral("total<3.5"), QStringLiteral("lang=en"), QStringLiteral("layout=product")}
                                   << QStringList{QStringLiteral("sony-ier-m9/en"), QStringLiteral("sony-sa-sw5/en")};
    // Prices in English: ier-m9 1093, sa-sw5 699, ka11 29, genelec 16195.
    QTest::newRow("a price range") << QStringList{QStringLiteral("price>=700"), QStringLiteral("price<=1100"), QStringLiteral("lang=en")}
                                   << QStringList{QStringLiteral("sony-ier-m9/en")};
    QTest::newRow("a name contains") << QStringList{QStringLiteral("name~sa-sw")} << QStringList{QStringLiteral("sony-sa-sw5/en")};
    QTest::newRow("untranslated") << QStringList{QStringLiteral("translation<2")}
                                  << QStringList{QStringLiteral("genelec-7382a/en"), QStringLiteral("sony-sa-sw5/en")};
}

void TestLibrary::filtersByConditions()
{
    QFETCH(QStringList, conditions);
    QFETCH(QStringList, refs);
    LibraryFilter filter(m_model.get());
    QList<LibraryFilter::Condition> parsed;
    for (const auto &expression : conditions) {
        QString error;
        const auto condition = filter.parseCondition(expression, &error);
        QVERIFY2(condition, qPrintable(error));
        parsed.append(*condition);
    }
    filter.setConditions(parsed);
    QStringList visible = visibleRefs(filter);
    visible.sort();
    QCOMPARE(visible, refs);
}

void TestLibrary::refusesBadConditions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("an unknown column") << QStringLiteral("colour=red") << QStringLiteral("unknown column");
    QTest::newRow("no operator") << QStringLiteral("total") << QStringLiteral("not a condition");
    QTest::newRow("a rating that is not a tenth") << QStringLiteral("total<2.55") << QStringLiteral("not a value");
    QTest::newRow("a bad date") << QStringLiteral("date>=2025-13-01") << QStringLiteral("not a value");
}

void TestLibrary::refusesBadConditions()
{
    QFETCH(QString, expression);
    QFETCH(QString, mentions);
    LibraryFilter filter(m_model.get());
    QString error;
    QVERIFY(!filter.parseCondition(expression, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestLibrary::sortsByTypedValues()
{
    LibraryFilter filter(m_model.get());
    const int price = m_model->column(LibraryModel::PriceColumn);
    filter.sort(price, Qt::AscendingOrder);
    QList<double> prices;
    int missing = 0;
    for (int r = 0; r < filter.rowCount(); ++r) {
        const QVariant value = m_model->value(filter.mapToSource(filter.index(r, 0)).row(), price);
        if (!value.isValid()) {
            ++missing;
            continue;
        }
        QCOMPARE(missing, 0); // companies (no price) come last
        prices.append(value.toDouble());
    }
    QCOMPARE(missing, 2);
    QVERIFY(std::is_sorted(prices.cbegin(), prices.cend()));
    // Numbers compare as numbers: 1093 USD sorts before 163,900 JPY, not by text.
    QVERIFY(prices.size() >= 2 && prices.front() < prices.back());

    filter.sort(m_model->column(LibraryModel::DateColumn), Qt::DescendingOrder);
    QDate previous(9999, 1, 1);
    for (int r = 0; r < filter.rowCount(); ++r) {
        const QDate date = m_model->value(filter.mapToSource(filter.index(r, 0)).row(), m_model->column(LibraryModel::DateColumn)).toDate();
        QVERIFY(date <= previous);
        previous = date;
    }
}

void TestLibrary::companyReviewAndProducts()
{
    const int product = rowOf(QStringLiteral("_products/en/sony/sony-ier-m9.md"));
    const int company = m_index->companyReview(product);
    QVERIFY(company >= 0);
    QCOMPARE(m_model->record(company).path, QStringLiteral("_companies/en/sony.md"));
    QList<int> products = m_index->productsOf(company);
    QCOMPARE(products.size(), 2); // sony-ier-m9 and sony-sa-sw5, in English
    for (int row : products)
        QCOMPARE(m_model->record(row).lang, QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
