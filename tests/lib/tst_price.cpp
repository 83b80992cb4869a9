// Price: parsing as typed, and one presentation per language (円 in Japanese text,
// the ISO code after the number elsewhere).

#include "document/price.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Rubric;

class TestPrice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<double>("price");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("yen in Japanese text") << 44900.0 << u"JPY"_s << u"ja"_s << u"44,900円"_s;
        QTest::newRow("yen in English text") << 44900.0 << u"JPY"_s << u"en"_s << u"44,900 JPY"_s;
        QTest::newRow("yen with no language") << 44900.0 << u"JPY"_s << QString() << u"44,900 JPY"_s;
        QTest::newRow("dollars with cents in Japanese text") << 22.99 << u"USD"_s << u"ja"_s << u"22.99 USD"_s;
        QTest::newRow("dollars without cents") << 149.0 << u"USD"_s << u"en"_s << u"149 USD"_s;
        QTest::newRow("no currency") << 1093.0 << QString() << u"ja"_s << u"1,093"_s;
    }

    void format()
    {
        QFETCH(double, price);
        QFETCH(QString, currency);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QCOMPARE(Price::format(price, currency, lang), expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << u"1093"_s << true << 1093.0;
        QTest::newRow("grouped") << u" 1,093 "_s << true << 1093.0;
        QTest::newRow("decimals") << u"149.0"_s << true << 149.0;
        QTest::newRow("empty") << QString() << false << 0.0;
        QTest::newRow("words") << u"about a thousand"_s << false << 0.0;
        QTest::newRow("infinite") << u"inf"_s << false << 0.0;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const auto parsed = Price::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, value);
    }
};

QTEST_GUILESS_MAIN(TestPrice)
#include "tst_price.moc"
