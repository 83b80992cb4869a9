// The built-in schema says what FORMAT.md says; a site's rubric-schema.yml replaces
// only the sections it gives; a broken override is reported, not half applied.
#include "schema/schema.h"
#include "testutil.h"

#include <QTemporaryDir>

using namespace Rubric;

class TestSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinAxes();
    void builtinHeadings_data();
    void builtinHeadings();
    void builtinFieldOrder();
    void builtinRequiredFields_data();
    void builtinRequiredFields();
    void builtinEnumsAndLayouts();
    void overrideReplacesOnlyGivenSections();
    void overrideAxesRenameHeadingsOfAxisSections();
    void siteWithoutOverrideIsBuiltin();
    void brokenOverride_data();
    void brokenOverride();
};

void TestSchema::builtinAxes()
{
    const Schema &schema = Schema::builtin();
    QCOMPARE(schema.axisIds(), (QStringList{QStringLiteral("scientific_validity"), QStringLiteral("technology_level"),
                                            QStringLiteral("cost_performance"), QStringLiteral("reliability_support"),
                                            QStringLiteral("design_rationality")}));
    QCOMPARE(schema.axisIndex(QStringLiteral("cost_performance")), 2);
    QCOMPARE(schema.axisIndex(QStringLiteral("total")), -1);
    QCOMPARE(schema.ratingKey(), QStringLiteral("rating"));
    QCOMPARE(schema.axes().at(4).label.value(QStringLiteral("en")), QStringLiteral("Design Rationality"));
    QCOMPARE(schema.languageCodes(), (QStringList{QStringLiteral("en"), QStringLiteral("ja")}));
    QCOMPARE(schema.language(QStringLiteral("ja"))->currency, QStringLiteral("JPY"));
    QCOMPARE(schema.language(QStringLiteral("en"))->currency, QStringLiteral("USD"));
}

void TestSchema::builtinHeadings_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("ja");
    QTest::newRow("overview") << QStringLiteral("overview") << QStringLiteral("Overview") << QStringLiteral("概要");
    QTest::newRow("scientific validity") << QStringLiteral("scientific_validity") << QStringLiteral("Scientific Validity")
                                         << QStringLiteral("科学的有効性");
    QTest::newRow("technology level") << QStringLiteral("technology_level") << QStringLiteral("Technology Level")
                                      << QStringLiteral("技術レベル");
    QTest::newRow("cost performance") << QStringLiteral("cost_performance") << QStringLiteral("Cost-Performance")
                                      << QStringLiteral("コストパフォーマンス");
    QTest::newRow("reliability and support") << QStringLiteral("reliability_support")
                                             << QStringLiteral("Reliability & Support") << QStringLiteral("信頼性・サポート");
    QTest::newRow("design rationality") << QStringLiteral("design_rationality")
                                        << QStringLiteral("Rationality of Design Philosophy")
                                        << QStringLiteral("設計思想の合理性");
    QTest::newRow("advice") << QStringLiteral("advice") << QStringLiteral("Advice") << QStringLiteral("アドバイス");
}

void TestSchema::builtinHeadings()
{
    QFETCH(QString, section);
    QFETCH(QString, en);
    QFETCH(QString, ja);
    const Schema &schema = Schema::builtin();
    const SectionSpec *spec = nullptr;
    for (const auto &s : schema.sections()) {
        if (s.id == section)
            spec = &s;
    }
    QVERIFY(spec);
    QCOMPARE(schema.sectionHeadings(*spec, QStringLiteral("en")), QStringList{en});
    QCOMPARE(schema.sectionHeadings(*spec, QStringLiteral("ja")), QStringList{ja});
    QCOMPARE(schema.sectionHeadings(*spec, QString()), (QStringList{en, ja}));
    if (!spec->axisId.isEmpty())
        QCOMPARE(schema.axisSection(spec->axisId), spec);
}

void TestSchema::builtinFieldOrder()
{
    const Schema &schema = Schema::builtin();
    const QStringList order{QStringLiteral("layout"), QStringLiteral("title"),   QStringLiteral("target_name"),
                            QStringLiteral("company_id"), QStringLiteral("lang"), QStringLiteral("ref"),
                            QStringLiteral("date"),   QStringLiteral("rating"),  QStringLiteral("price"),
                            QStringLiteral("summary"), QStringLiteral("tags"),   QStringLiteral("permalink")};
    QCOMPARE(schema.fieldKeys(), order);
    for (int i = 0; i < order.size(); ++i)
        QCOMPARE(schema.fieldOrder(order.at(i)), i);
    QCOMPARE(schema.fieldOrder(QStringLiteral("author")), -1);
    QVERIFY(!schema.field(QStringLiteral("author")));
    QCOMPARE(schema.totalSection()->id, QStringLiteral("overview"));
    QCOMPARE(schema.sections().size(), 7);
}

void TestSchema::builtinRequiredFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("forProduct");
    QTest::addColumn<bool>("forCompany");
    for (const char *key : {"layout", "title", "target_name", "company_id", "lang", "ref", "date", "rating", "summary",
                            "tags", "permalink"})
        QTest::newRow(key) << QString::fromLatin1(key) << true << true;
    QTest::newRow("price") << QStringLiteral("price") << true << false;
}

void TestSchema::builtinRequiredFields()
{
    QFETCH(QString, key);
    QFETCH(bool, forProduct);
    QFETCH(bool, forCompany);
    const FieldSpec *field = Schema::builtin().field(key);
    QVERIFY(field);
    QCOMPARE(field->isRequiredFor(QStringLiteral("product")), forProduct);
    QCOMPARE(field->isRequiredFor(QStringLiteral("company")), forCompany);
}

