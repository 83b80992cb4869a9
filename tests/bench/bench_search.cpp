// Search benchmark (issue 18): the first build of a site's search index (wall and CPU time,
// size on disk), reopening it up to date, and warm query latency in process (p50/p95).
//   bench_search [SITE_DIR] [ROUNDS] [QUERY...]
// Prints figures; asserts nothing. tests/bench/run-search.sh adds whole processes and grep.
#include "search/sitesearch.h"
#include "site/siteindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Rubric;

namespace {

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString site = args.size() > 1 ? args[1] : QStringLiteral(RUBRIC_CORPUS_DIR);
    const int rounds = args.size() > 2 ? args[2].toInt() : 30;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString indexPath = dir.filePath(QStringLiteral("search.sqlite"));

    {
        // The site's records first (the app has them already when the search index is
        // built: the Site's index), then the search index alone.
        SiteIndex records(site);
        records.setCacheEnabled(false);
        QElapsedTimer wall;
        double cpu = cpuSeconds();
        wall.start();
        records.indexNow();
        out << QStringLiteral("site records (SiteIndex, no cache): %1 s wall, %2 s CPU\n")
                   .arg(wall.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(cpuSeconds() - cpu, 0, 'f', 2);
        QHash<QString, SearchIndex::Stamp> stamps;
        for (const auto &record : records.records())
            stamps.insert(record.path, {record.size, record.modified});
        cpu = cpuSeconds();
        wall.restart();
        SearchIndex index(indexPath, site);
        const bool opened = index.open();
        const auto synced = index.sync(stamps);
        out << QStringLiteral("first search index build: %1 s wall, %2 s CPU, %3 files, ok=%4\n")
                   .arg(wall.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(cpuSeconds() - cpu, 0, 'f', 2)
                   .arg(synced.updated)
                   .arg(opened && synced.ok);
        out << QStringLiteral("index on disk: %1 MB\n").arg(QFileInfo(indexPath).size() / 1e6, 0, 'f', 1);
        // What the open Site adds when its index is up to date (SearchService's sync, on the
        // index's thread; the records are the Site's already).
        for (int round = 0; round < 3; ++round) {
            cpu = cpuSeconds();
            wall.restart();
            SearchIndex again(indexPath, site);
            const bool reopened = again.open();
            const auto resynced = again.sync(stamps);
            out << QStringLiteral("site open, index up to date: %1 ms wall, %2 ms CPU (updated %3, ok=%4)\n")
                       .arg(wall.elapsed())
                       .arg((cpuSeconds() - cpu) * 1000, 0, 'f', 0)
                       .arg(resynced.updated)
                       .arg(reopened && resynced.ok);
        }
        out.flush();
    }
    QElapsedTimer wall;
    wall.start();
    SiteSearch search(site, indexPath);
    const auto reopened = search.open();
    out << QStringLiteral("reopen up to date: %1 ms (updated %2, removed %3)\n")
               .arg(wall.elapsed())
               .arg(reopened.updated)
               .arg(reopened.removed);

    // A third argument: only that query (for a profiler).
    const QStringList queries = args.size() > 3 ? args.mid(3) : QStringList{
        QStringLiteral("moondrop"),
        QStringLiteral("バランスド"),
        QStringLiteral("\"balanced armature\""),
        QStringLiteral("sony -balanced"),
        QStringLiteral("ＩＥＭ"),
        QStringLiteral("円"),
        QStringLiteral("moondrop OR sennheiser"),
        QStringLiteral("tag:Sony lang:en"),
        QStringLiteral("total>=3.5 moondrop"),
        QStringLiteral("section:cost_performance usd"),
    };
    out << QStringLiteral("warm queries, --limit 100, %1 rounds (ms):\n").arg(rounds);
    for (const QString &query : queries) {
        QList<double> times;
        QList<double> cpu;
        int hits = 0;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            const double c = cpuSeconds();
            t.start();
            hits = int(search.search(query, 100).size());
            times.append(t.nsecsElapsed() / 1e6);
            cpu.append((cpuSeconds() - c) * 1000);
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        out << QStringLiteral("  %1  p50 %2  p95 %3  (CPU p50 %5)  hits %4\n")
                   .arg(query, -32)
                   .arg(times[times.size() / 2], 6, 'f', 1)
                   .arg(times[std::min<qsizetype>(times.size() - 1, qsizetype(times.size() * 0.95))], 6, 'f', 1)
                   .arg(hits)
                   .arg(cpu[cpu.size() / 2], 6, 'f', 1);
        out.flush();
    }
    return 0;
}
