#include "output.h"

#include "cli.h"

#include <QCommandLineParser>

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace Rubric::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString formatProblem(const QString &path, const Problem &problem)
{
    QString location = path;
    if (problem.line > 0) {
        location += u':' + QString::number(problem.line);
        if (problem.column > 0)
            location += u':' + QString::number(problem.column);
    }
    return location + QLatin1String(": ") + problem.severityName() + QLatin1String(": ") + problem.message
           + QLatin1String(" [") + problem.code + u']';
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    if (!parser.parse(QStringList{QLatin1String("rubric ") + command} + arguments)) {
        err() << parser.errorText() << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

void printProblems(const QString &path, const Problems &problems)
{
    for (const auto &problem : problems)
        err() << formatProblem(path, problem) << Qt::endl;
}

std::optional<Schema> schemaFor(const QString &path)
{
    QString error;
    Schema schema = Schema::forFile(path, &error);
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return std::nullopt;
    }
    return schema;
}

} // namespace Rubric::Cli
