// The library's translation status column and its filter condition over the corpus.
#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "site/siteindex.h"
#include "translate/translationpairs.h"
#include "translatetestutil.h"

#include <QAbstractItemModelTester>

using namespace Rubric;

class TestLibraryTranslation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingIsKnownFromTheIndexAlone();
    void filtersByState_data();
    void filtersByState();
    void refusesAnUnknownState();

private:
    std::unique_ptr<SiteIndex> m_index;
    std::unique_ptr<LibraryModel> m_model;
};

void TestLibraryTranslation::initTestCase()
{
    m_index = std::make_unique<SiteIndex>(Test::corpusDir());
    m_index->setCacheEnabled(false);
    m_index->indexNow();
    m_model = std::make_unique<LibraryModel>(m_index.get());
}

void TestLibraryTranslation::missingIsKnownFromTheIndexAlone()
{
    const int column = m_model->columnForId(QStringLiteral("translation_state"));
    QCOMPARE(m_model->kind(column), LibraryModel::TranslationStateColumn);
    const int orphan = m_index->indexOf(Test::orphans().constFirst());
    QCOMPARE(m_model->value(orphan, column).toString(), QStringLiteral("missing"));
    QVERIFY(!m_model->value(m_index->indexOf(Test::ierM9()), column).isValid());
}

void TestLibraryTranslation::filtersByState_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("missing") << QStringLiteral("translation_state=missing") << Test::orphans();
    QTest::newRow("untranslated, in Japanese")
        << QStringLiteral("translation_state=untranslated")
        << QStringList{QStringLiteral("_products/en/heartfield/heartfield-blanc.md"), QStringLiteral("_products/en/marantz/marantz-model-m1.md"),
                       QStringLiteral("_products/ja/heartfield/heartfield-blanc.md"), QStringLiteral("_products/ja/marantz/marantz-model-m1.md")};
    QTest::newRow("outdated") << QStringLiteral("translation_state=OUTDATED") << QStringList();
}

void TestLibraryTranslation::filtersByState()
{
    QFETCH(QString, condition);
    QFETCH(QStringList, paths);
    SiteIndex &index = *m_index;
    m_model->setTranslationStates(TranslationPairs::statesByPath(TranslationPairs::scan(index, TranslationRecord())));
    LibraryFilter filter(m_model.get());
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    const auto parsed = filter.parseCondition(condition, &error);
    QVERIFY2(parsed, qPrintable(error));
    filter.setConditions({*parsed});
    QStringList visible;
    for (int r = 0; r < filter.rowCount(); ++r)
        visible.append(m_model->record(filter.mapToSource(filter.index(r, 0)).row()).path);
    visible.sort();
    QCOMPARE(visible, paths);
}

void TestLibraryTranslation::refusesAnUnknownState()
{
    LibraryFilter filter(m_model.get());
    QString error;
    QVERIFY(!filter.parseCondition(QStringLiteral("translation_state=finished"), &error));
    QVERIFY(error.contains(QLatin1String("finished")));
}

QTEST_GUILESS_MAIN(TestLibraryTranslation)
#include "tst_librarytranslation.moc"
