#pragma once

#include <QString>
#include <QStringList>

namespace Rubric::Fidelity {

// Rubric's rendering of one review file's body (as the preview renders it) as block structure.
QStringList rubricBlocks(const QString &filePath);

// Why two block structures differ, named after the site's known pitfalls, for the report.
QString differenceCategory(const QStringList &site, const QStringList &rubric);

// The first differing line of each side, for a short report ("-site" / "+rubric").
QString firstDifference(const QStringList &site, const QStringList &rubric);

} // namespace Rubric::Fidelity
