#include "cli.h"

#include <QCoreApplication>

#include <algorithm>

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
        {QStringLiteral("tags"), QCoreApplication::translate("Rubric::Cli", "List, rename or merge the tags of a site"), &tags},
        {QStringLiteral("edit"), QCoreApplication::translate("Rubric::Cli", "Change many reviews at once, previewed as a diff"), &edit},
        {QStringLiteral("log"), QCoreApplication::translate("Rubric::Cli", "List the commits that changed a review, with its ratings and price"), &log},
        {QStringLiteral("diff"), QCoreApplication::translate("Rubric::Cli", "Show how a review differs from HEAD or another commit"), &diff},
        {QStringLiteral("proof"),
         QCoreApplication::translate("Rubric::Cli", "Proofread spelling, Japanese notation and translations"), &proof},
        {QStringLiteral("search"), QCoreApplication::translate("Rubric::Cli", "Find words and fields across a site's reviews"), &search},
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

namespace {

int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

const Command *nearest(const QString &name)
{
    const Command *best = nullptr;
    int bestDistance = 3; // more than two edits away is not a typo
    for (const auto &command : commands()) {
        const int distance = editDistance(name.toLower(), command.name);
        if (distance < bestDistance) {
            best = &command;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace Rubric::Cli
