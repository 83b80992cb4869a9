// What a recovery copy and a line diff cost, per corpus file: writing the copy
// (SHA-256 of the disk bytes, serialising, an atomic write) as the editor does a few
// seconds after the typing pauses; and the line diff the recovery dialog and "Show
// Differences" show, for a small edit and for the worst case (every line moved).
//
//   bench_recovery [CORPUS_DIR]

#include "document/linediff.h"
#include "document/recoverystore.h"
#include "document/utf8.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Rubric;

namespace {

struct Figures
{
    QList<double> microseconds;

    QString summary()
    {
        std::sort(microseconds.begin(), microseconds.end());
        const auto at = [this](double q) { return microseconds.at(qsizetype(q * double(microseconds.size() - 1))); };
        return QStringLiteral("median %1 µs, p95 %2 µs, max %3 µs")
            .arg(at(0.5), 0, 'f', 1)
            .arg(at(0.95), 0, 'f', 1)
            .arg(microseconds.constLast(), 0, 'f', 1);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(RUBRIC_CORPUS_DIR);
    QStringList files;
    for (const auto &folder : {QStringLiteral("_products"), QStringLiteral("_companies")}) {
        QDirIterator it(corpus + u'/' + folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    Figures write, smallDiff, worstDiff;
    QElapsedTimer timer;
    qint64 checksum = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray disk = file.readAll();
        const QString text = decodeUtf8(disk);
        QStringList lines = LineDiff::splitLines(text);
        QStringList edited = lines;
        edited.insert(edited.size() / 2, QStringLiteral("A paragraph typed before the crash."));
        if (edited.size() > 3)
            edited[2] += QStringLiteral(" (edited)");
        const QByteArray editedBytes = edited.join(u'\n').toUtf8();

        timer.start();
        RecoveryEntry entry{path, RecoveryStore::sha256(disk), {}, QDateTime::currentDateTimeUtc(), 1, editedBytes, {}};
        checksum += store.write(entry);
        write.microseconds.append(double(timer.nsecsElapsed()) / 1000);

        timer.start();
        checksum += LineDiff::withContext(LineDiff::compute(lines, edited), 3).size();
        smallDiff.microseconds.append(double(timer.nsecsElapsed()) / 1000);

        QStringList reversed(lines.crbegin(), lines.crend());
        timer.start();
        checksum += LineDiff::compute(lines, reversed).size();
        worstDiff.microseconds.append(double(timer.nsecsElapsed()) / 1000);
    }
    QTextStream out(stdout);
    out << files.size() << " files (checksum " << checksum << ")\n";
    out << "recovery copy written: " << write.summary() << '\n';
    out << "line diff, one line changed and one added: " << smallDiff.summary() << '\n';
    out << "line diff, every line moved (reversed): " << worstDiff.summary() << '\n';
    return 0;
}
