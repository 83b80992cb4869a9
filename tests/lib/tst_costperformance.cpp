// CostPerformance: CP = min(1, cheaper ÷ this price) in tenths, the sentence reviews
// write it with in each language, and where that sentence goes in a review.
#include "document/costperformance.h"
#include "document/reviewdocument.h"
#include "schema/schema.h"
#include "testutil.h"

#include <QTest>

using namespace Rubric;
using namespace Qt::StringLiterals;

using Price = std::optional<double>;
Q_DECLARE_METATYPE(Price)

class TestCostPerformance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arithmetic_data();
    void arithmetic();
    void refusals_data();
    void refusals();
    void parsePrice_data();
    void parsePrice();
    void sentence_data();
    void sentence();
    void formatPrice_data();
    void formatPrice();
    void insertsIntoSection_data();
    void insertsIntoSection();
    void noSectionNoEdit();
    void keepsTheFilesLineBreaks_data();
    void keepsTheFilesLineBreaks();
};

void TestCostPerformance::arithmetic_data()
{
    QTest::addColumn<Price>("thisPrice");
    QTest::addColumn<Price>("cheaper");
    QTest::addColumn<int>("tenths");
    QTest::addColumn<bool>("nothingCheaper");
    QTest::newRow("the corpus's ier-m9") << Price(1093) << Price(299) << 3 << false;
    QTest::newRow("equal prices") << Price(299) << Price(299) << 10 << false;
    QTest::newRow("cheaper price zero") << Price(1093) << Price(0) << 0 << false;
    QTest::newRow("both free") << Price(0) << Price(0) << 10 << true;
    QTest::newRow("the other one costs more") << Price(100) << Price(120) << 10 << true;
    QTest::newRow("nothing cheaper named") << Price(100) << Price() << 10 << true;
    QTest::newRow("exactly a half rounds up") << Price(4) << Price(1) << 3 << false;  // 0.25
    QTest::newRow("a decimal half rounds up") << Price(20) << Price(7) << 4 << false; // 0.35
    QTest::newRow("just under a half rounds down") << Price(1000) << Price(249.9) << 2 << false;
    QTest::newRow("just under one") << Price(23) << Price(22.99) << 10 << false;
    QTest::newRow("just under a twentieth") << Price(799) << Price(22.99) << 0 << false;
    QTest::newRow("decimal prices") << Price(995.99) << Price(899.99) << 9 << false;
}

void TestCostPerformance::arithmetic()
{
    QFETCH(Price, thisPrice);
    QFETCH(Price, cheaper);
    QFETCH(int, tenths);
    QFETCH(bool, nothingCheaper);
    const CostPerformance cp(thisPrice, cheaper);
    QVERIFY2(cp.isValid(), qPrintable(cp.error()));
    QCOMPARE(cp.tenths(), tenths);
    QCOMPARE(cp.nothingCheaper(), nothingCheaper);
}

void TestCostPerformance::refusals_data()
{
    QTest::addColumn<Price>("thisPrice");
    QTest::addColumn<Price>("cheaper");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("the review has no price") << Price() << Price(299) << u"no price"_s;
    QTest::newRow("negative price") << Price(-1) << Price(299) << u"negative"_s;
    QTest::newRow("negative cheaper price") << Price(100) << Price(-5) << u"negative"_s;
}

void TestCostPerformance::refusals()
{
    QFETCH(Price, thisPrice);
    QFETCH(Price, cheaper);
    QFETCH(QString, errorPart);
    const CostPerformance cp(thisPrice, cheaper);
    QVERIFY(!cp.isValid());
    QVERIFY2(cp.error().contains(errorPart), qPrintable(cp.error()));
    QCOMPARE(cp.sentence(u"en"_s, u"USD"_s), QString());
}

void TestCostPerformance::parsePrice_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Price>("price");
    QTest::newRow("plain") << u"1093"_s << Price(1093);
    QTest::newRow("grouped") << u"1,093"_s << Price(1093);
    QTest::newRow("trailing zero") << u"149.0"_s << Price(149);
    QTest::newRow("decimals and blanks") << u" 22.99 "_s << Price(22.99);
    QTest::newRow("empty") << QString() << Price();
    QTest::newRow("words") << u"about 300"_s << Price();
    QTest::newRow("infinite") << u"inf"_s << Price();
}

void TestCostPerformance::parsePrice()
{
    QFETCH(QString, text);
    QFETCH(Price, price);
    QCOMPARE(CostPerformance::parsePrice(text), price);
}

