// The word diff inside a changed line (issue 19's History differences).
#include "document/worddiff.h"

#include <QTest>

using namespace Rubric;

Q_DECLARE_METATYPE(QList<WordDiff::Span>)

class TestWordDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("words, spaces and punctuation")
            << QStringLiteral("price: 1,093 USD") << QStringList{QStringLiteral("price"), QStringLiteral(":"), QStringLiteral(" "),
                                                                 QStringLiteral("1"), QStringLiteral(","), QStringLiteral("093"),
                                                                 QStringLiteral(" "), QStringLiteral("USD")};
        QTest::newRow("japanese, one character each")
            << QStringLiteral("音質は良い") << QStringList{QStringLiteral("音"), QStringLiteral("質"), QStringLiteral("は"),
                                                           QStringLiteral("良"), QStringLiteral("い")};
        QTest::newRow("a character outside the BMP stays whole")
            << QStringLiteral("a 😀b") << QStringList{QStringLiteral("a"), QStringLiteral(" "), QStringLiteral("😀"), QStringLiteral("b")};
        QTest::newRow("empty") << QString() << QStringList();
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(WordDiff::words(text), words);
        QCOMPARE(WordDiff::words(text).join(QString()), text);
    }

    void spans_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QList<WordDiff::Span>>("removed");
        QTest::addColumn<QList<WordDiff::Span>>("added");
        QTest::newRow("one number changed")
            << QStringLiteral("rating: [3.2, 0.7, 0.8]") << QStringLiteral("rating: [3.2, 0.7, 0.9]")
            << QList<WordDiff::Span>{{21, 1}} << QList<WordDiff::Span>{{21, 1}};
        QTest::newRow("a word inserted")
            << QStringLiteral("a good sound") << QStringLiteral("a very good sound")
            << QList<WordDiff::Span>{} << QList<WordDiff::Span>{{2, 5}};
        QTest::newRow("adjacent changed words are one span")
            << QStringLiteral("old red car") << QStringLiteral("new blue car")
            << QList<WordDiff::Span>{{0, 7}} << QList<WordDiff::Span>{{0, 8}};
        QTest::newRow("words apart stay apart")
            << QStringLiteral("old red car") << QStringLiteral("new red bus")
            << QList<WordDiff::Span>{{0, 3}, {8, 3}} << QList<WordDiff::Span>{{0, 3}, {8, 3}};
        QTest::newRow("japanese character")
            << QStringLiteral("音質は良い") << QStringLiteral("音質は悪い")
            << QList<WordDiff::Span>{{3, 1}} << QList<WordDiff::Span>{{3, 1}};
        QTest::newRow("same") << QStringLiteral("same") << QStringLiteral("same") << QList<WordDiff::Span>{}
                              << QList<WordDiff::Span>{};
    }

    void spans()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QList<WordDiff::Span>, removed);
        QFETCH(QList<WordDiff::Span>, added);
        const WordDiff::Result result = WordDiff::compute(before, after);
        QCOMPARE(result.removed, removed);
        QCOMPARE(result.added, added);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
