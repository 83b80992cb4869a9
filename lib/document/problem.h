#pragma once

#include <QList>
#include <QString>

namespace Rubric {

// Something wrong with a document, with a stable code (e.g. "load.yaml-syntax") that
// tools and tests can rely on, a message in the UI language and where it is.
struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString code;
    QString message;
    int line = 0;     // 1-based; 0 when the problem concerns the whole file
    int column = 0;   // 1-based; 0 when unknown
    QString field;    // the front-matter key or body section it concerns, if any

    bool isError() const { return severity == Severity::Error; }
    QString severityName() const
    {
        return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    }
    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems &problems)
{
    for (const auto &problem : problems) {
        if (problem.isError())
            return true;
    }
    return false;
}

} // namespace Rubric