void TestSchema::builtinEnumsAndLayouts()
{
    const Schema &schema = Schema::builtin();
    QCOMPARE(schema.field(QStringLiteral("layout"))->values,
             (QStringList{QStringLiteral("product"), QStringLiteral("company")}));
    QCOMPARE(schema.field(QStringLiteral("lang"))->type, FieldType::Enum);
    QCOMPARE(schema.field(QStringLiteral("date"))->type, FieldType::Date);
    QCOMPARE(schema.field(QStringLiteral("price"))->type, FieldType::Number);
    QCOMPARE(schema.field(QStringLiteral("tags"))->type, FieldType::List);
    QVERIFY(schema.field(QStringLiteral("title"))->preferQuoted);
    QVERIFY(!schema.field(QStringLiteral("ref"))->preferQuoted);
    const LayoutSpec *product = schema.layout(QStringLiteral("product"));
    QVERIFY(product);
    QVERIFY(product->nested);
    QCOMPARE(product->folder, QStringLiteral("_products"));
    QCOMPARE(product->permalink(QStringLiteral("en"), QStringLiteral("sony-ier-m9")),
             QStringLiteral("/products/en/sony-ier-m9/"));
    QCOMPARE(schema.layout(QStringLiteral("company"))->titleSuffix.value(QStringLiteral("ja")),
             QStringLiteral(" 企業レビュー"));
}

void TestSchema::overrideReplacesOnlyGivenSections()
{
    QTemporaryDir site;
    QVERIFY(site.isValid());
    QVERIFY(Test::writeFile(site.filePath(Schema::overrideFileName()),
                            "languages:\n"
                            "  - {code: en, name: English, currency: USD}\n"
                            "  - {code: de, name: Deutsch, currency: EUR}\n"));
    QString error;
    const Schema schema = Schema::forSite(site.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(schema.languageCodes(), (QStringList{QStringLiteral("en"), QStringLiteral("de")}));
    QCOMPARE(schema.language(QStringLiteral("de"))->currency, QStringLiteral("EUR"));
    // Everything not given is the built-in's.
    QCOMPARE(schema.fieldKeys(), Schema::builtin().fieldKeys());
    QCOMPARE(schema.axisIds(), Schema::builtin().axisIds());
    QCOMPARE(schema.sections().size(), Schema::builtin().sections().size());
    QCOMPARE(schema.layouts().size(), 2);
}

void TestSchema::overrideAxesRenameHeadingsOfAxisSections()
{
    const QByteArray yaml = "axes:\n"
                            "  - {id: sound, heading: {en: Sound}}\n"
                            "  - {id: build, heading: {en: Build Quality}}\n"
                            "sections:\n"
                            "  - {id: sound, axis: sound}\n"
                            "  - {id: build, axis: build}\n";
    QString error;
    const auto schema = Schema::fromYaml(yaml, Schema::builtin(), &error);
    QVERIFY2(schema, qPrintable(error));
    QCOMPARE(schema->axisIds(), (QStringList{QStringLiteral("sound"), QStringLiteral("build")}));
    QCOMPARE(schema->sectionHeadings(*schema->axisSection(QStringLiteral("build")), QStringLiteral("en")),
             QStringList{QStringLiteral("Build Quality")});
    QVERIFY(!schema->totalSection());
    QCOMPARE(schema->fieldKeys(), Schema::builtin().fieldKeys());
}

void TestSchema::siteWithoutOverrideIsBuiltin()
{
    QTemporaryDir site;
    QString error;
    const Schema schema = Schema::forSite(site.path(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(schema.axisIds(), Schema::builtin().axisIds());
    QCOMPARE(schema.fieldKeys(), Schema::builtin().fieldKeys());
}

void TestSchema::brokenOverride_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("mentions"); // a part of the error message
    QTest::newRow("yaml syntax error") << QByteArray("axes:\n  - {id: a\n") << QStringLiteral("line ");
    QTest::newRow("not a mapping") << QByteArray("- axes\n") << QStringLiteral("mapping");
    QTest::newRow("unknown field type") << QByteArray("fields:\n  - {key: price, type: money}\n")
                                        << QStringLiteral("money");
    QTest::newRow("section names an unknown axis") << QByteArray("sections:\n  - {id: x, axis: loudness}\n")
                                                   << QStringLiteral("loudness");
    QTest::newRow("no axes") << QByteArray("axes: []\nsections: []\n") << QStringLiteral("no rating axes");
    QTest::newRow("required is not a boolean") << QByteArray("fields:\n  - {key: a, type: string, required: maybe}\n")
                                               << QStringLiteral("line ");
    QTest::newRow("a section that is not a list") << QByteArray("languages: en\n") << QStringLiteral("languages");
    QTest::newRow("an axis without an id") << QByteArray("axes:\n  - {heading: {en: Sound}}\n")
                                           << QStringLiteral("axis 1 has no id");
    QTest::newRow("a field given twice")
        << QByteArray("fields:\n  - {key: a, type: string}\n  - {key: a, type: text}\n") << QStringLiteral("twice");
    QTest::newRow("a list item that is not a mapping") << QByteArray("fields:\n  - price\n")
                                                       << QStringLiteral("fields");
}

void TestSchema::brokenOverride()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!Schema::fromYaml(yaml, Schema::builtin(), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));

    // Through a site folder: the error names the file, the built-in schema is used.
    QTemporaryDir site;
    QVERIFY(Test::writeFile(site.filePath(Schema::overrideFileName()), yaml));
    QString siteError;
    const Schema schema = Schema::forSite(site.path(), &siteError);
    QVERIFY2(siteError.startsWith(site.filePath(Schema::overrideFileName())), qPrintable(siteError));
    QCOMPARE(schema.axisIds(), Schema::builtin().axisIds());
    QCOMPARE(schema.languageCodes(), Schema::builtin().languageCodes());
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
