#pragma once

#include "document/problem.h"

#include <QString>

class QTextStream;

namespace Rubric::Cli {

QTextStream &out();
QTextStream &err();
// `path:line:col: severity: message [code]`, as compilers print.
QString formatProblem(const QString &path, const Problem &problem);
void printProblems(const QString &path, const Problems &problems);

} // namespace Rubric::Cli