void TestCostPerformance::sentence_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<Price>("thisPrice");
    QTest::addColumn<Price>("cheaper");
    QTest::addColumn<QString>("expected");
    QTest::newRow("english, the corpus's example")
        << u"en"_s << u"USD"_s << Price(1093) << Price(299) << u"Calculation: 299 USD ÷ 1,093 USD ≈ 0.27 → 0.3."_s;
    QTest::newRow("japanese, the corpus's example")
        << u"ja"_s << u"JPY"_s << Price(163900) << Price(44900)
        << u"計算：44,900円 ÷ 163,900円 ≈ 0.27 → 0.3。"_s;
    QTest::newRow("english, exact ratio") << u"en"_s << u"USD"_s << Price(100) << Price(50)
                                          << u"Calculation: 50 USD ÷ 100 USD = 0.50 → 0.5."_s;
    QTest::newRow("english, equal prices") << u"en"_s << u"USD"_s << Price(299) << Price(299)
                                           << u"Calculation: 299 USD ÷ 299 USD = 1.00 → 1.0."_s;
    QTest::newRow("english, cheaper price zero") << u"en"_s << u"USD"_s << Price(1093) << Price(0)
                                                 << u"Calculation: 0 USD ÷ 1,093 USD = 0.00 → 0.0."_s;
    QTest::newRow("english, decimal prices") << u"en"_s << u"USD"_s << Price(995.99) << Price(899.99)
                                             << u"Calculation: 899.99 USD ÷ 995.99 USD ≈ 0.90 → 0.9."_s;
    // Two decimals would read 0.25, which rounds to 0.3: the sentence shows more.
    QTest::newRow("english, more decimals near a half")
        << u"en"_s << u"USD"_s << Price(1000) << Price(249.9) << u"Calculation: 249.9 USD ÷ 1,000 USD = 0.2499 → 0.2."_s;
    QTest::newRow("english, nothing cheaper")
        << u"en"_s << u"USD"_s << Price(100) << Price()
        << u"Calculation: CP = 1.0 (no cheaper equivalent-or-better product exists)."_s;
    QTest::newRow("japanese, nothing cheaper")
        << u"ja"_s << u"JPY"_s << Price(16000) << Price(18000)
        << u"計算：CP = 1.0（より安価な同等以上の製品は存在しません）。"_s;
}

void TestCostPerformance::sentence()
{
    QFETCH(QString, lang);
    QFETCH(QString, currency);
    QFETCH(Price, thisPrice);
    QFETCH(Price, cheaper);
    QFETCH(QString, expected);
    QCOMPARE(CostPerformance(thisPrice, cheaper).sentence(lang, currency), expected);
}

void TestCostPerformance::formatPrice_data()
{
    QTest::addColumn<double>("price");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dollars grouped") << 1499.99 << u"USD"_s << u"1,499.99 USD"_s;
    QTest::newRow("dollars without cents") << 149.0 << u"USD"_s << u"149 USD"_s;
    QTest::newRow("yen") << 163900.0 << u"JPY"_s << u"163,900円"_s;
    QTest::newRow("another currency") << 1200.0 << u"EUR"_s << u"1,200 EUR"_s;
}

void TestCostPerformance::formatPrice()
{
    QFETCH(double, price);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(CostPerformance::formatPrice(price, currency), expected);
}

namespace {

QString review(const QString &lang, const QString &costPerformanceSection)
{
    const bool ja = lang == u"ja"_s;
    return u"---\nlayout: product\nlang: "_s + lang + u"\n---\n## "_s + (ja ? u"技術レベル"_s : u"Technology Level"_s)
           + u"\n\n$$ \\Large \\text{0.8} $$\n\nText.\n\n## "_s
           + (ja ? u"コストパフォーマンス"_s : u"Cost-Performance"_s) + u"\n\n"_s + costPerformanceSection + u"## "_s
           + (ja ? u"信頼性・サポート"_s : u"Reliability & Support"_s) + u"\n\nMore.\n"_s;
}

} // namespace

