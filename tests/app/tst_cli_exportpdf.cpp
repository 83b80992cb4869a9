#include "clirunner.h"
#include "print/pdftools.h"
#include "print/pdfupdate.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Rubric;
using namespace Rubric::Test;

// `rubric export-pdf`: the PDFs open, have the page size, metadata, text and bookmarks
// asked for, in English and in Japanese.
class TestCliExportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!havePoppler())
            QSKIP("poppler-utils not installed (scripts/setup.sh installs them)");
    }

    void oneReview_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<QString>("expectedSize");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("texts");
        const QStringList en = {QStringLiteral("Sony IER-M9"), QStringLiteral("Product Review"), QStringLiteral("3.2 / 5.0"),
                                QStringLiteral("Scientific Validity 0.7"), QStringLiteral("Reference price: 1,093 USD"),
                                QStringLiteral("The Sony IER-M9 is a professional in-ear monitor released in 2018"),
                                QStringLiteral("Rationality of Design Philosophy"), QStringLiteral("(2025.8.7)")};
        QTest::newRow("English on A4") << ierM9() << QStringLiteral("A4") << QStringLiteral("595 x 842 pts (A4)")
                                       << QStringLiteral("Sony IER-M9 Product Review") << QStringLiteral("en") << en;
        QTest::newRow("English on Letter") << ierM9() << QStringLiteral("Letter") << QStringLiteral("612 x 792 pts (letter)")
                                           << QStringLiteral("Sony IER-M9 Product Review") << QStringLiteral("en") << en;
        QTest::newRow("Japanese on A4")
            << ierM9Ja() << QStringLiteral("A4") << QStringLiteral("595 x 842 pts (A4)") << s("Sony IER-M9 製品レビュー")
            << QStringLiteral("ja")
            << list({"製品レビュー", "総合評価", "3.2 / 5.0", "参考価格: 163,900 JPY", "科学的有効性",
                     "スマートフォンからプロ機材まで幅広い再生環境に対応します", "アドバイス", "(2025.8.7)",
                     // 力 and ・ share their glyphs with ⼒ and ‧, which Qt's own map names
                     "という広帯域再生能力と20Ωの低インピーダンス設計により",
                     "5基のバランスド・アーマチュア・ドライバを搭載", "長年にわたる",
                     // digits next to Latin letters in Japanese text stay searchable
                     "Sony IER-M9は、2018年に", "5Hz-40kHzという"});
    }

    void oneReview()
    {
        QFETCH(QString, file);
        QFETCH(QString, pageSize);
        QFETCH(QString, expectedSize);
        QFETCH(QString, title);
        QFETCH(QString, lang);
        QFETCH(QStringList, texts);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
        const CliResult result = runRubric({QStringLiteral("export-pdf"), corpusDir() + u'/' + file, QStringLiteral("-o"), pdf,
                                            QStringLiteral("--page-size"), pageSize});
        QCOMPARE(result.exitCode, 0);
        const ToolResult info = runTool(QStringLiteral("pdfinfo"), {pdf});
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(info.err, QString());
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Page size")), expectedSize);
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Title")), title);
        QVERIFY(pdfInfo(pdf, QStringLiteral("Pages")).toInt() >= 2);
        const QByteArray bytes = readFile(pdf);
        const QByteArray langEntry = "/Lang " + PdfUpdate::textString(lang);
        QVERIFY(bytes.contains(langEntry));
        const QString text = withoutSpaces(pdfText(pdf));
        for (const QString &expected : texts)
            QVERIFY2(text.contains(withoutSpaces(expected)), qPrintable(expected));
        // No character extracted as a look-alike (a Kangxi radical, a hyphenation point).
        for (const QChar c : text)
            QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) && c.unicode() != 0x2027,
                     qPrintable(QString::number(c.unicode(), 16)));
        // One bookmark for the review, its sections under it.
        const QList<OutlineItem> outline = pdfOutline(pdf);
        QCOMPARE(topLevelCount(outline), 1);
        QCOMPARE(outline.size(), 8);
    }

    // Japanese text in a Japanese face, embedded: no glyph left to a fallback box.
    void japaneseFontsEmbedded()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("ja.pdf"));
        QCOMPARE(runRubric({QStringLiteral("export-pdf"), corpusDir() + u'/' + ierM9Ja(), QStringLiteral("-o"), pdf}).exitCode, 0);
        const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf}).out;
        QVERIFY2(fonts.contains(QLatin1String("NotoSansCJKjp")), qPrintable(fonts));
        for (const QString &line : fonts.split(u'\n').mid(2, -1)) {
            if (line.trimmed().isEmpty())
                continue;
            const QStringList columns = line.simplified().split(u' ');
            // name type... emb sub uni id gen: every font embedded, with a Unicode map.
            QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
            QCOMPARE(columns.at(columns.size() - 3), QStringLiteral("yes"));
        }
    }

    void bookletHasOneBookmarkPerReview()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("booklet.pdf"));
        const QStringList files = {ierM9(), ierM9Ja(), QStringLiteral("_companies/en/sony.md"),
                                   QStringLiteral("_companies/ja/sony.md")};
        QStringList arguments = {QStringLiteral("export-pdf"), QStringLiteral("--booklet"), QStringLiteral("-o"), pdf,
                                 QStringLiteral("--title"), QStringLiteral("Sony")};
        for (const auto &file : files)
            arguments.append(corpusDir() + u'/' + file);
        const CliResult result = runRubric(arguments);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Title")), QStringLiteral("Sony"));
        const QList<OutlineItem> outline = pdfOutline(pdf);
        QCOMPARE(topLevelCount(outline), files.size());
        QList<int> pages;
        for (const auto &item : outline) {
            if (item.depth == 0)
                pages.append(item.page);
        }
        QCOMPARE(pages.constFirst(), 3); // after the cover and the contents
        for (int i = 1; i < pages.size(); ++i)
            QVERIFY(pages.at(i) > pages.at(i - 1));
        // The contents list every review with the page its bookmark opens.
        const QString contents = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                                                      QStringLiteral("2"), pdf, QStringLiteral("-")})
                                     .out;
        for (const int page : std::as_const(pages))
            QVERIFY2(contents.split(u'\n').contains(QString::number(page)), qPrintable(contents));
    }

    void batchIntoFolder()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const CliResult result = runRubric({QStringLiteral("export-pdf"), corpusDir() + u'/' + ierM9(),
                                            corpusDir() + u'/' + ierM9Ja(), corpusDir() + QLatin1String("/_companies/en/sony.md"),
                                            QStringLiteral("--dir"), out});
        QCOMPARE(result.exitCode, 0);
        // Same file name in two languages: the language tells them apart.
        const QStringList names = QDir(out).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names, QStringList({QStringLiteral("sony-ier-m9.en.pdf"), QStringLiteral("sony-ier-m9.ja.pdf"),
                                     QStringLiteral("sony.en.pdf")}));
        QCOMPARE(pdfInfo(QDir(out).filePath(QStringLiteral("sony.en.pdf")), QStringLiteral("Title")),
                 QStringLiteral("Sony Company Review"));
        QVERIFY(result.err.contains(QLatin1String("3 of 3")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString en = corpusDir() + u'/' + ierM9();
        const QString ja = corpusDir() + u'/' + ierM9Ja();
        QTest::newRow("no output") << QStringList{en} << QStringLiteral("usage");
        QTest::newRow("both outputs") << QStringList{en, QStringLiteral("-o"), QStringLiteral("x.pdf"), QStringLiteral("--dir"),
                                                     QStringLiteral("d")}
                                      << QStringLiteral("usage");
        QTest::newRow("two reviews into one file") << QStringList{en, ja, QStringLiteral("-o"), QStringLiteral("x.pdf")}
                                                   << QStringLiteral("--booklet");
        QTest::newRow("unknown page size") << QStringList{en, QStringLiteral("-o"), QStringLiteral("x.pdf"),
                                                          QStringLiteral("--page-size"), QStringLiteral("A5")}
                                           << QStringLiteral("A5");
        QTest::newRow("missing file") << QStringList{corpusDir() + QLatin1String("/nothing.md"), QStringLiteral("-o"),
                                                     QStringLiteral("x.pdf")}
                                      << QStringLiteral("nothing.md");
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QDir::setCurrent(dir.path());
        const CliResult result = runRubric(QStringList{QStringLiteral("export-pdf")} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    }

    void neverOverwritesAReview_data()
    {
        QTest::addColumn<QString>("review");   // the review's file name, in a fresh folder
        QTest::addColumn<QStringList>("output"); // "-o NAME" or "--dir ."
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("written");  // the PDF expected, if any
        QTest::newRow("-o names the review itself") << QStringLiteral("x.md") << QStringList{QStringLiteral("-o"), QStringLiteral("x.md")}
                                                     << 0 << QStringLiteral("x.md.pdf");
        QTest::newRow("-o names the review through another path")
            << QStringLiteral("x.md") << QStringList{QStringLiteral("-o"), QStringLiteral("./sub/../x.md")} << 0
            << QStringLiteral("x.md.pdf");
        QTest::newRow("-o names a review whose name ends in .pdf")
            << QStringLiteral("x.pdf") << QStringList{QStringLiteral("-o"), QStringLiteral("x.pdf")} << 2 << QString();
        QTest::newRow("--dir would write a review's own name")
            << QStringLiteral("x.pdf") << QStringList{QStringLiteral("--dir"), QStringLiteral(".")} << 2 << QString();
    }

    void neverOverwritesAReview()
    {
        QFETCH(QString, review);
        QFETCH(QStringList, output);
        QFETCH(int, exitCode);
        QFETCH(QString, written);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
        QDir::setCurrent(dir.path());
        // No lang: the --dir output name is the review's own base name + ".pdf".
        const QByteArray bytes = "---\ntitle: A Review\n---\n## Overview\n\nText.\n";
        QFile file(dir.filePath(review));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const CliResult result = runRubric(QStringList{QStringLiteral("export-pdf"), review} + output);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes); // the review is untouched
        if (written.isEmpty())
            QVERIFY2(result.err.contains(review), qPrintable(result.err));
        else
            QVERIFY2(pdfInfo(dir.filePath(written), QStringLiteral("Title")).contains(QLatin1String("A Review")),
                     qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCliExportPdf)
#include "tst_cli_exportpdf.moc"
