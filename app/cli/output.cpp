#include "output.h"

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

void printProblems(const QString &path, const Problems &problems)
{
    for (const auto &problem : problems)
        err() << formatProblem(path, problem) << Qt::endl;
}

std::optional<Schema> schemaFor(const QString &path)
{
    QStringList layoutFolders;
    for (const auto &layout : Schema::builtin().layouts())
        layoutFolders.append(layout.folder);
    // Nearest folder up from the file that holds an override, but not above the site
    // root that the layout folder marks: another site's settings must not leak in.
    QDir dir(QFileInfo(path).absolutePath());
    for (bool atSiteRoot = false;;) {
        if (dir.exists(Schema::overrideFileName())) {
            QString error;
            Schema schema = Schema::forSite(dir.absolutePath(), &error);
            if (!error.isEmpty()) {
                err() << error << Qt::endl;
                return std::nullopt;
            }
            return schema;
        }
        if (atSiteRoot)
            break;
        atSiteRoot = layoutFolders.contains(dir.dirName());
        if (!dir.cdUp())
            break;
    }
    return Schema::builtin();
}

} // namespace Rubric::Cli