void TestCostPerformance::insertsIntoSection_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("expectedSection");
    const QString score = u"$$ \\Large \\text{0.3} $$\n\n"_s;
    const QString en = u"Calculation: 299 USD ÷ 1,093 USD ≈ 0.27 → 0.3."_s;
    QTest::newRow("english, after the text") << u"en"_s << score + u"The Blessing3 is cheaper.\n\n"_s
                                             << score + u"The Blessing3 is cheaper.\n\n"_s + en + u"\n\n"_s;
    QTest::newRow("english, only the score line") << u"en"_s << score << score + en + u"\n\n"_s;
    QTest::newRow("english, replaces an earlier calculation")
        << u"en"_s << score + u"Text.\n\n**Calculation:** 1 USD ÷ 2 USD\n= 0.5.\n\nAfter.\n\n"_s
        << score + u"Text.\n\n"_s + en + u"\n\nAfter.\n\n"_s;
    QTest::newRow("english, a calculation inside a paragraph stays")
        << u"en"_s << score + u"Text. Calculation: 1 ÷ 2.\n\n"_s
        << score + u"Text. Calculation: 1 ÷ 2.\n\n"_s + en + u"\n\n"_s;
    const QString ja = u"計算：44,900円 ÷ 163,900円 ≈ 0.27 → 0.3。"_s;
    QTest::newRow("japanese, after the text") << u"ja"_s << score + u"本文。\n\n"_s << score + u"本文。\n\n"_s + ja + u"\n\n"_s;
    QTest::newRow("japanese, replaces the corpus's other prefix")
        << u"ja"_s << score + u"計算式：1円 ÷ 2円 = 0.5\n\n"_s << score + ja + u"\n\n"_s;
}

void TestCostPerformance::insertsIntoSection()
{
    QFETCH(QString, lang);
    QFETCH(QString, section);
    QFETCH(QString, expectedSection);
    ReviewDocument document;
    QVERIFY(document.loadBytes(review(lang, section).toUtf8()));
    const QString currency = lang == u"ja"_s ? u"JPY"_s : u"USD"_s;
    const CostPerformance cp(lang == u"ja"_s ? Price(163900) : Price(1093), lang == u"ja"_s ? Price(44900) : Price(299));
    const auto edit = CostPerformance::sentenceEdit(document.text(), document.outline(), document.schema(), lang,
                                                    cp.sentence(lang, currency));
    QVERIFY(edit);
    QCOMPARE(applyEdits(document.text(), {*edit}), review(lang, expectedSection));
}

void TestCostPerformance::noSectionNoEdit()
{
    ReviewDocument document;
    QVERIFY(document.loadBytes("---\nlang: en\n---\n## Overview\n\nText.\n"));
    QVERIFY(!CostPerformance::sentenceEdit(document.text(), document.outline(), document.schema(), u"en"_s, u"x"_s));
}

void TestCostPerformance::keepsTheFilesLineBreaks_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("expectedSection");
    const QString score = u"$$ \\Large \\text{0.3} $$\n\n"_s;
    const QString en = u"Calculation: 299 USD ÷ 1,093 USD ≈ 0.27 → 0.3."_s;
    QTest::newRow("after the text") << score + u"Cheaper.\n\n"_s << score + u"Cheaper.\n\n"_s + en + u"\n\n"_s;
    QTest::newRow("only the score line") << score << score + en + u"\n\n"_s;
    QTest::newRow("replaces an earlier one-line calculation")
        << score + u"Calculation: 1 USD ÷ 2 USD = 0.5.\n\nAfter.\n\n"_s << score + en + u"\n\nAfter.\n\n"_s;
    QTest::newRow("replaces an earlier two-line calculation")
        << score + u"**Calculation:** 1 USD ÷ 2 USD\n= 0.5.\n\n"_s << score + en + u"\n\n"_s;
}

void TestCostPerformance::keepsTheFilesLineBreaks()
{
    // A CRLF review: the sentence comes with CRLF breaks and no "\r" is swallowed.
    QFETCH(QString, section);
    QFETCH(QString, expectedSection);
    const auto crlf = [](QString text) { return text.replace(u"\n"_s, u"\r\n"_s); };
    ReviewDocument document;
    QVERIFY(document.loadBytes(crlf(review(u"en"_s, section)).toUtf8()));
    QCOMPARE(document.frontMatter().lineBreak(), u"\r\n"_s);
    const CostPerformance cp(Price(1093), Price(299));
    const auto edit = CostPerformance::sentenceEdit(document.text(), document.outline(), document.schema(), u"en"_s,
                                                    cp.sentence(u"en"_s, u"USD"_s), document.frontMatter().lineBreak());
    QVERIFY(edit);
    const QString result = applyEdits(document.text(), {*edit});
    QCOMPARE(result, crlf(review(u"en"_s, expectedSection)));
    QCOMPARE(result.count(u'\n'), result.count(u"\r\n"_s));
}

QTEST_GUILESS_MAIN(TestCostPerformance)
#include "tst_costperformance.moc"
