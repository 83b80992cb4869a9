// The UTF-8 validator: well-formed text passes, each kind of ill-formed sequence is
// reported at the offset of its first byte.
#include "document/utf8.h"

#include <QTest>

using namespace Rubric;

class TestUtf8 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstInvalid_data();
    void firstInvalid();
    void agreesWithQtOnEveryTwoByteSequence();
};

void TestUtf8::firstInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset"); // -1: all valid

    QTest::newRow("empty") << QByteArray() << qsizetype(-1);
    QTest::newRow("ascii") << QByteArray("title: Sony\n") << qsizetype(-1);
    QTest::newRow("japanese") << QStringLiteral("title: \"ソニー 製品レビュー\"\n").toUtf8() << qsizetype(-1);
    QTest::newRow("two byte latin") << QByteArray("caf\xC3\xA9") << qsizetype(-1);
    QTest::newRow("four byte emoji") << QByteArray("ok \xF0\x9F\x8E\xA7") << qsizetype(-1);
    QTest::newRow("largest code point") << QByteArray("\xF4\x8F\xBF\xBF") << qsizetype(-1);
    QTest::newRow("last before surrogates") << QByteArray("\xED\x9F\xBF") << qsizetype(-1);
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF---") << qsizetype(-1);
    QTest::newRow("nul byte is valid") << QByteArray("a\0b", 3) << qsizetype(-1);

    QTest::newRow("truncated at end") << QByteArray("abc\xE3\x81") << qsizetype(3);
    QTest::newRow("truncated four byte at end") << QByteArray("ab\xF0\x9F\x8E") << qsizetype(2);
    QTest::newRow("truncated before ascii") << QByteArray("ab\xE3\x81x yz") << qsizetype(2);
    QTest::newRow("lead byte alone before ascii") << QByteArray("\xC3 ") << qsizetype(0);
    QTest::newRow("overlong slash") << QByteArray("x\xC0\xAF") << qsizetype(1);
    QTest::newRow("overlong C1 lead") << QByteArray("x\xC1\xBF") << qsizetype(1);
    QTest::newRow("overlong three byte") << QByteArray("xy\xE0\x80\xAF") << qsizetype(2);
    QTest::newRow("overlong four byte") << QByteArray("\xF0\x80\x80\xAF") << qsizetype(0);
    QTest::newRow("high surrogate") << QByteArray("ok\xED\xA0\x80") << qsizetype(2);
    QTest::newRow("low surrogate") << QByteArray("ok\xED\xBF\xBF") << qsizetype(2);
    QTest::newRow("just above U+10FFFF") << QByteArray("a\xF4\x90\x80\x80") << qsizetype(1);
    QTest::newRow("lead byte F5") << QByteArray("a\xF5\x80\x80\x80") << qsizetype(1);
    QTest::newRow("byte FF") << QByteArray("abcd\xFF") << qsizetype(4);
    QTest::newRow("stray continuation byte") << QByteArray("ab\x80yz") << qsizetype(2);
    QTest::newRow("continuation after valid char") << QByteArray("\xC3\xA9\xA9") << qsizetype(2);
    QTest::newRow("japanese then stray byte") << (QStringLiteral("日本語").toUtf8() + QByteArray("\xBF"))
                                              << qsizetype(9);
    QTest::newRow("third byte not continuation") << QByteArray("\xE3\x81x") << qsizetype(0);
    QTest::newRow("fourth byte not continuation") << QByteArray("\xF0\x9F\x8E!") << qsizetype(0);
    QTest::newRow("first error wins") << QByteArray("a\x80\xFF") << qsizetype(1);
}

void TestUtf8::firstInvalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QCOMPARE(firstInvalidUtf8(bytes), offset);
}

void TestUtf8::agreesWithQtOnEveryTwoByteSequence()
{
    // Every pair of bytes behind an ASCII letter: valid exactly when Qt decodes it
    // without replacement characters and encodes it back to the same bytes.
    for (int a = 0x80; a <= 0xFF; ++a) {
        for (int b = 0; b <= 0xFF; ++b) {
            const QByteArray bytes = QByteArray("x") + char(a) + char(b);
            const QString decoded = QString::fromUtf8(bytes);
            const bool valid = !decoded.contains(QChar::ReplacementCharacter) && decoded.toUtf8() == bytes;
            QCOMPARE(firstInvalidUtf8(bytes) < 0, valid);
            if (!valid)
                QCOMPARE(firstInvalidUtf8(bytes), qsizetype(1));
        }
    }
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
