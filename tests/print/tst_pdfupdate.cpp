#include "print/pdfupdate.h"

#include "pdftools.h"
#include "testutil.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rubric;

namespace {

// A PDF as Qt writes it: `pages` pages with a line of text each.
QByteArray qtPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QStringLiteral("Original title"));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(100, 100), QStringLiteral("Page %1").arg(i + 1));
    }
    painter.end();
    return bytes;
}

QString save(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    return Test::writeFile(path, bytes) ? path : QString();
}

} // namespace

class TestPdfUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!Test::havePoppler())
            QSKIP("poppler-utils not installed");
    }

    void keepsQtsBytesAndAddsMetadata()
    {
        const QByteArray original = qtPdf(2);
        QByteArray pdf = original;
        PdfUpdate::Extras extras;
        extras.language = QStringLiteral("ja");
        extras.author = QString::fromUtf8("山田 太郎");
        extras.pageHeight = 842;
        QString error;
        QVERIFY2(PdfUpdate::apply(pdf, extras, &error), qPrintable(error));
        QVERIFY(pdf.startsWith(original)); // an incremental update only appends
        QVERIFY(pdf.size() > original.size());
        QTemporaryDir dir;
        const QString path = save(dir, pdf);
        const Test::ToolResult info = Test::runTool(QStringLiteral("pdfinfo"), {path});
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(info.err, QString()); // no repair, no warning
        QCOMPARE(Test::pdfInfo(path, QStringLiteral("Author")), extras.author);
        QCOMPARE(Test::pdfInfo(path, QStringLiteral("Title")), QStringLiteral("Original title"));
        QCOMPARE(Test::pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("2"));
        // The newest catalog revision names the language.
        const qsizetype catalog = pdf.lastIndexOf("/Type /Catalog");
        QVERIFY(catalog > original.size());
        QVERIFY(pdf.indexOf(QByteArray("/Lang " + PdfUpdate::textString(QStringLiteral("ja"))), catalog) > catalog);
    }

    void outlineWithNestedBookmarks()
    {
        QByteArray pdf = qtPdf(3);
        PdfUpdate::Extras extras;
        extras.pageHeight = 842;
        extras.bookmarks = {{QStringLiteral("First"), 0, 40, {{QStringLiteral("One"), 0, 300, {}}, {QStringLiteral("Two"), 1, 100, {}}}},
                            {QString::fromUtf8("二番目"), 2, 40, {}}};
        QString error;
        QVERIFY2(PdfUpdate::apply(pdf, extras, &error), qPrintable(error));
        QTemporaryDir dir;
        const QList<Test::OutlineItem> outline = Test::pdfOutline(save(dir, pdf));
        QCOMPARE(outline.size(), 4);
        QCOMPARE(Test::topLevelCount(outline), 2);
        QCOMPARE(outline.at(0).title, QStringLiteral("First"));
        QCOMPARE(outline.at(0).page, 1);
        QCOMPARE(outline.at(1).title, QStringLiteral("One"));
        QCOMPARE(outline.at(1).depth, 1);
        QCOMPARE(outline.at(2).page, 2);
        QCOMPARE(outline.at(3).title, QString::fromUtf8("二番目"));
        QCOMPARE(outline.at(3).page, 3);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a PDF") << QByteArray("hello\n");
        QTest::newRow("truncated") << qtPdf(1).left(200);
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, bytes);
        QByteArray pdf = bytes;
        PdfUpdate::Extras extras;
        extras.language = QStringLiteral("en");
        QString error;
        QVERIFY(!PdfUpdate::apply(pdf, extras, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(pdf, bytes);
    }

    void toUnicodeLookAlikes_data()
    {
        QTest::addColumn<QByteArray>("cmap");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        const QString power = QString::fromUtf8("能力・長年");
        QTest::newRow("radical in an array becomes the ideograph shown")
            << QByteArray("1 beginbfrange\n<0001> <0003> [<80FD> <2F12> <0041> ]\nendbfrange\n") << power
            << QByteArray("1 beginbfrange\n<0001> <0003> [<80FD> <529B> <0041> ]\nendbfrange\n");
        QTest::newRow("hyphenation point becomes the katakana middle dot")
            << QByteArray("<0010> <0010> <2027>\n") << power << QByteArray("<0010> <0010> <30FB>\n");
        QTest::newRow("supplement radical without a compatibility form")
            << QByteArray("<0004> <2ED1>\n") << power << QByteArray("<0004> <9577>\n");
        QTest::newRow("the radical itself is shown: kept")
            << QByteArray("<0004> <2F12>\n") << QString::fromUtf8("⼒") << QByteArray("<0004> <2F12>\n");
        QTest::newRow("the ideograph is not shown: kept")
            << QByteArray("<0004> <2F12>\n") << QStringLiteral("abc") << QByteArray("<0004> <2F12>\n");
        QTest::newRow("a range of several codes: kept")
            << QByteArray("<0010> <0012> <2027>\n") << power << QByteArray("<0010> <0012> <2027>\n");
        QTest::newRow("fi ligature in an array becomes its two letters")
            << QByteArray("<0001> <0003> [<0053> <FB01> <0063> ]\n") << QStringLiteral("Scientific")
            << QByteArray("<0001> <0003> [<0053> <00660069> <0063> ]\n");
        QTest::newRow("ffl ligature as a character becomes three letters")
            << QByteArray("<0007> <FB04>\n") << QStringLiteral("baffle") << QByteArray("<0007> <00660066006C>\n");
        QTest::newRow("a glyph numbered like a ligature: kept")
            << QByteArray("<FB01> <0041>\n") << QStringLiteral("A") << QByteArray("<FB01> <0041>\n");
        QTest::newRow("the ligature character itself is shown: kept")
            << QByteArray("<0007> <FB01>\n") << QString::fromUtf8("\uFB01") << QByteArray("<0007> <FB01>\n");
    }

    void toUnicodeLookAlikes()
    {
        QFETCH(QByteArray, cmap);
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(PdfUpdate::fixedToUnicode(cmap, text), expected);
    }

    void textStringIsUtf16()
    {
        QCOMPARE(PdfUpdate::textString(QStringLiteral("en")), QByteArray("<FEFF0065006E>"));
        QCOMPARE(PdfUpdate::textString(QString::fromUtf8("日")), QByteArray("<FEFF65E5>"));
        QCOMPARE(PdfUpdate::textString(QString::fromUtf8("😀")), QByteArray("<FEFFD83DDE00>"));
    }
};

QTEST_MAIN(TestPdfUpdate)
#include "tst_pdfupdate.moc"
