#include "siteeditrun.h"

#include "cli.h"
#include "output.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

} // namespace

int runSiteEdit(const QString &root, const QList<SiteEdit::FileChanges> &files, const QString &description,
                const Schema &schema, bool dryRun)
{
    const SitePreview preview = SiteEdit::preview(root, files, description, schema);
    int refused = 0;
    for (const auto &file : preview.files) {
        if (file.isRefused()) {
            err() << file.path << QLatin1String(": ") << Tr::tr("refused") << QLatin1String(": ") << file.refusal << Qt::endl;
            ++refused;
        }
    }
    for (const auto *file : preview.changes()) {
        if (file->needsCostPerformance)
            err() << file->path << QLatin1String(": ")
                  << Tr::tr("the price changed and the Cost-Performance calculation uses it: recalculate it") << Qt::endl;
    }
    if (dryRun) {
        // Only the diff on stdout, so it can be read by `git apply` or `patch -p1`.
        for (const auto *file : preview.changes())
            out() << file->diff;
        out().flush();
        err() << Tr::tr("would change: %1 files; refused: %2").arg(preview.changeCount()).arg(refused) << Qt::endl;
        return refused > 0 ? Refused : Success;
    }
    const ApplyReport report = SiteEdit::apply(preview, schema);
    for (const auto &file : report.files) {
        if (file.status != FileOutcome::Status::Written) {
            err() << file.path << QLatin1String(": ") << Tr::tr("refused") << QLatin1String(": ") << file.message << Qt::endl;
            ++refused;
        }
    }
    err() << Tr::tr("changed: %1 files; refused: %2").arg(report.writtenCount()).arg(refused) << Qt::endl;
    return refused > 0 ? Refused : Success;
}

} // namespace Rubric::Cli
