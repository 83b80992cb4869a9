// FieldsModel and RatingsModel: consistent models (QAbstractItemModelTester) whose
// values are the document's and whose writes go through the document's undo stack.
#include "document/reviewdocument.h"
#include "models/fieldsmodel.h"
#include "models/ratingsmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Rubric;

class TestModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void modelsAreConsistent();
    void fieldValuesAreTyped_data();
    void fieldValuesAreTyped();
    void settingAFieldEditsTheDocument();
    void typingInOneFieldMergesIntoOneUndoStep();
    void refusedValueKeepsTheDocument();
    void ratingsFollowTheDocument();
    void settingAnAxisRewritesRatingAndScoreLine();
    void totalIsReadOnly();
    void savedColumnKeepsTheLastSavedRatings();
    void bodyEditsLeaveFieldsAndRatingsAlone();
    void onlyTheChangedAxisAndTotalAreAnnounced();

private:
    QByteArray m_original;
    std::unique_ptr<ReviewDocument> m_document;
};

void TestModels::init()
{
    const QString path = Test::corpusDir() + QLatin1String("/_products/en/sony/sony-ier-m9.md");
    m_original = Test::readFile(path);
    QVERIFY(!m_original.isEmpty());
    m_document = std::make_unique<ReviewDocument>();
    QVERIFY(m_document->loadBytes(m_original, path));
}

void TestModels::modelsAreConsistent()
{
    FieldsModel fields(m_document.get());
    RatingsModel ratings(m_document.get());
    QAbstractItemModelTester fieldsTester(&fields, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester ratingsTester(&ratings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(fields.rowCount(), m_document->schema().fields().size());
    QCOMPARE(fields.columnCount(), int(FieldsModel::ColumnCount));
    QCOMPARE(ratings.rowCount(), m_document->schema().axes().size() + 1);
    // Edits keep them consistent too.
    QVERIFY(fields.setData(fields.index(fields.rowOf(QStringLiteral("title")), FieldsModel::ValueColumn),
                           QStringLiteral("New title")));
    QVERIFY(ratings.setData(ratings.index(0, RatingsModel::ValueColumn), 0.2));
    m_document->undoStack()->undo();
}

void TestModels::fieldValuesAreTyped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("a string") << QStringLiteral("target_name") << QVariant(QStringLiteral("Sony IER-M9"));
    QTest::newRow("a date") << QStringLiteral("date") << QVariant(QDate(2025, 8, 7));
    QTest::newRow("a price") << QStringLiteral("price") << QVariant(1093.0);
    QTest::newRow("a list of tags") << QStringLiteral("tags")
                                    << QVariant(QStringList{QStringLiteral("Balanced armature"), QStringLiteral("In-ear monitors"),
                                                            QStringLiteral("Pro Audio"), QStringLiteral("Sony")});
}

void TestModels::fieldValuesAreTyped()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    FieldsModel fields(m_document.get());
    const QModelIndex index = fields.index(fields.rowOf(key), FieldsModel::ValueColumn);
    QCOMPARE(index.data(Qt::EditRole), value);
    QCOMPARE(index.data(FieldsModel::KeyRole).toString(), key);
    QVERIFY(index.flags() & Qt::ItemIsEditable);
}

void TestModels::settingAFieldEditsTheDocument()
{
    FieldsModel fields(m_document.get());
    QSignalSpy changed(&fields, &QAbstractItemModel::dataChanged);
    const QModelIndex price = fields.index(fields.rowOf(QStringLiteral("price")), FieldsModel::ValueColumn);
    QVERIFY(fields.setData(price, 999.5));
    QVERIFY(changed.count() > 0);
    QCOMPARE(m_document->string(QStringLiteral("price")), QStringLiteral("999.5"));
    QVERIFY(m_document->text().contains(QLatin1String("\nprice: 999.5\n")));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toBytes(), m_original);
}

