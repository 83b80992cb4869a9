// TextEdit helpers: the single replacement between two texts keeps their common prefix
// and suffix, and applying it gives the second text.
#include "document/textedit.h"

#include <QTest>

using namespace Rubric;

class TestTextEdit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differenceOfTwoTexts_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qsizetype>("position");
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<QString>("text");
        QTest::newRow("identical texts") << u"abc"_qs << u"abc"_qs << qsizetype(3) << qsizetype(0) << QString();
        QTest::newRow("a word typed in the middle") << u"one three"_qs << u"one two three"_qs << qsizetype(5) << qsizetype(0) << u"wo t"_qs;
        QTest::newRow("the end deleted") << u"keep this"_qs << u"keep"_qs << qsizetype(4) << qsizetype(5) << QString();
        QTest::newRow("everything replaced") << u"abc"_qs << u"xyz"_qs << qsizetype(0) << qsizetype(3) << u"xyz"_qs;
        QTest::newRow("a repeated letter doubled") << u"aaa"_qs << u"aaaa"_qs << qsizetype(3) << qsizetype(0) << u"a"_qs;
        QTest::newRow("from an empty text") << QString() << u"new"_qs << qsizetype(0) << qsizetype(0) << u"new"_qs;
        QTest::newRow("a line break changed") << u"a\r\nb"_qs << u"a\nb"_qs << qsizetype(1) << qsizetype(1) << QString();
    }

    void differenceOfTwoTexts()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qsizetype, position);
        QFETCH(qsizetype, length);
        QFETCH(QString, text);
        const TextEdit edit = differenceOf(from, to);
        QCOMPARE(edit.position, position);
        QCOMPARE(edit.length, length);
        QCOMPARE(edit.text, text);
        QCOMPARE(applyEdits(from, {edit}), to);
    }
};

QTEST_GUILESS_MAIN(TestTextEdit)
#include "tst_textedit.moc"
