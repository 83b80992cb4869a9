#pragma once

#include "document/problem.h"
#include "document/textedit.h"

#include <QStringList>

namespace Rubric {

// A proofreading finding: a Problem (path-relative line and column, stable code) with
// what the user can do about it.
struct ProofFinding
{
    Problem problem;
    qsizetype position = -1;  // of the flagged text in the review's text
    qsizetype length = 0;
    QStringList suggestions;  // spelling: Hunspell's; notation: the preferred form
    std::optional<TextEdit> fix; // a mechanical fix, when there is one
};

using ProofFindings = QList<ProofFinding>;

} // namespace Rubric