void TestModels::typingInOneFieldMergesIntoOneUndoStep()
{
    FieldsModel fields(m_document.get());
    const QModelIndex title = fields.index(fields.rowOf(QStringLiteral("title")), FieldsModel::ValueColumn);
    QString typed = title.data().toString();
    for (const QChar c : QStringLiteral(" (2025)")) {
        typed += c;
        QVERIFY(fields.setData(title, typed));
    }
    QCOMPARE(m_document->string(QStringLiteral("title")), QStringLiteral("Sony IER-M9 Product Review (2025)"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toBytes(), m_original);
}

void TestModels::refusedValueKeepsTheDocument()
{
    FieldsModel fields(m_document.get());
    QSignalSpy refused(&fields, &FieldsModel::editRefused);
    const QModelIndex layout = fields.index(fields.rowOf(QStringLiteral("layout")), FieldsModel::ValueColumn);
    QVERIFY(!fields.setData(layout, QStringLiteral("blog")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!fields.lastError().isEmpty());
    QCOMPARE(m_document->toBytes(), m_original);
}

void TestModels::ratingsFollowTheDocument()
{
    RatingsModel ratings(m_document.get());
    QCOMPARE(ratings.index(2, RatingsModel::ValueColumn).data(RatingsModel::TenthsRole).toInt(), 3);
    QCOMPARE(ratings.index(2, RatingsModel::LabelColumn).data().toString(), QStringLiteral("Cost-Performance"));
    QCOMPARE(ratings.index(ratings.totalRow(), RatingsModel::ValueColumn).data().toString(), QStringLiteral("3.2"));
    QSignalSpy changed(&ratings, &QAbstractItemModel::dataChanged);
    QVERIFY(m_document->setAxis(QStringLiteral("cost_performance"), 5).ok());
    QVERIFY(changed.count() > 0);
    QCOMPARE(ratings.index(2, RatingsModel::ValueColumn).data(Qt::EditRole).toDouble(), 0.5);
    QCOMPARE(ratings.index(ratings.totalRow(), RatingsModel::ValueColumn).data().toString(), QStringLiteral("3.4"));
}

void TestModels::settingAnAxisRewritesRatingAndScoreLine()
{
    RatingsModel ratings(m_document.get());
    QVERIFY(ratings.setData(ratings.index(2, RatingsModel::ValueColumn), 0.4));
    QVERIFY(m_document->text().contains(QLatin1String("rating: [3.3, 0.7, 0.8, 0.4, 0.8, 0.6]")));
    QVERIFY(m_document->text().contains(QLatin1String("## Cost-Performance\n\n$$ \\Large \\text{0.4} $$")));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestModels::totalIsReadOnly()
{
    RatingsModel ratings(m_document.get());
    const QModelIndex total = ratings.index(ratings.totalRow(), RatingsModel::ValueColumn);
    QVERIFY(!(total.flags() & Qt::ItemIsEditable));
    QVERIFY(!ratings.setData(total, 4.0));
    QCOMPARE(m_document->toBytes(), m_original);
}

void TestModels::savedColumnKeepsTheLastSavedRatings()
{
    RatingsModel ratings(m_document.get());
    QVERIFY(m_document->setAxis(QStringLiteral("technology_level"), 2).ok());
    QCOMPARE(ratings.index(1, RatingsModel::ValueColumn).data(Qt::EditRole).toDouble(), 0.2);
    QCOMPARE(ratings.index(1, RatingsModel::SavedValueColumn).data(Qt::EditRole).toDouble(), 0.8);
    QTemporaryDir dir;
    QVERIFY(m_document->saveAs(dir.filePath(QStringLiteral("saved.md"))).ok());
    QCOMPARE(ratings.index(1, RatingsModel::SavedValueColumn).data(Qt::EditRole).toDouble(), 0.2);
}

void TestModels::bodyEditsLeaveFieldsAndRatingsAlone()
{
    FieldsModel fields(m_document.get());
    RatingsModel ratings(m_document.get());
    QSignalSpy fieldsChanged(&fields, &QAbstractItemModel::dataChanged);
    QSignalSpy ratingsChanged(&ratings, &QAbstractItemModel::dataChanged);
    const qsizetype end = m_document->text().size();
    QVERIFY(m_document->editText({TextEdit{end, 0, QStringLiteral("\nOne more line.\n")}}, QStringLiteral("Typing")).ok());
    QCOMPARE(fieldsChanged.count(), 0);
    QCOMPARE(ratingsChanged.count(), 0);
    QVERIFY(fields.setData(fields.index(fields.rowOf(QStringLiteral("title")), FieldsModel::ValueColumn),
                           QStringLiteral("New title")));
    QCOMPARE(fieldsChanged.count(), 1);
    QCOMPARE(fieldsChanged.first().at(0).toModelIndex().row(), fields.rowOf(QStringLiteral("title")));
}

void TestModels::onlyTheChangedAxisAndTotalAreAnnounced()
{
    RatingsModel ratings(m_document.get());
    QSignalSpy changed(&ratings, &QAbstractItemModel::dataChanged);
    QVERIFY(m_document->setAxis(QStringLiteral("cost_performance"), 5).ok());
    QList<int> rows;
    for (const auto &arguments : changed)
        rows << arguments.at(0).toModelIndex().row();
    QCOMPARE(rows, (QList<int>{2, ratings.totalRow()}));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
