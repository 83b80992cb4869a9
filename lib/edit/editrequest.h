#pragma once

#include "siteedit.h"
#include "siteselection.h"

#include <optional>

namespace Rubric {

// `rubric edit`'s command line: a selection, changes in the order given, and what to do
// with them. Parsed here (not with QCommandLineParser) because the order of changes
// matters and `--replace` takes three values.
struct EditRequest
{
    QString root;
    SiteSelection selection;
    QList<SiteChange> changes;
    QString pricesFile;          // --prices FILE.csv
    bool missingPrices = false;  // --missing-prices: report only
    bool dryRun = false;
    bool help = false;

    // Nothing with `error` set when the arguments do not make one request.
    static std::optional<EditRequest> parse(const QStringList &arguments, QString *error);
    static QString usage();
};

} // namespace Rubric
