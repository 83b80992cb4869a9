// Times lib/history in one process: the first call (repository opened, nothing cached)
// and the median of the following ones. Prints figures; asserts nothing.
//   bench_history log FILE [ROUNDS]
//   bench_history status FOLDER [ROUNDS]
#include "history/gitrepository.h"
#include "history/history.h"
#include "schema/schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Rubric;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        QTextStream(stderr) << "usage: bench_history log FILE | status FOLDER [ROUNDS]\n";
        return 2;
    }
    const QString mode = arguments.at(1);
    const QString path = arguments.at(2);
    const int rounds = arguments.value(3, QStringLiteral("10")).toInt();
    QTextStream out(stdout);
    QList<double> times;
    qsizetype size = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        // Opened each round, as a history job on a worker thread would.
        auto repo = GitRepository::discover(path);
        if (!repo) {
            out << "no repository at " << path << "\n";
            return 1;
        }
        if (mode == QLatin1String("log"))
            size = History::log(*repo, path, Schema::forFile(path)).size();
        else
            size = History::status(*repo, path).size();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    const double first = times.constFirst();
    QList<double> rest = times.mid(1);
    std::sort(rest.begin(), rest.end());
    out << mode << ": " << size << (mode == QLatin1String("log") ? " commits" : " changed files")
        << ", first " << QString::number(first, 'f', 1) << " ms, median of next " << rest.size() << " "
        << (rest.isEmpty() ? QStringLiteral("-") : QString::number(rest.at(rest.size() / 2), 'f', 1)) << " ms\n";
    return 0;
}
