// The product SearchIndex (lib/search) on the corpus: first build, disk size, warm query p95 in process.
#include "search/searchindex.h"
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <vector>
using namespace Rubric;
int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QString root = qEnvironmentVariable("CORPUS", QStringLiteral("/work/shared/corpus")), db = qEnvironmentVariable("OUT", QStringLiteral("/tmp")) + QStringLiteral("/idx.sqlite");
    QFile::remove(db);
    QStringList paths; QDirIterator it(root, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) paths << QDir(root).relativeFilePath(it.next());
    QElapsedTimer t; t.start();
    SearchIndex index(db, root); index.open(); index.rebuild(paths);
    printf("build %.2f s, %.1f MB\n", t.elapsed() / 1000.0, QFileInfo(db).size() / 1e6);
    for (const char *q : {"moondrop", "バランスド", "\"balanced armature\"", "sony -balanced", "ＩＥＭ", "円"}) {
        std::vector<double> ts; qsizetype n = 0;
        for (int i = 0; i < 20; ++i) { QElapsedTimer qt; qt.start(); n = index.search(QString::fromUtf8(q), 50).size(); ts.push_back(qt.nsecsElapsed() / 1e6); }
        std::sort(ts.begin(), ts.end()); printf("%-22s hits %lld p95 %.1f ms\n", q, (long long)n, ts[18]);
    }
}
