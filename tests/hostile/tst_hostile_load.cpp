// Hostile files through the library's read paths: the editor's document load, the bulk
// validation of a file, and the site index (a hostile file in a site folder, and a site
// folder with symbolic-link loops). Each must end in bounded time with a clear problem.

#include "hostilefiles.h"

#include "document/reviewdocument.h"
#include "site/siteindex.h"
#include "validate/validator.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace Rubric;
using namespace Rubric::Test;

namespace {

bool hasProblem(const Problems &problems, const QString &code, int line)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const Problem &problem) {
        return problem.code == code && (line == 0 || problem.line == line) && !problem.message.isEmpty();
    });
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const auto &problem : problems.mid(0, 5))
        lines.append(QStringLiteral("%1:%2 %3").arg(problem.code).arg(problem.line).arg(problem.message.left(120)));
    return lines.join(u'\n');
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class TestHostileLoad final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void document_data() { addHostileRows(); }
    void document()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const HostileFile file = makeHostile(kind, dir.path());
        QVERIFY(!file.path.isEmpty());
        QElapsedTimer timer;
        timer.start();
        ReviewDocument document;
        QCOMPARE(document.load(file.path), file.readable);
        const Problems problems = document.problems() + (file.readable ? Validator::validate(document) : Problems());
        qInfo("%s: %lld ms, peak RSS so far %ld MB", qPrintable(kind), timer.elapsed(), peakRssMb());
        QVERIFY2(timer.elapsed() < hostileTimeBoundMs, "not in bounded time");
        if (!file.readable)
            QVERIFY(!document.readProblems().isEmpty());
        if (!file.code.isEmpty())
            QVERIFY2(hasProblem(problems, file.code, file.line), qPrintable(describe(problems)));
    }

    void validateFile_data() { addHostileRows(); }
    void validateFile()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const HostileFile file = makeHostile(kind, dir.path());
        QVERIFY(!file.path.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const Problems problems = Validator::validateFile(file.path, Schema::builtin(), {});
        QVERIFY2(timer.elapsed() < hostileTimeBoundMs, "not in bounded time");
        // A refused file says so: a load.* problem, never a silent success.
        if (!file.readable)
            QVERIFY2(std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.code.startsWith(u"load."); }),
                     qPrintable(describe(problems)));
        if (!file.code.isEmpty())
            QVERIFY2(hasProblem(problems, file.code, file.line), qPrintable(describe(problems)));
    }

    // The library: a hostile file among good ones is a record that says why it is not
    // readable (or a readable record), and the others are indexed.
    void siteIndex_data() { addHostileRows(); }
    void siteIndex()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/_products/en/sony");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/sony-ier-m9.md"), hostileBase()));
        const HostileFile file = makeHostile(kind, folder);
        QVERIFY(!file.path.isEmpty());
        SiteIndex index(dir.path());
        index.setCacheEnabled(false);
        index.indexNow();
        QVERIFY(index.indexOf(QStringLiteral("_products/en/sony/sony-ier-m9.md")) >= 0);
        const int row = index.indexOf(QDir(dir.path()).relativeFilePath(file.path));
        if (kind == QLatin1String("device")) {
            QCOMPARE(row, -1); // not a regular file: not a review
            return;
        }
        QVERIFY(row >= 0);
        const ReviewRecord &record = index.records().at(row);
        if (!file.readable) {
            QVERIFY(!record.readable);
            QVERIFY(!record.error.isEmpty());
        }
    }

    // Links that lead back into the site or round in a circle outside it.
    void symlinkLoops()
    {
        QTemporaryDir dir;
        const QString site = dir.path() + QStringLiteral("/site");
        const QString folder = site + QStringLiteral("/_products/en/sony");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/outside")));
        QVERIFY(writeFile(folder + QStringLiteral("/sony-ier-m9.md"), hostileBase()));
        QVERIFY(QFile::link(folder, folder + QStringLiteral("/self")));
        QVERIFY(QFile::link(site, site + QStringLiteral("/_products/en/up")));
        QVERIFY(QFile::link(dir.path() + QStringLiteral("/outside"), folder + QStringLiteral("/out")));
        QVERIFY(QFile::link(dir.path() + QStringLiteral("/outside"), dir.path() + QStringLiteral("/outside/again")));
        QVERIFY(QFile::link(folder + QStringLiteral("/dangling-target"), folder + QStringLiteral("/dangling.md")));
        QVERIFY(QFile::link(folder + QStringLiteral("/loop-b.md"), folder + QStringLiteral("/loop-a.md")));
        QVERIFY(QFile::link(folder + QStringLiteral("/loop-a.md"), folder + QStringLiteral("/loop-b.md")));
        SiteIndex index(site);
        index.setCacheEnabled(false);
        index.indexNow();
        QCOMPARE(index.records().size(), 1);
        QCOMPARE(index.records().constFirst().path, QStringLiteral("_products/en/sony/sony-ier-m9.md"));
    }
};

QTEST_GUILESS_MAIN(TestHostileLoad)
#include "tst_hostile_load.moc"
