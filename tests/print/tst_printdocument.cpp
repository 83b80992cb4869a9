#include "document/reviewdocument.h"
#include "print/keepwithnext.h"
#include "print/pdfexport.h"
#include "print/printdocument.h"
#include "print/printhtml.h"
#include "print/radartextobject.h"

#include "pdftools.h"
#include "testutil.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QtTest>

using namespace Rubric;
using namespace Qt::StringLiterals;

namespace {

PrintedReview corpusReview(const QString &relative)
{
    const QString path = Test::corpusDir() + u'/' + relative;
    ReviewDocument document(Schema::forFile(path));
    if (!document.load(path))
        return {};
    return PrintedReview::from(document);
}

// A review whose body is `fillerLines` one-line paragraphs, then a heading and its text,
// so that some count of lines puts the heading at the foot of the first page.
PrintedReview syntheticReview(int fillerLines)
{
    PrintedReview review;
    review.lang = QStringLiteral("en");
    review.name = QStringLiteral("Synthetic");
    review.title = QStringLiteral("Synthetic Product Review");
    QString body;
    for (int i = 0; i < fillerLines; ++i)
        body += QStringLiteral("Filler line %1.\n\n").arg(i);
    body += QStringLiteral("## Kept Heading\n\n");
    body += QStringLiteral("The first sentence under the heading. ").repeated(12) + u'\n';
    review.body = body;
    return review;
}

double firstLineTop(const QTextDocument *document, const QTextBlock &block)
{
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    return rect.top() + block.layout()->lineAt(0).y();
}

QTextBlock headingBlock(const QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().trimmed() == text)
            return block;
    }
    return {};
}

} // namespace

class TestPrintDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // For every amount of text before it, the heading shares its page with the first
    // line of its text; and some amount needed a page break to get there.
    void headingNeverAloneAtPageBottom()
    {
        int moved = 0;
        for (int lines = 30; lines < 80; ++lines) {
            PrintDocument print;
            print.addReview(syntheticReview(lines));
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                             QPageLayout::Millimeter));
            print.layout(&writer);
            const QTextDocument *document = print.textDocument();
            const QTextBlock heading = headingBlock(document, QStringLiteral("Kept Heading"));
            QVERIFY2(heading.isValid(), qPrintable(QString::number(lines)));
            const QTextBlock text = heading.next();
            const int headingPage = KeepWithNext::pageOfY(document, firstLineTop(document, heading));
            const double textBottom = firstLineTop(document, text) + text.layout()->lineAt(0).height();
            QCOMPARE(KeepWithNext::pageOfY(document, textBottom - 1), headingPage);
            moved += print.keptHeadings();
        }
        QVERIFY(moved > 0);
    }

    // An axis heading, its score badge and the first line of its text stay together.
    void headingKeptWithScoreBadgeAndText()
    {
        for (int lines = 30; lines < 80; lines += 3) {
            PrintedReview review = syntheticReview(lines);
            review.body.replace(QStringLiteral("## Kept Heading\n\n"),
                                QStringLiteral("## Kept Heading\n\n$$ \\Large \\text{0.7} $$\n\n"));
            PrintDocument print;
            print.addReview(review);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            print.layout(&writer);
            const QTextDocument *document = print.textDocument();
            const QTextBlock heading = headingBlock(document, QStringLiteral("Kept Heading"));
            QVERIFY(heading.isValid());
            QTextBlock text = heading.next();
            while (text.isValid() && !text.text().startsWith(QLatin1String("The first sentence")))
                text = text.next();
            QVERIFY(text.isValid());
            const int headingPage = KeepWithNext::pageOfY(document, firstLineTop(document, heading));
            const double textBottom = firstLineTop(document, text) + text.layout()->lineAt(0).height();
            QCOMPARE(KeepWithNext::pageOfY(document, textBottom - 1), headingPage);
        }
    }

    void bookletChaptersStartOnNewPages()
    {
        PrintDocument print;
        print.setBooklet(true);
        const QStringList files = {QStringLiteral("_products/en/sony/sony-ier-m9.md"),
                                   QStringLiteral("_products/ja/sony/sony-ier-m9.md"),
                                   QStringLiteral("_companies/en/sony.md")};
        for (const auto &file : files) {
            const PrintedReview review = corpusReview(file);
            QVERIFY2(!review.name.isEmpty(), qPrintable(file));
            print.addReview(review);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        print.layout(&writer);
        const auto &bookmarks = print.bookmarks();
        QCOMPARE(bookmarks.size(), files.size());
        // Cover (page 0), contents (1), then each review on a page of its own.
        QCOMPARE(bookmarks.at(0).page, 2);
        for (int i = 0; i < bookmarks.size(); ++i) {
            QCOMPARE(bookmarks.at(i).title, print.reviews().at(i).name);
            QVERIFY(bookmarks.at(i).top < 1);
            if (i > 0)
                QVERIFY(bookmarks.at(i).page > bookmarks.at(i - 1).page);
            // One bookmark per section ("## " heading) of the review.
            const QStringList lines = print.reviews().at(i).body.split(u'\n');
            const auto sections = std::count_if(lines.cbegin(), lines.cend(),
                                                [](const QString &line) { return line.startsWith(QLatin1String("## ")); });
            QVERIFY(sections >= 7);
            QCOMPARE(bookmarks.at(i).children.size(), sections);
        }
        QCOMPARE(print.title(), QStringLiteral("Reviews"));
    }

    // A body that happens to contain the text of a marker keeps it: charts and page
    // numbers go only where the booklet put them.
    void markerTextInABodyStaysText()
    {
        const auto charts = [](const QTextDocument *document) {
            int count = 0;
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it)
                    count += it.fragment().charFormat().objectType() == RadarTextObject::objectType ? 1 : 0;
            }
            return count;
        };
        const auto booklet = [](const QString &extra, int *chartCount, QString *text, const auto &count) {
            PrintDocument print;
            print.setBooklet(true);
            PrintedReview first = corpusReview(QStringLiteral("_products/en/sony/sony-ier-m9.md"));
            first.body += extra;
            print.addReview(first);
            print.addReview(corpusReview(QStringLiteral("_products/en/moondrop/moondrop-blessing-3.md")));
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            print.layout(&writer);
            *chartCount = count(print.textDocument());
            *text = print.textDocument()->toPlainText();
        };
        int plainCharts = 0;
        QString plainText;
        booklet(QString(), &plainCharts, &plainText, charts);
        QCOMPARE(plainCharts, 2);
        int charts2 = 0;
        QString text;
        const QString literal = QStringLiteral("Literal [[rubric-radar-1]] and [[rubric-page-1]] in the text.");
        booklet(u"\n\n"_s + literal + u'\n', &charts2, &text, charts);
        QCOMPARE(charts2, plainCharts);
        QVERIFY2(text.contains(literal), qPrintable(text.right(400)));
        QVERIFY(!text.contains(PrintHtml::radarMarker(0)));
    }

    // The radar chart is drawn, not pasted as a picture: the PDF holds no image.
    void radarChartIsVectors()
    {
        if (!Test::havePoppler())
            QSKIP("poppler-utils not installed");
        QTemporaryDir dir;
        PrintDocument print;
        print.addReview(corpusReview(QStringLiteral("_products/en/sony/sony-ier-m9.md")));
        QString error;
        const QString path = dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY2(PdfExport::write(print, path, &error), qPrintable(error));
        const Test::ToolResult images = Test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        QCOMPARE(images.exitCode, 0);
        QCOMPARE(images.out.split(u'\n', Qt::SkipEmptyParts).size(), 2); // the two header lines, no image
        // The axis labels are text around the chart.
        const QString text = Test::pdfText(path);
        QVERIFY(text.contains(QLatin1String("Design Rationality")));
    }

    // The review's tables are ruled; the layout tables of the header and the score
    // badges are not.
    void bodyTablesHaveBorders()
    {
        PrintedReview review = syntheticReview(2);
        review.axisLabels = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        review.axes = {1, 2, 3};
        review.total = 6;
        review.body += QStringLiteral("\n$$ \\Large \\text{0.7} $$\n\n| Metric | Value |\n|---|---|\n| THD | 0.1 %% |\n");
        PrintDocument print;
        print.addReview(review);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        print.layout(&writer);
        int ruled = 0;
        int plain = 0;
        for (QTextBlock block = print.textDocument()->begin(); block.isValid(); block = block.next()) {
            QTextCursor cursor(const_cast<QTextDocument *>(print.textDocument()));
            cursor.setPosition(block.position());
            const QTextTable *table = cursor.currentTable();
            if (!table || table->cellAt(block.position()).row() != 0 || table->cellAt(block.position()).column() != 0
                || table->cellAt(block.position()).firstPosition() != block.position())
                continue;
            if (block.text() == QLatin1String("Metric"))
                ruled += table->format().border() >= 1 ? 1 : 0;
            else
                plain += table->format().border() < 1 ? 1 : 0;
        }
        QCOMPARE(ruled, 1);
        QVERIFY(plain >= 2); // the header's layout and the badge
    }

    void pageSizeAndMargins_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("expected");
        QTest::newRow("A4") << QStringLiteral("A4") << QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("Letter") << QStringLiteral("letter") << QStringLiteral("612 x 792 pts (letter)");
    }

    void pageSizeAndMargins()
    {
        if (!Test::havePoppler())
            QSKIP("poppler-utils not installed");
        QFETCH(QString, size);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        PrintOptions options;
        options.pageSize = *PrintOptions::pageSizeNamed(size);
        PrintDocument print(options);
        print.addReview(corpusReview(QStringLiteral("_products/en/sony/sony-ier-m9.md")));
        QString error;
        const QString path = dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY2(PdfExport::write(print, path, &error), qPrintable(error));
        QCOMPARE(Test::pdfInfo(path, QStringLiteral("Page size")), expected);
        QCOMPARE(Test::pdfInfo(path, QStringLiteral("Pages")).toInt(), print.pageCount());
    }

    void unknownPageSize()
    {
        QVERIFY(!PrintOptions::pageSizeNamed(QStringLiteral("A5")));
        QVERIFY(PrintOptions::pageSizeNamed(QStringLiteral("LETTER")));
    }
};

QTEST_MAIN(TestPrintDocument)
#include "tst_printdocument.moc"
