// The PDF's text layer (what search, copy and screen readers get) holds each line of
// the body once, on the page that shows it, and words as typed (no ligature characters).

#include "print/pdfexport.h"
#include "print/printdocument.h"

#include "pdftools.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

using namespace Rubric;

namespace {

// A word naming its paragraph and place ("p3w17z", "第3段落の17語"): none is part of another.
QString word(const QString &lang, int paragraph, int index)
{
    return lang == u"ja" ? QStringLiteral("第%1段落の%2語").arg(paragraph).arg(index)
                         : QStringLiteral("p%1w%2z").arg(paragraph).arg(index);
}

PrintedReview longReview(const QString &lang, int paragraphs, int wordsPerParagraph, bool list = false)
{
    PrintedReview review;
    review.lang = lang;
    review.name = QStringLiteral("Synthetic");
    review.title = QStringLiteral("Synthetic Review");
    QString body = QStringLiteral("## Scientific Validity\n\nAn efficient office ruling. The official figures.\n\n");
    for (int p = 0; p < paragraphs; ++p) {
        QStringList words;
        for (int w = 0; w < wordsPerParagraph; ++w)
            words.append(word(lang, p, w));
        const QString text = words.join(lang == u"ja" ? QString() : QStringLiteral(" "));
        if (list) {
            // Items of a few lines each, so that some cross a page break.
            for (qsizetype at = 0; at < words.size(); at += 20)
                body += QStringLiteral("- ") + words.mid(at, 20).join(lang == u"ja" ? QString() : QStringLiteral(" ")) + u'\n';
            body += u'\n';
        } else {
            body += text + QStringLiteral("\n\n");
        }
    }
    review.body = body;
    return review;
}

// Paragraphs whose lines the layout splits over two pages.
int paragraphsCrossingPages(const QTextDocument *document)
{
    const double pageHeight = document->pageSize().height();
    int crossing = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QRectF rect = document->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        if (layout->lineCount() < 2)
            continue;
        const auto pageOf = [&](int line) {
            return int((rect.top() + layout->lineAt(line).y()) / pageHeight);
        };
        if (pageOf(0) != pageOf(layout->lineCount() - 1))
            ++crossing;
    }
    return crossing;
}

} // namespace

class TestPdfTextLayer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!Test::havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
    }

    void everyLineOnceOnItsPage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<int>("minimumPages");
        QTest::addColumn<bool>("list");
        QTest::newRow("English body over two pages") << QStringLiteral("en") << 7 << 2 << false;
        QTest::newRow("English body over three pages") << QStringLiteral("en") << 14 << 3 << false;
        QTest::newRow("Japanese body over two pages") << QStringLiteral("ja") << 6 << 2 << false;
        QTest::newRow("Japanese body over three pages") << QStringLiteral("ja") << 12 << 3 << false;
        QTest::newRow("English list items over three pages") << QStringLiteral("en") << 14 << 3 << true;
        QTest::newRow("Japanese list items over three pages") << QStringLiteral("ja") << 12 << 3 << true;
    }

    void everyLineOnceOnItsPage()
    {
        QFETCH(QString, lang);
        QFETCH(int, paragraphs);
        QFETCH(int, minimumPages);
        QFETCH(bool, list);
        const int wordsPerParagraph = lang == u"ja" ? 90 : 110;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("review.pdf"));
        PrintDocument print{PrintOptions()};
        print.addReview(longReview(lang, paragraphs, wordsPerParagraph, list));
        QString error;
        QVERIFY2(PdfExport::write(print, path, &error), qPrintable(error));
        const int pages = Test::pdfInfo(path, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= minimumPages, qPrintable(QString::number(pages)));
        // Otherwise the test would prove nothing: paragraphs do continue on the next page.
        QVERIFY(paragraphsCrossingPages(print.textDocument()) >= minimumPages - 1);

        QString all;
        for (int page = 1; page <= pages; ++page) {
            const Test::ToolResult text = Test::runTool(
                QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                                              QString::number(page), QStringLiteral("-l"), QString::number(page), path,
                                              QStringLiteral("-")});
            QCOMPARE(text.exitCode, 0);
            // Without the footer (title, page number), so a word wrapped over the page
            // break reads whole.
            static const QRegularExpression pageNumber(QStringLiteral("^\\d+\\s*/\\s*\\d+$"));
            for (const QString &line : text.out.split(u'\n')) {
                if (line.trimmed() != print.title() && !pageNumber.match(line.trimmed()).hasMatch())
                    all += line + u'\n';
            }
        }
        const QString compact = Test::withoutSpaces(all);
        for (int p = 0; p < paragraphs; ++p) {
            for (int w = 0; w < wordsPerParagraph; ++w) {
                const QString expected = word(lang, p, w);
                const qsizetype found = compact.count(expected);
                QVERIFY2(found == 1, qPrintable(QStringLiteral("%1 found %2 times").arg(expected).arg(found)));
            }
        }
        // Searched as typed: no ligature characters (U+FB00..FB06) in the text layer.
        QVERIFY2(all.simplified().contains(QStringLiteral("Scientific Validity")), qPrintable(all.left(300)));
        QVERIFY(all.contains(QStringLiteral("efficient office")));
        QVERIFY(all.contains(QStringLiteral("official")));
        for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
            QVERIFY(!all.contains(QChar(ligature)));
    }
};

QTEST_MAIN(TestPdfTextLayer)
#include "tst_pdftextlayer.moc"
