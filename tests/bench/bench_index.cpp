// How long indexing a whole site takes against merely reading its files' bytes: cold
// (no cache: every file read and scanned) and warm (from the cache: files only listed and
// stat'ed), each the best of several rounds; the peak memory with the whole library
// loaded; and the longest the event loop waits while start() indexes in its worker.
// Figures are printed, never asserted.
//
//   bench_index [ROUNDS] [SITE_DIR]

#include "site/recordreader.h"
#include "site/siteindex.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace Rubric::Bench {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QStringList reviewFiles(const QString &site, const Schema &schema)
{
    QStringList files;
    for (const auto &layout : schema.layouts()) {
        QDirIterator it(site + u'/' + layout.folder, {QStringLiteral("*.md")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    return files;
}

// Best (smallest) of `rounds` runs of `work`, in milliseconds.
double bestOf(int rounds, const std::function<void()> &work)
{
    double best = -1;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double ms = timer.nsecsElapsed() / 1e6;
        if (best < 0 || ms < best)
            best = ms;
    }
    return best;
}

qint64 statusKilobytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Stall
{
    double longestGap = 0; // ms between two 5 ms timer ticks
    double total = 0;      // ms from start() to finished()
    int batches = 0;
    qsizetype records = 0;
};

// Runs start() under a 5 ms timer and reports the longest gap between its ticks.
Stall measureStall(const QString &site, const QString &cacheFile)
{
    Stall stall;
    SiteIndex index(site);
    if (cacheFile.isEmpty())
        index.setCacheEnabled(false);
    else
        index.setCacheFile(cacheFile);
    QEventLoop loop;
    QTimer ticker;
    ticker.setInterval(5);
    ticker.setTimerType(Qt::PreciseTimer);
    QElapsedTimer sinceTick, total;
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        stall.longestGap = std::max(stall.longestGap, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    QObject::connect(&index, &SiteIndex::recordsAdded, &loop, [&stall] { ++stall.batches; });
    QObject::connect(&index, &SiteIndex::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &loop, [&] {
        total.start();
        sinceTick.start();
        ticker.start();
        index.start();
    });
    loop.exec();
    stall.total = total.nsecsElapsed() / 1e6;
    stall.records = index.records().size();
    return stall;
}

QString ratio(double value, double base)
{
    return QString::number(value / base, 'f', 2) + u'x';
}

} // namespace

int run(int rounds, const QString &site)
{
    const Schema schema = Schema::forSite(site);
    const QStringList files = reviewFiles(site, schema);
    out() << "site: " << site << " (" << files.size() << " review files), best of " << rounds << " rounds\n";

    qint64 bytes = 0;
    const double read = bestOf(rounds, [&files, &bytes] {
        bytes = 0;
        for (const auto &path : files) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll().size();
        }
    });
    out() << "read bytes:   " << QString::number(read, 'f', 1) << " ms (" << bytes / 1024 << " KiB)\n";

    qsizetype count = 0;
    const qint64 fallbacksBefore = RecordReader::fallbackCount();
    const double cold = bestOf(rounds, [&site, &count] {
        SiteIndex index(site);
        index.setCacheEnabled(false);
        index.indexNow();
        count = index.records().size();
    });
    out() << "cold index:   " << QString::number(cold, 'f', 1) << " ms = " << ratio(cold, read)
          << " read time (target <= 3x), " << count << " records, "
          << (RecordReader::fallbackCount() - fallbacksBefore) / rounds << " via yaml-cpp per round\n";

    QTemporaryDir cacheDir;
    const QString cacheFile = cacheDir.filePath(QStringLiteral("index.cache"));
    {
        SiteIndex index(site);
        index.setCacheFile(cacheFile);
        index.indexNow();
    }
    const qint64 readsBefore = RecordReader::fileReadCount();
    const double warm = bestOf(rounds, [&site, &cacheFile, &count] {
        SiteIndex index(site);
        index.setCacheFile(cacheFile);
        index.indexNow();
        count = index.records().size();
    });
    out() << "warm index:   " << QString::number(warm, 'f', 1) << " ms = " << ratio(warm, read)
          << " read time (target <= 1.5x), " << count << " records, "
          << RecordReader::fileReadCount() - readsBefore << " files read\n";

    // Memory: the whole library held, as the library window holds it.
    {
        SiteIndex index(site);
        index.setCacheEnabled(false);
        index.indexNow();
        out() << "memory:       peak " << statusKilobytes("VmHWM:") / 1024 << " MB (target <= 150), now "
              << statusKilobytes("VmRSS:") / 1024 << " MB with " << index.records().size() << " records\n";
    }

    const Stall coldStall = measureStall(site, {});
    const Stall warmStall = measureStall(site, cacheFile);
    for (const auto &[name, stall] : {std::pair{"cold", coldStall}, std::pair{"warm", warmStall}}) {
        out() << "start() " << name << ": longest event-loop gap " << QString::number(stall.longestGap, 'f', 1)
              << " ms (target <= 50, timer every 5 ms), " << stall.batches << " batches, " << stall.records
              << " records in " << QString::number(stall.total, 'f', 1) << " ms\n";
    }
    out().flush();
    return 0;
}

} // namespace Rubric::Bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rounds = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 5;
    const QString site = args.size() > 2 ? args.at(2) : QStringLiteral(RUBRIC_CORPUS_DIR);
    return Rubric::Bench::run(rounds, site);
}
