#include "cli.h"
#include "output.h"
#include "siteeditrun.h"

#include "edit/editrequest.h"
#include "edit/pricereport.h"
#include "site/siteindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

} // namespace

int edit(const QStringList &arguments)
{
    QString error;
    const auto request = EditRequest::parse(arguments, &error);
    if (!request) {
        err() << error << Qt::endl << EditRequest::usage();
        return Failure;
    }
    if (request->help) {
        out() << EditRequest::usage();
        return Success;
    }
    if (!QDir(request->root).exists()) {
        err() << Tr::tr("%1: no such folder").arg(request->root) << Qt::endl;
        return Failure;
    }
    SiteIndex index(request->root);
    index.indexNow();
    const Schema &schema = index.schema();

    if (!request->pricesFile.isEmpty()) {
        QFile csv(request->pricesFile);
        if (!csv.open(QIODevice::ReadOnly)) {
            err() << Tr::tr("%1: cannot read: %2").arg(request->pricesFile, csv.errorString()) << Qt::endl;
            return Failure;
        }
        const PriceReport::PriceList prices = PriceReport::fromCsv(request->pricesFile, csv.readAll(), index.records());
        for (const auto &message : prices.errors)
            err() << message << Qt::endl;
        const int result = runSiteEdit(request->root, prices.files, Tr::tr("Set prices from %1").arg(request->pricesFile),
                                       schema, request->dryRun);
        return prices.errors.isEmpty() ? result : Refused;
    }

    const auto paths = request->selection.resolve(index, &error);
    if (!paths) {
        err() << Tr::tr("refused") << QLatin1String(": ") << error << Qt::endl;
        return Failure;
    }
    if (request->missingPrices) {
        const QSet<QString> selected(paths->cbegin(), paths->cend());
        for (const auto &path : PriceReport::missingPrices(index.records())) {
            if (selected.contains(path))
                out() << path << u'\n';
        }
        return Success;
    }
    QList<SiteEdit::FileChanges> files;
    files.reserve(paths->size());
    for (const auto &path : *paths)
        files.append({path, request->changes});
    QStringList descriptions;
    for (const auto &change : request->changes)
        descriptions.append(change.description());
    return runSiteEdit(request->root, files, descriptions.join(QLatin1String("; ")), schema, request->dryRun);
}

} // namespace Rubric::Cli
