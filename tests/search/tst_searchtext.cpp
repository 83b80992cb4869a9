#include "search/searchtext.h"

#include <QSet>
#include <QTest>

using namespace Rubric;

// The index's text model: folding, tokens, and that a query's match expression is satisfied
// by every text containing the query (the index may over-select, never miss).
class TestSearchText final : public QObject
{
    Q_OBJECT

private:
    // Evaluates a match expression of SearchText::matchExpression (tokens ANDed, "*" =
    // prefix) against a text's tokens, the way FTS5 would on one row.
    static bool satisfies(const QString &expression, const QStringList &textTokens)
    {
        const QSet<QString> present(textTokens.cbegin(), textTokens.cend());
        for (QString part : expression.split(QStringLiteral(" AND "))) {
            const bool prefix = part.endsWith(u'*');
            if (prefix)
                part.chop(1);
            part = part.mid(1, part.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
            const bool found = prefix ? std::any_of(textTokens.cbegin(), textTokens.cend(),
                                                    [&](const QString &t) { return t.startsWith(part); })
                                      : present.contains(part);
            if (!found)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full width latin to ascii") << u"ＩＥＭ"_qs << u"iem"_qs;
        QTest::newRow("half width katakana to full width") << u"ｶﾀｶﾅ"_qs << u"カタカナ"_qs;
        QTest::newRow("half width voiced katakana composes") << u"ﾊﾞﾗﾝｽﾄﾞ"_qs << u"バランスド"_qs;
        QTest::newRow("upper case folds") << u"Moondrop Blessing3"_qs << u"moondrop blessing3"_qs;
        QTest::newRow("full width digits") << u"１０９３円"_qs << u"1093円"_qs;
    }
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SearchText::fold(text), expected);
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("folded");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("latin words split at punctuation")
            << u"sony ier-m9, 0.27"_qs << QStringList{u"sony"_qs, u"ier"_qs, u"m9"_qs, u"0"_qs, u"27"_qs};
        QTest::newRow("japanese run as pairs and its last character")
            << u"音場広い"_qs << QStringList{u"音場"_qs, u"場広"_qs, u"広い"_qs, u"い"_qs};
        QTest::newRow("mixed script splits at the script change")
            << u"ier-m9の音"_qs << QStringList{u"ier"_qs, u"m9"_qs, u"の音"_qs, u"音"_qs};
        QTest::newRow("lone japanese character") << u"円"_qs << QStringList{u"円"_qs};
        QTest::newRow("no letters") << u"$$ --- "_qs << QStringList{};
    }
    void tokens()
    {
        QFETCH(QString, folded);
        QFETCH(QStringList, expected);
        QCOMPARE(SearchText::tokens(folded), expected);
    }

    // Brute force: every substring of a Japanese text (and of its half-width spelling) is
    // found by the filter; a substring absent from the text is not necessarily rejected,
    // but a word absent from all of it is.
    void everyJapaneseSubstringIsACandidate()
    {
        const QString text = SearchText::fold(
            u"バランスド・アーマチュアの音場は広い。価格は１０９３円、ｺｽﾄﾊﾟﾌｫｰﾏﾝｽは０．２７。"_qs);
        const QStringList textTokens = SearchText::tokens(text);
        int checked = 0;
        for (qsizetype start = 0; start < text.size(); ++start) {
            if (!SearchText::isCjk(text[start]))
                continue;
            for (qsizetype length = 1; start + length <= text.size() && length <= 8; ++length) {
                const QString query = text.mid(start, length);
                if (!std::all_of(query.cbegin(), query.cend(), [](QChar c) { return SearchText::isCjk(c); }))
                    break;
                const QString expression = SearchText::matchExpression(query);
                QVERIFY2(satisfies(expression, textTokens), qPrintable(query + u" → "_qs + expression));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
        QVERIFY(satisfies(SearchText::matchExpression(u"ｺｽﾄﾊﾟﾌｫｰﾏﾝｽ"_qs), textTokens));
        QVERIFY(!satisfies(SearchText::matchExpression(u"ダイナミック"_qs), textTokens));
        QVERIFY(!satisfies(SearchText::matchExpression(u"円高"_qs), textTokens));
    }

    void latinWordsAndPrefixes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("candidate");
        QTest::newRow("whole word") << u"Moondrop"_qs << true;
        QTest::newRow("full width spelling") << u"ＭＯＯＮＤＲＯＰ"_qs << true;
        QTest::newRow("phrase words in order") << u"balanced armature"_qs << true;
        QTest::newRow("last word cut short") << u"balanced arma"_qs << true;
        QTest::newRow("absent word") << u"sennheiser"_qs << false;
        QTest::newRow("first word cut short is not a word") << u"alanced armature"_qs << false;
        QTest::newRow("quote in the query is not a token") << u"say \"x"_qs << false;
    }
    void latinWordsAndPrefixes()
    {
        QFETCH(QString, query);
        QFETCH(bool, candidate);
        const QStringList textTokens = SearchText::tokens(
            SearchText::fold(u"The Moondrop Blessing3 uses balanced armature drivers."_qs));
        const QString expression = SearchText::matchExpression(query);
        QVERIFY(!expression.isEmpty());
        QCOMPARE(satisfies(expression, textTokens), candidate);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
