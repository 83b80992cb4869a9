#pragma once

#include "document/problem.h"
#include "schema/schema.h"

#include <QString>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace Rubric::Cli {

QTextStream &out();
QTextStream &err();
// `path:line:col: severity: message [code]`, as compilers print.
QString formatProblem(const QString &path, const Problem &problem);
void printProblems(const QString &path, const Problems &problems);

// Parses a subcommand's arguments; an exit code when the command must stop there (a
// parse error, or --help printed), nothing when it goes on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

// The schema of the site a review belongs to: the folder above its layout folder
// (`<site>/_products/en/sony/x.md` -> `<site>`), or the file's own folder when the path
// has no layout folder. Prints the error and returns nothing when the site's override
// does not read, rather than quietly editing by the wrong rules.
std::optional<Schema> schemaFor(const QString &path);

} // namespace Rubric::Cli
