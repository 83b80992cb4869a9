// How long ReviewDocument::load takes per corpus file, against merely reading the same
// bytes. Both passes run several rounds on a warm cache and the best round is reported,
// so one-off stalls (another process, a page fault storm) do not skew the figures.
//
//   bench_load [ROUNDS] [CORPUS_DIR]

#include "document/reviewdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <numeric>

namespace Rubric::Bench {

namespace {

struct Round
{
    QList<qint64> nanoseconds; // per file, in corpus order
    qint64 total = 0;
    qint64 checksum = 0; // consumed, so no pass can be optimised away
    int failures = 0;
};

struct Summary
{
    double mean = 0;
    double median = 0;
    double p95 = 0;
    double total = 0;
};

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

// One timed round: `work` handles one file and returns something derived from it.
Round runRound(const QStringList &files, const std::function<qint64(const QString &)> &work)
{
    Round round;
    round.nanoseconds.reserve(files.size());
    QElapsedTimer timer;
    for (const auto &file : files) {
        timer.start();
        const qint64 result = work(file);
        const qint64 elapsed = timer.nsecsElapsed();
        round.nanoseconds.append(elapsed);
        round.total += elapsed;
        if (result < 0)
            ++round.failures;
        else
            round.checksum += result;
    }
    return round;
}

Round bestOf(int rounds, const QStringList &files, const std::function<qint64(const QString &)> &work)
{
    Round best;
    for (int i = 0; i < rounds; ++i) {
        Round round = runRound(files, work);
        if (i == 0 || round.total < best.total)
            best = std::move(round);
    }
    return best;
}

Summary summarise(const Round &round)
{
    QList<qint64> sorted = round.nanoseconds;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&sorted](double fraction) {
        return double(sorted.at(std::min(sorted.size() - 1, qsizetype(fraction * double(sorted.size())))));
    };
    const double count = double(sorted.size());
    return {double(round.total) / count / 1000.0, at(0.5) / 1000.0, at(0.95) / 1000.0, double(round.total) / 1e6};
}

qint64 readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().size();
}

qint64 loadDocument(const QString &path)
{
    ReviewDocument document;
    if (!document.load(path))
        return -1;
    return document.text().size() + document.frontMatter().keys().size();
}

} // namespace

int run(int rounds, const QString &corpus)
{
    QTextStream out(stdout);
    const QStringList files = reviewFiles(corpus);
    if (files.isEmpty()) {
        QTextStream(stderr) << "no review files under " << corpus << Qt::endl;
        return 2;
    }
    // Warm the page cache and the library's one-time setup (schema, yaml-cpp, codecs).
    runRound(files, readBytes);
    runRound(files.first(std::min<qsizetype>(files.size(), 100)), loadDocument);

    const Round read = bestOf(rounds, files, readBytes);
    const Round load = bestOf(rounds, files, loadDocument);
    const Summary r = summarise(read);
    const Summary l = summarise(load);

    out << "corpus: " << corpus << ", " << files.size() << " files, "
        << QString::number(double(read.checksum) / (1024.0 * 1024.0), 'f', 1) << " MiB; best of " << rounds
        << " rounds, warm cache\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("per file"), -24)
               .arg(QStringLiteral("mean"), 10)
               .arg(QStringLiteral("median"), 10)
               .arg(QStringLiteral("p95"), 10)
               .arg(QStringLiteral("all files"), 12);
    const auto row = [&out](const QString &name, const Summary &s) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(name, -24)
                   .arg(QString::number(s.mean, 'f', 1) + QStringLiteral(" us"), 10)
                   .arg(QString::number(s.median, 'f', 1) + QStringLiteral(" us"), 10)
                   .arg(QString::number(s.p95, 'f', 1) + QStringLiteral(" us"), 10)
                   .arg(QString::number(s.total, 'f', 1) + QStringLiteral(" ms"), 12);
    };
    row(QStringLiteral("read bytes"), r);
    row(QStringLiteral("ReviewDocument::load"), l);
    out << "\nload / read: " << QString::number(l.mean / r.mean, 'f', 1) << "x (mean), "
        << QString::number(l.median / r.median, 'f', 1) << "x (median), " << QString::number(l.p95 / r.p95, 'f', 1)
        << "x (p95)\n";
    // The outliers behind a mean well above the median.
    QList<qsizetype> order(files.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&load](qsizetype a, qsizetype b) { return load.nanoseconds.at(a) > load.nanoseconds.at(b); });
    out << "slowest loads:\n";
    for (qsizetype i = 0; i < std::min<qsizetype>(3, order.size()); ++i) {
        const qsizetype index = order.at(i);
        out << "  " << QString::number(double(load.nanoseconds.at(index)) / 1000.0, 'f', 1) << " us  "
            << QDir(corpus).relativeFilePath(files.at(index)) << " (" << QFile(files.at(index)).size() << " bytes)\n";
    }
    if (load.failures > 0 || read.failures > 0)
        out << "failures: " << read.failures << " read, " << load.failures << " load\n";
    return load.failures > 0 || read.failures > 0 ? 1 : 0;
}

} // namespace Rubric::Bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    bool ok = true;
    const int rounds = arguments.size() > 1 ? arguments.at(1).toInt(&ok) : 5;
    if (!ok || rounds < 1) {
        QTextStream(stderr) << "usage: bench_load [ROUNDS] [CORPUS_DIR]" << Qt::endl;
        return 2;
    }
    const QString corpus = arguments.size() > 2 ? arguments.at(2) : QStringLiteral(RUBRIC_CORPUS_DIR);
    return Rubric::Bench::run(rounds, QDir(corpus).absolutePath());
}
