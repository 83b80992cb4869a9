#pragma once

#include <QString>
#include <QStringList>

namespace Rubric::Fidelity {

// Rubric's rendering of one review file's body (as the preview renders it) as block structure.
QStringList rubricBlocks(const QString &filePath);

// Block structure lines as the golden file stores them: a long line keeps its start and
// a hash of the whole, so a few hundred files stay small but still compare exactly.
QStringList compacted(const QStringList &blocks);

// Why two block structures differ, named after the site's known pitfalls, for the report.
QString differenceCategory(const QStringList &site, const QStringList &rubric);

// The first differing line of each side, for a short report ("-site" / "+rubric").
QString firstDifference(const QStringList &site, const QStringList &rubric);

} // namespace Rubric::Fidelity
