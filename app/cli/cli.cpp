#include "cli.h"

#include <QCoreApplication>

namespace Rubric::Cli {

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {QStringLiteral("show"),
         QCoreApplication::translate("Rubric::Cli", "Print a review's fields, ratings and problems"), &show},
        {QStringLiteral("set"),
         QCoreApplication::translate("Rubric::Cli", "Change fields or rating axes of a review in place"), &set},
        {QStringLiteral("list"),
         QCoreApplication::translate("Rubric::Cli", "List, filter and sort the reviews of a site"), &list},
        {QStringLiteral("validate"),
         QCoreApplication::translate("Rubric::Cli", "Check reviews or a whole site against the site's rules"), &validate},
        {QStringLiteral("new"),
         QCoreApplication::translate("Rubric::Cli", "Create a new review from the site's schema"), &newReview},
        {QStringLiteral("translate"),
         QCoreApplication::translate("Rubric::Cli", "Create the translation of a review in another language"), &translate},
        {QStringLiteral("status"),
         QCoreApplication::translate("Rubric::Cli", "Show which translations are missing, untranslated or outdated"), &status},
        {QStringLiteral("xliff"),
         QCoreApplication::translate("Rubric::Cli", "Export reviews to XLIFF 1.2 or import a translated XLIFF file"), &xliff},
        {QStringLiteral("export-pdf"),
         QCoreApplication::translate("Rubric::Cli", "Export reviews as PDF files or as one booklet"), &exportPdf, true},
        {QStringLiteral("proof"),
         QCoreApplication::translate("Rubric::Cli", "Proofread spelling, Japanese notation and translations"), &proof},
    };
    return all;
}

const Command *find(const QString &name)
{
    for (const auto &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace Rubric::Cli
