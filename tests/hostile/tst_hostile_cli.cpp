// Hostile files through the command line (show, set, validate, list): the binary ends in
// bounded time (the runner's time-out), names the file and, where one applies, the line,
// and never changes a file it refused.

#include "app/clirunner.h"
#include "hostilefiles.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Rubric::Test;

class TestHostileCli final : public QObject
{
    Q_OBJECT

private:
    // "path:line" when a line applies, else the path: how every command names the place.
    static QString place(const HostileFile &file)
    {
        return file.line > 0 ? file.path + u':' + QString::number(file.line) + u':' : file.path;
    }

private Q_SLOTS:
    void show_data() { addHostileRows(); }
    void show()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const HostileFile file = makeHostile(kind, dir.path());
        QVERIFY(!file.path.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const CliResult result = runRubric({QStringLiteral("show"), file.path});
        qInfo("%s: show took %lld ms", qPrintable(kind), timer.elapsed());
        QVERIFY2(result.exitCode >= 0, "crashed or hung");
        QVERIFY2(timer.elapsed() < hostileTimeBoundMs, "not in bounded time");
        if (!file.readable) {
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(place(file)), qPrintable(result.err.left(500)));
            QVERIFY2(result.err.contains(file.code), qPrintable(result.err.left(500)));
        } else if (!file.code.isEmpty()) {
            QVERIFY2(QString(result.out + result.err).contains(file.code), qPrintable(result.err.left(500)));
        }
    }

    void set_data() { addHostileRows(); }
    void set()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const HostileFile file = makeHostile(kind, dir.path());
        QVERIFY(!file.path.isEmpty());
        const bool device = kind == QLatin1String("device");
        const QByteArray before = device ? QByteArray() : readFile(file.path);
        const CliResult result = runRubric({QStringLiteral("set"), file.path, QStringLiteral("title=Renamed")});
        QVERIFY2(result.exitCode >= 0, "crashed or hung");
        if (!file.readable) {
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(file.path), qPrintable(result.err.left(500)));
        }
        if (result.exitCode != 0 && !device)
            QVERIFY(readFile(file.path) == before); // refused: untouched
        if (result.exitCode == 0) // done: the edit reads back
            QVERIFY(runRubric({QStringLiteral("show"), file.path}).out.contains(QStringLiteral("Renamed")));
    }

    void validate_data() { addHostileRows(); }
    void validate()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const HostileFile file = makeHostile(kind, dir.path());
        QVERIFY(!file.path.isEmpty());
        const CliResult result = runRubric({QStringLiteral("validate"), file.path});
        QVERIFY2(result.exitCode >= 0, "crashed or hung");
        if (!file.code.isEmpty()) {
            QVERIFY(result.exitCode != 0);
            const QString all = result.out + result.err; // NOLINT: a QString, not a builder
            QVERIFY2(all.contains(place(file)) && all.contains(file.code), qPrintable(all.left(500)));
        }
    }

    // A hostile file in a site folder: listed with its reason, the good review listed.
    void list_data() { addHostileRows(); }
    void list()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/_products/en/sony");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/sony-ier-m9.md"), hostileBase()));
        const HostileFile file = makeHostile(kind, folder);
        QVERIFY(!file.path.isEmpty());
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.path() + QStringLiteral("/cache"));
        const CliResult result = runRubric({QStringLiteral("list"), dir.path()}, environment);
        QVERIFY2(result.exitCode >= 0, "crashed or hung");
        QVERIFY2(result.out.contains(QStringLiteral("sony-ier-m9")), qPrintable(result.err.left(500)));
        if (!file.readable && kind != QLatin1String("device"))
            QVERIFY2(result.err.contains(QFileInfo(file.path).fileName()), qPrintable(result.err.left(500)));
    }

    // Links into the site and round in circles outside it: list and validate end, and
    // find the one review once.
    void symlinkLoops_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("list the site") << QStringLiteral("list");
        QTest::newRow("validate the site") << QStringLiteral("validate");
        QTest::newRow("validate a folder in it") << QStringLiteral("validate-folder");
    }
    void symlinkLoops()
    {
        QFETCH(QString, command);
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
        QVERIFY(QFile::link(folder + QStringLiteral("/loop-b.md"), folder + QStringLiteral("/loop-a.md")));
        QVERIFY(QFile::link(folder + QStringLiteral("/loop-a.md"), folder + QStringLiteral("/loop-b.md")));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.path() + QStringLiteral("/cache"));
        const QString target = command == QLatin1String("validate-folder") ? folder : site;
        const bool list = command == QLatin1String("list");
        const CliResult result = runRubric({command.section(u'-', 0, 0), target}, environment);
        QVERIFY2(result.exitCode >= 0, "crashed or hung");
        const QString all = result.out + result.err; // NOLINT: a QString, not a builder
        if (list)
            QCOMPARE(result.out.count(QStringLiteral("sony-ier-m9")), 1);
        else
            QVERIFY2(all.contains(QStringLiteral(" of 1 files")), qPrintable(all.left(1000)));
        QVERIFY2(!all.contains(QStringLiteral("/self/")) && !all.contains(QStringLiteral("/up/")), qPrintable(all.left(1000)));
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
