// Where a query's words are marked in a snippet or an editor line (SearchHighlight): folded
// as the index folds, mapped back to the text as written even where folding changed its length.
#include "search/searchhighlight.h"

#include <QTest>

using namespace Rubric;

class tst_SearchHighlight final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("words, folded") << u"Moondrop ＩＥＭ"_qs << QStringList{u"moondrop"_qs, u"iem"_qs};
        QTest::newRow("a phrase is one term") << u"\"Balanced Armature\""_qs << QStringList{u"balanced armature"_qs};
        QTest::newRow("exclusions and fields are not marked") << u"sony -balanced tag:Sony total>=3.5 lang:ja"_qs
                                                             << QStringList{u"sony"_qs};
        QTest::newRow("OR marks both") << u"moondrop OR 水月雨"_qs << QStringList{u"moondrop"_qs, u"水月雨"_qs};
    }
    void terms()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, terms);
        QCOMPARE(SearchHighlight::terms(query), terms);
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QStringList>("marked"); // the text of each range, in order
        QTest::newRow("case") << u"IEM or iem, Iem"_qs << QStringList{u"iem"_qs} << QStringList{u"IEM"_qs, u"iem"_qs, u"Iem"_qs};
        QTest::newRow("full width") << u"The ＩＥＭ fits"_qs << QStringList{u"iem"_qs} << QStringList{u"ＩＥＭ"_qs};
        QTest::newRow("half-width katakana, shorter when folded") << u"ﾊﾞﾗﾝｽﾄﾞ型とバランスド"_qs << QStringList{u"バランスド"_qs}
                                                                  << QStringList{u"ﾊﾞﾗﾝｽﾄﾞ"_qs, u"バランスド"_qs};
        QTest::newRow("after a length change") << u"㍻ moondrop"_qs << QStringList{u"moondrop"_qs} << QStringList{u"moondrop"_qs};
        QTest::newRow("overlapping terms merge") << u"balanced armature"_qs << QStringList{u"balanced"_qs, u"anced arm"_qs}
                                                 << QStringList{u"balanced arm"_qs};
        QTest::newRow("nothing") << u"no match here"_qs << QStringList{u"iem"_qs} << QStringList();
    }
    void ranges()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QFETCH(QStringList, marked);
        QStringList got;
        for (const auto &[start, length] : SearchHighlight::ranges(text, terms))
            got.append(text.mid(start, length));
        QCOMPARE(got, marked);
    }

    void html()
    {
        QCOMPARE(SearchHighlight::toHtml(u"<b>IEM</b> & iem"_qs, {u"iem"_qs}),
                 u"&lt;b&gt;<b>IEM</b>&lt;/b&gt; &amp; <b>iem</b>"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_SearchHighlight)
#include "tst_searchhighlight.moc"
