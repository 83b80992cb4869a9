#pragma once

#include "siteedit.h"
#include "site/reviewrecord.h"

#include <optional>

namespace Rubric {

// Prices across a site: which product reviews have none, and a bulk set from a CSV of
// `ref,lang,price` lines turned into per-file changes for the site edit engine.
namespace PriceReport {

// Product reviews (layout `product`) without a `price`, by path.
QStringList missingPrices(const ReviewRecords &records);

struct PriceList
{
    QList<SiteEdit::FileChanges> files; // one `price` change per matched review
    QStringList errors;                 // `FILE:LINE: why` for lines that match nothing or do not read
};
// Reads `ref,lang,price` lines (a header line `ref,lang,price` is skipped) and finds the
// product review of each ref and language in `records`.
PriceList fromCsv(const QString &csvPath, const QByteArray &csv, const ReviewRecords &records);

} // namespace PriceReport
} // namespace Rubric
