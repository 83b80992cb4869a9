// Validation speed: the whole corpus as `rubric validate DIR` checks it (every file in
// parallel, then the rules across files on the site index), and the live check of the
// largest file after each edit. Prints figures; asserts nothing.
#include "document/reviewdocument.h"
#include "site/recordreader.h"
#include "validate/sitechecks.h"
#include "validate/validator.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThreadPool>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

#include <algorithm>
#include <cstdio>

using namespace Rubric;

namespace {

struct Item
{
    QString path;
    QString sitePath;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * p)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString root = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(RUBRIC_CORPUS_DIR);
    const Schema schema = Schema::forSite(root);
    QList<Item> items;
    QString largest;
    qint64 largestSize = 0;
    for (const auto &layout : schema.layouts()) {
        QDirIterator it(root + u'/' + layout.folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            items.append({path, QDir(root).relativeFilePath(path)});
            if (QFileInfo(path).size() > largestSize) {
                largestSize = QFileInfo(path).size();
                largest = path;
            }
        }
    }
    std::printf("site: %s, %lld reviews, %d threads\n", qPrintable(root), static_cast<long long>(items.size()),
                QThreadPool::globalInstance()->maxThreadCount());

    // As `rubric validate DIR` does it: each file read once, checked, and its record kept
    // for the rules across files.
    double bestFiles = 1e9, bestSite = 1e9;
    qsizetype problems = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto results = QtConcurrent::blockingMapped(items, [&schema](const Item &item) {
            QFile file(item.path);
            file.open(QIODevice::ReadOnly);
            ReviewDocument document(schema);
            document.loadBytes(file.readAll(), item.path);
            const Problems found = Validator::validate({schema, document.text(), document.frontMatter(), document.outline(),
                                                        item.sitePath, QDate::currentDate()});
            return qMakePair(found.size(), RecordReader::fromFrontMatter(document.frontMatter(), item.sitePath, schema));
        });
        bestFiles = std::min(bestFiles, timer.nsecsElapsed() / 1e6);
        timer.restart();
        ReviewRecords records;
        qsizetype found = 0;
        for (const auto &[count, record] : results) {
            found += count;
            records.append(record);
        }
        const auto across = SiteChecks::check(records, schema);
        bestSite = std::min(bestSite, timer.nsecsElapsed() / 1e6);
        problems = found + across.size();
    }
    std::printf("whole site, every file checked:      %8.1f ms (best of 5)\n", bestFiles);
    std::printf("whole site, rules across files:      %8.1f ms\n", bestSite);
    std::printf("whole site, total:                   %8.1f ms = %.0fx faster than the site's checker (8.8 s); %lld findings\n",
                bestFiles + bestSite, 8800.0 / (bestFiles + bestSite), static_cast<long long>(problems));

    ReviewDocument document(schema);
    document.load(largest);
    const qsizetype end = document.text().size();
    QList<double> live;
    for (int i = 0; i < 300; ++i) {
        document.editText({{end, 0, QStringLiteral("x")}}, QStringLiteral("typing"));
        QElapsedTimer timer;
        timer.start();
        const Problems found = Validator::validate(document);
        live.append(timer.nsecsElapsed() / 1e6);
        document.undoStack()->undo();
        Q_UNUSED(found);
    }
    std::printf("live check of %s (%lld bytes) after an edit: median %.3f ms, p95 %.3f ms\n",
                qPrintable(QFileInfo(largest).fileName()), static_cast<long long>(largestSize), percentile(live, 0.5),
                percentile(live, 0.95));
    return 0;
}
