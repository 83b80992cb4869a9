#pragma once

#include "document/problem.h"

#include <QHash>

namespace Rubric {

class Schema;
class SiteIndex;
struct ReviewRecord;

// The rules that span files, over a site's index: a ref used twice in one language,
// reviews without a translation, translations found only by ref, and the two
// languages' ratings and prices disagreeing. Problems carry no line (they concern the
// file, or the field they name).
namespace SiteChecks {

// By record row.
QHash<int, Problems> check(const SiteIndex &index);
// The same over records read some other way (the command line reads each file once).
QHash<int, Problems> check(const QList<ReviewRecord> &records, const Schema &schema);

} // namespace SiteChecks
} // namespace Rubric
