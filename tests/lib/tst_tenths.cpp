// Ratings as integer tenths: what parses, what is refused, how values are written.
#include "document/tenths.h"

#include <QTest>

using namespace Rubric;

class TestTenths final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void formatThenParseRoundTrips();
    void fromDoubleRounds();
};

void TestTenths::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: refused

    QTest::newRow("one decimal") << QStringLiteral("0.7") << 7;
    QTest::newRow("integer one") << QStringLiteral("1") << 10;
    QTest::newRow("integer zero") << QStringLiteral("0") << 0;
    QTest::newRow("trailing zero digit") << QStringLiteral("0.40") << 4;
    QTest::newRow("several trailing zeros") << QStringLiteral("1.000") << 10;
    QTest::newRow("total above one") << QStringLiteral("3.2") << 32;
    QTest::newRow("five") << QStringLiteral("5.0") << 50;
    QTest::newRow("leading plus") << QStringLiteral("+0.3") << 3;
    QTest::newRow("no whole part") << QStringLiteral(".5") << 5;
    QTest::newRow("surrounding blanks") << QStringLiteral(" 0.6 ") << 6;
    QTest::newRow("two significant decimals") << QStringLiteral("3.25") << -1;
    QTest::newRow("hundredth only") << QStringLiteral("0.01") << -1;
    QTest::newRow("letters") << QStringLiteral("abc") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("only a dot") << QStringLiteral(".") << -1;
    QTest::newRow("only a plus") << QStringLiteral("+") << -1;
    QTest::newRow("negative") << QStringLiteral("-0.5") << -1;
    QTest::newRow("exponent") << QStringLiteral("1e1") << -1;
    QTest::newRow("two dots") << QStringLiteral("0.5.1") << -1;
    QTest::newRow("comma decimal") << QStringLiteral("0,5") << -1;
    QTest::newRow("digits then letters") << QStringLiteral("0.7x") << -1;
    QTest::newRow("arabic-indic digit") << QStringLiteral("\u0661") << -1;
    QTest::newRow("fullwidth digit") << QStringLiteral("\uFF11") << -1;
    QTest::newRow("inner blank") << QStringLiteral("0. 7") << -1;
    QTest::newRow("too many digits") << QStringLiteral("12345678") << -1;
}

void TestTenths::parse()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto parsed = Tenths::parse(text);
    if (expected < 0) {
        QVERIFY2(!parsed, qPrintable(QStringLiteral("accepted as %1").arg(parsed.value_or(-1))));
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    }
}

void TestTenths::format_data()
{
    QTest::addColumn<int>("tenths");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seven tenths") << 7 << QStringLiteral("0.7");
    QTest::newRow("one whole") << 10 << QStringLiteral("1.0");
    QTest::newRow("zero") << 0 << QStringLiteral("0.0");
    QTest::newRow("a total") << 33 << QStringLiteral("3.3");
    QTest::newRow("the maximum total") << 50 << QStringLiteral("5.0");
    QTest::newRow("negative") << -3 << QStringLiteral("-0.3");
}

void TestTenths::format()
{
    QFETCH(int, tenths);
    QFETCH(QString, expected);
    QCOMPARE(Tenths::format(tenths), expected);
}

void TestTenths::formatThenParseRoundTrips()
{
    for (int tenths = 0; tenths <= 50; ++tenths)
        QCOMPARE(Tenths::parse(Tenths::format(tenths)).value_or(-1), tenths);
}

void TestTenths::fromDoubleRounds()
{
    QCOMPARE(Tenths::fromDouble(0.1 + 0.2), 3);
    QCOMPARE(Tenths::fromDouble(0.7), 7);
    QCOMPARE(Tenths::fromDouble(0.96), 10);
    QCOMPARE(Tenths::toDouble(7), 0.7);
}

QTEST_GUILESS_MAIN(TestTenths)
#include "tst_tenths.moc"
