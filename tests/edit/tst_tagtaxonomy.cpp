#include "edit/tagtaxonomy.h"

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

} // namespace

class TestTagTaxonomy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("case") << QStringLiteral("In-ear monitors") << QStringLiteral("In-Ear Monitors") << true;
        QTest::newRow("hyphen and space") << QStringLiteral("In-Ear-Monitors") << QStringLiteral("in ear monitors") << true;
        QTest::newRow("singular and plural") << QStringLiteral("In-Ear Monitor") << QStringLiteral("In-ear monitors") << true;
        QTest::newRow("ies plural") << QStringLiteral("Accessories") << QStringLiteral("accessory") << true;
        QTest::newRow("full and half width") << QStringLiteral("ＤＡＣ") << QStringLiteral("DAC") << true;
        QTest::newRow("half-width katakana") << QStringLiteral("ｲﾔﾎﾝ") << QStringLiteral("イヤホン") << true;
        QTest::newRow("different words") << QStringLiteral("DAC") << QStringLiteral("DAP") << false;
        QTest::newRow("short word ending in s kept") << QStringLiteral("Bus") << QStringLiteral("Bu") << false;
    }

    void nearKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(TagTaxonomy::nearKey(a) == TagTaxonomy::nearKey(b), same);
    }

    void editDistance()
    {
        QCOMPARE(TagTaxonomy::editDistance(u"headphones", u"headphone", 2), 1);
        QCOMPARE(TagTaxonomy::editDistance(u"kitten", u"sitting", 5), 3);
        QCOMPARE(TagTaxonomy::editDistance(u"kitten", u"sitting", 1), 2); // stops past the limit
        QCOMPARE(TagTaxonomy::editDistance(u"same", u"same", 0), 0);
    }

    void countsCounterpartsGroupsAndSingletons()
    {
        const ReviewRecords records = {
            record(QStringLiteral("en"), QStringLiteral("a"), {QStringLiteral("In-ear monitors"), QStringLiteral("Sony")}),
            record(QStringLiteral("ja"), QStringLiteral("a"), {QStringLiteral("インイヤーモニター"), QStringLiteral("ソニー")}),
            record(QStringLiteral("en"), QStringLiteral("b"), {QStringLiteral("In-ear monitors"), QStringLiteral("Balanced armature")}),
            record(QStringLiteral("ja"), QStringLiteral("b"), {QStringLiteral("インイヤーモニター"), QStringLiteral("バランスドアーマチュア")}),
            record(QStringLiteral("en"), QStringLiteral("c"), {QStringLiteral("In-Ear Monitors"), QStringLiteral("Sony")}),
            record(QStringLiteral("ja"), QStringLiteral("c"), {QStringLiteral("インイヤーモニター"), QStringLiteral("ソニー")}),
            record(QStringLiteral("en"), QStringLiteral("d"), {QStringLiteral("Headphone amplifiers")}),
            record(QStringLiteral("en"), QStringLiteral("e"), {QStringLiteral("Headphone amplifier"), QStringLiteral("Sony")}),
        };
        const TagTaxonomy english = TagTaxonomy::build(records, QStringLiteral("en"));
        QCOMPARE(english.otherLang, QStringLiteral("ja"));
        QCOMPARE(english.tags.constFirst().name, QStringLiteral("Sony"));
        QCOMPARE(english.tags.constFirst().count, 3);
        QCOMPARE(english.find(QStringLiteral("In-ear monitors"))->count, 2);
        QCOMPARE(english.find(QStringLiteral("In-ear monitors"))->counterpart, QStringLiteral("インイヤーモニター"));
        QCOMPARE(english.find(QStringLiteral("Sony"))->counterpart, QStringLiteral("ソニー"));
        // Seen in one pair only, with a tag the other language uses nowhere else.
        QCOMPARE(english.find(QStringLiteral("Balanced armature"))->counterpart, QStringLiteral("バランスドアーマチュア"));
        QVERIFY(english.find(QStringLiteral("Headphone amplifiers"))->counterpart.isEmpty()); // no translation
        QCOMPARE(english.nearDuplicates.size(), 2);
        QStringList groups;
        for (const auto &group : english.nearDuplicates)
            groups.append(group.tags.join(u'|'));
        groups.sort();
        QCOMPARE(groups, (QStringList{QStringLiteral("Headphone amplifier|Headphone amplifiers"),
                                      QStringLiteral("In-ear monitors|In-Ear Monitors")}));
        QCOMPARE(english.singletons.size(), 4);
        QVERIFY(!english.singletons.contains(QStringLiteral("Sony")));

        const TagTaxonomy japanese = TagTaxonomy::build(records, QStringLiteral("ja"));
        QCOMPARE(japanese.find(QStringLiteral("インイヤーモニター"))->count, 3);
        QVERIFY(japanese.nearDuplicates.isEmpty());
    }

    void aTieGoesToTheSameName()
    {
        const ReviewRecords records = {
            record(QStringLiteral("en"), QStringLiteral("a"), {QStringLiteral("Wireless"), QStringLiteral("LDAC")}),
            record(QStringLiteral("ja"), QStringLiteral("a"), {QStringLiteral("ワイヤレス"), QStringLiteral("LDAC")}),
        };
        const TagTaxonomy english = TagTaxonomy::build(records, QStringLiteral("en"));
        QCOMPARE(english.find(QStringLiteral("LDAC"))->counterpart, QStringLiteral("LDAC"));
    }

    void typosOneEditApartGroupWhenLong()
    {
        const ReviewRecords records = {
            record(QStringLiteral("en"), QStringLiteral("a"), {QStringLiteral("Headphones"), QStringLiteral("DAC")}),
            record(QStringLiteral("en"), QStringLiteral("b"), {QStringLiteral("Headphnes"), QStringLiteral("DAP")}),
        };
        const TagTaxonomy english = TagTaxonomy::build(records, QStringLiteral("en"));
        QCOMPARE(english.nearDuplicates.size(), 1);
        QCOMPARE(english.nearDuplicates.constFirst().tags.size(), 2);
        QVERIFY(english.nearDuplicates.constFirst().tags.contains(QStringLiteral("Headphnes")));
    }
};

QTEST_GUILESS_MAIN(TestTagTaxonomy)
#include "tst_tagtaxonomy.moc"
