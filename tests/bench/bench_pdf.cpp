// PDF export: one review (English and Japanese) exported in memory, best and median of
// several rounds; then a batch of reviews exported to files on every core. Also writes
// the preview's HTML of the same reviews, for run-pdf.sh to print with headless Chromium.
//
//   bench_pdf [--rounds N] [--batch N] [--html-dir DIR] [CORPUS_DIR]

#include "document/reviewdocument.h"
#include "print/pdfexport.h"
#include "print/printdocument.h"
#include "render/markdownrenderer.h"
#include "render/reviewhtml.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>

namespace Rubric::Bench {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QStringList reviewFiles(const QString &corpus)
{
    QStringList files;
    for (const auto &folder : {QStringLiteral("_products"), QStringLiteral("_companies")}) {
        QDirIterator it(corpus + u'/' + folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

// Load, lay out and write one review's PDF into memory; its size in bytes.
qsizetype exportOne(const QString &path)
{
    ReviewDocument document(Schema::forFile(path));
    if (!document.load(path))
        return 0;
    PrintDocument print;
    print.addReview(PrintedReview::from(document));
    QString error;
    return PdfExport::render(print, &error).size();
}

void oneReview(const QString &label, const QString &path, int rounds)
{
    QList<double> times;
    qsizetype bytes = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        bytes = exportOne(path);
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    out() << QStringLiteral("one review %1: best %2 ms, median %3 ms (%4 rounds, %5 KiB)\n")
                 .arg(label)
                 .arg(times.constFirst(), 0, 'f', 1)
                 .arg(times.at(times.size() / 2), 0, 'f', 1)
                 .arg(rounds)
                 .arg(bytes / 1024);
    out().flush();
}

void batch(const QStringList &files)
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    std::atomic<int> failures = 0;
    QtConcurrent::blockingMap(files, [&](const QString &path) {
        ReviewDocument document(Schema::forFile(path));
        QString error;
        PrintDocument print;
        if (document.load(path)) {
            print.addReview(PrintedReview::from(document));
            const QString name = QFileInfo(path).completeBaseName() + u'.' + document.lang() + QLatin1String(".pdf");
            if (PdfExport::write(print, dir.filePath(name), &error))
                return;
        }
        ++failures;
    });
    const double seconds = timer.nsecsElapsed() / 1e9;
    out() << QStringLiteral("batch of %1 reviews on %2 threads: %3 s, %4 ms per review, %5 failed\n")
                 .arg(files.size())
                 .arg(QThreadPool::globalInstance()->maxThreadCount())
                 .arg(seconds, 0, 'f', 2)
                 .arg(seconds * 1000 / files.size(), 0, 'f', 1)
                 .arg(failures.load());
    out().flush();
}

void writeHtml(const QString &path, const QString &target)
{
    ReviewDocument document(Schema::forFile(path));
    document.load(path);
    const MarkdownRenderer renderer;
    QFile file(target);
    if (file.open(QIODevice::WriteOnly))
        file.write(ReviewHtml::page(document, renderer).replace(QLatin1String("<head>"),
                                                                QLatin1String("<head><meta charset=\"utf-8\">")).toUtf8());
}

} // namespace

} // namespace Rubric::Bench

int main(int argc, char *argv[])
{
    using namespace Rubric::Bench;
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds per single review."), QStringLiteral("N"),
                                    QStringLiteral("15"));
    const QCommandLineOption batchSize(QStringLiteral("batch"), QStringLiteral("Reviews in the batch (0: all)."),
                                       QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption htmlDir(QStringLiteral("html-dir"), QStringLiteral("Write en.html and ja.html here."),
                                     QStringLiteral("DIR"));
    parser.addOptions({rounds, batchSize, htmlDir});
    parser.process(app);
    const QString corpus = parser.positionalArguments().value(0, QStringLiteral(RUBRIC_CORPUS_DIR));
    const QString en = corpus + QLatin1String("/_products/en/sony/sony-ier-m9.md");
    const QString ja = corpus + QLatin1String("/_products/ja/sony/sony-ier-m9.md");
    if (parser.isSet(htmlDir)) {
        writeHtml(en, QDir(parser.value(htmlDir)).filePath(QStringLiteral("en.html")));
        writeHtml(ja, QDir(parser.value(htmlDir)).filePath(QStringLiteral("ja.html")));
    }
    exportOne(en); // fonts found and cached once, as in a running app
    exportOne(ja);
    oneReview(QStringLiteral("en"), en, parser.value(rounds).toInt());
    oneReview(QStringLiteral("ja"), ja, parser.value(rounds).toInt());
    QStringList files = reviewFiles(corpus);
    const int size = parser.value(batchSize).toInt();
    if (size > 0 && size < files.size()) {
        // Every n-th file: both languages, products and companies, not one company.
        QStringList sample;
        const double step = double(files.size()) / size;
        for (int i = 0; i < size; ++i)
            sample.append(files.at(int(i * step)));
        files = sample;
    }
    batch(files);
    return 0;
}
