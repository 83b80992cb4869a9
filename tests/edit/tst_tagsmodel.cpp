// TagsModel (the Tags dock's table) and tagRename (its Rename…/Merge into… as per-file changes).
#include "edit/tagsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Rubric;

namespace {

ReviewRecord record(const QString &lang, const QString &ref, const QStringList &tags)
{
    ReviewRecord result;
    result.path = QStringLiteral("_products/%1/c/%2.md").arg(lang, ref);
    result.layout = QStringLiteral("product");
    result.lang = lang;
    result.ref = ref;
    result.tags = tags;
    return result;
}

const QString iem = QStringLiteral("In-ear monitors");
const QString iemCaps = QStringLiteral("In-Ear Monitors");
const QString dac = QStringLiteral("DAC");
const QString jaIem = QString::fromUtf8("イヤモニ");
const QString jaIem2 = QString::fromUtf8("インイヤーモニター");

// Two pairs tie "In-ear monitors" to イヤモニ, one pair ties "In-Ear Monitors" to
// インイヤーモニター; DAC is used once; Cables is on a review with no translation.
ReviewRecords site()
{
    return {record(QStringLiteral("en"), QStringLiteral("a"), {iem, dac}),
            record(QStringLiteral("en"), QStringLiteral("b"), {iem}),
            record(QStringLiteral("en"), QStringLiteral("c"), {iemCaps}),
            record(QStringLiteral("en"), QStringLiteral("d"), {QStringLiteral("Cables")}), // not translated
            record(QStringLiteral("ja"), QStringLiteral("a"), {jaIem}),
            record(QStringLiteral("ja"), QStringLiteral("b"), {jaIem}),
            record(QStringLiteral("ja"), QStringLiteral("c"), {jaIem2})};
}

int rowOf(const TagsModel &model, const QString &tag)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(TagsModel::NameRole).toString() == tag)
            return row;
    }
    return -1;
}

QStringList paths(const QList<SiteEdit::FileChanges> &files)
{
    QStringList result;
    for (const auto &file : files)
        result.append(file.path);
    return result;
}

} // namespace

class TestTagsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndRoles()
    {
        TagsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(site(), QStringLiteral("en"), QStringLiteral("ja"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(TagsModel::ColumnCount));
        const int row = rowOf(model, iem);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, TagsModel::CountColumn).data().toInt(), 2);
        QCOMPARE(model.index(row, TagsModel::CounterpartColumn).data().toString(), jaIem);
        QCOMPARE(model.index(row, 0).data(TagsModel::NearRole).toStringList(), QStringList{iemCaps});
        QVERIFY(!model.index(row, 0).data(TagsModel::SingletonRole).toBool());
        const int dacRow = rowOf(model, dac);
        QVERIFY(model.index(dacRow, 0).data(TagsModel::SingletonRole).toBool());
        QVERIFY(model.index(dacRow, TagsModel::NearColumn).data().toString().isEmpty());
        QCOMPARE(model.headerData(TagsModel::CounterpartColumn, Qt::Horizontal).toString(), QStringLiteral("In ja"));

        model.setRecords(site(), QStringLiteral("ja"), QStringLiteral("en")); // the other language
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(rowOf(model, jaIem), TagsModel::CounterpartColumn).data().toString(), iem);
        model.setRecords({}, QStringLiteral("en"), QStringLiteral("ja"));
        QCOMPARE(model.rowCount(), 0);
    }

    void renameOneLanguage()
    {
        QString error;
        const auto rename = tagRename(site(), {iemCaps}, iem, QStringLiteral("en"), QStringLiteral("ja"), false, &error);
        QVERIFY2(rename, qPrintable(error));
        QCOMPARE(paths(rename->files), QStringList{QStringLiteral("_products/en/c/c.md")});
        QCOMPARE(rename->files.constFirst().changes.constFirst().tags, QStringList{iemCaps});
        QCOMPARE(rename->files.constFirst().changes.constFirst().value, iem);
    }

    void mergeBothLanguages()
    {
        QString error;
        const auto rename = tagRename(site(), {iem, iemCaps}, iem, QStringLiteral("en"), QStringLiteral("ja"), true, &error);
        QVERIFY2(rename, qPrintable(error));
        // Only the reviews holding a spelling that changes.
        QCOMPARE(paths(rename->files), (QStringList{QStringLiteral("_products/en/c/c.md"), QStringLiteral("_products/ja/c/c.md")}));
        const SiteChange &japanese = rename->files.constLast().changes.constFirst();
        QCOMPARE(japanese.tags, (QStringList{jaIem, jaIem2}));
        QCOMPARE(japanese.value, jaIem);
        QVERIFY(rename->description.contains(jaIem2));
    }

    void bothLanguagesNeedsACounterpart()
    {
        QString error;
        QVERIFY(!tagRename(site(), {QStringLiteral("Cables")}, QStringLiteral("Cable"), QStringLiteral("en"), QStringLiteral("ja"),
                           true, &error));
        QVERIFY(error.contains(QStringLiteral("\"Cables\"")));
    }
};

QTEST_GUILESS_MAIN(TestTagsModel)
#include "tst_tagsmodel.moc"
