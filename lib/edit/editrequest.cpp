#include "editrequest.h"

#include <QCoreApplication>

namespace Rubric {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

} // namespace

QString EditRequest::usage()
{
    return Tr::tr("usage: rubric edit DIR [--where EXPR]... [--lang L] [--layout K] [--company ID] [--tag T]\n"
                  "                   [--before DATE] [--after DATE] [--file PATH]...\n"
                  "                   (--set KEY=VALUE | --add-tag T | --remove-tag T | --replace KEY REGEX REPLACEMENT\n"
                  "                    | --fix-total | --remove KEY)... [--dry-run]\n"
                  "       rubric edit DIR --prices FILE.csv [--dry-run]     (lines of ref,lang,price)\n"
                  "       rubric edit DIR --missing-prices [selection]\n"
                  "Changes apply in the order given to every selected review; --dry-run prints the unified diff\n"
                  "and changes nothing. Exit codes: 0 applied or nothing to do, 1 some files refused, 2 usage or I/O.\n");
}

std::optional<EditRequest> EditRequest::parse(const QStringList &arguments, QString *error)
{
    EditRequest request;
    // Options taking values: how many.
    static const QHash<QString, int> arity = {
        {QStringLiteral("--where"), 1}, {QStringLiteral("--lang"), 1},     {QStringLiteral("--layout"), 1},
        {QStringLiteral("--company"), 1}, {QStringLiteral("--tag"), 1},    {QStringLiteral("--before"), 1},
        {QStringLiteral("--after"), 1}, {QStringLiteral("--file"), 1},     {QStringLiteral("--set"), 1},
        {QStringLiteral("--add-tag"), 1}, {QStringLiteral("--remove-tag"), 1}, {QStringLiteral("--replace"), 3},
        {QStringLiteral("--remove"), 1}, {QStringLiteral("--prices"), 1},  {QStringLiteral("--fix-total"), 0},
        {QStringLiteral("--dry-run"), 0}, {QStringLiteral("--missing-prices"), 0}, {QStringLiteral("--help"), 0},
        {QStringLiteral("-h"), 0}};
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString option = arguments.at(i);
        QStringList values;
        if (!option.startsWith(u'-') || option == QLatin1String("-")) {
            positional.append(option);
            continue;
        }
        if (const qsizetype equals = option.indexOf(u'='); option.startsWith(QLatin1String("--")) && equals > 0
                                                             && arity.value(option.first(equals)) == 1) {
            values.append(option.sliced(equals + 1));
            option.truncate(equals);
        }
        if (!arity.contains(option)) {
            *error = Tr::tr("unknown option %1").arg(option);
            return std::nullopt;
        }
        const int count = arity.value(option);
        while (values.size() < count) {
            if (++i >= arguments.size()) {
                *error = Tr::tr("%1 needs %n value(s)", nullptr, count).arg(option);
                return std::nullopt;
            }
            values.append(arguments.at(i));
        }
        const QString value = values.value(0);
        const auto date = [&](QDate *target) {
            *target = QDate::fromString(value, Qt::ISODate);
            if (!target->isValid())
                *error = Tr::tr("%1: \"%2\" is not a date (YYYY-MM-DD)").arg(option, value);
            return target->isValid();
        };
        if (option == QLatin1String("--where"))
            request.selection.where.append(value);
        else if (option == QLatin1String("--lang"))
            request.selection.lang = value;
        else if (option == QLatin1String("--layout"))
            request.selection.layout = value;
        else if (option == QLatin1String("--company"))
            request.selection.company = value;
        else if (option == QLatin1String("--tag"))
            request.selection.tag = value;
        else if (option == QLatin1String("--file"))
            request.selection.paths.append(value);
        else if (option == QLatin1String("--before") && !date(&request.selection.before))
            return std::nullopt;
        else if (option == QLatin1String("--after") && !date(&request.selection.after))
            return std::nullopt;
        else if (option == QLatin1String("--set")) {
            const qsizetype equals = value.indexOf(u'=');
            if (equals <= 0) {
                *error = Tr::tr("--set: expected KEY=VALUE, got \"%1\"").arg(value);
                return std::nullopt;
            }
            request.changes.append(SiteChange::setField(value.first(equals), value.sliced(equals + 1)));
        } else if (option == QLatin1String("--add-tag"))
            request.changes.append(SiteChange::addTag(value));
        else if (option == QLatin1String("--remove-tag"))
            request.changes.append(SiteChange::removeTag(value));
        else if (option == QLatin1String("--replace"))
            request.changes.append(SiteChange::replaceInField(values.at(0), values.at(1), values.at(2)));
        else if (option == QLatin1String("--fix-total"))
            request.changes.append(SiteChange::fixTotal());
        else if (option == QLatin1String("--remove"))
            request.changes.append(SiteChange::removeKey(value));
        else if (option == QLatin1String("--prices"))
            request.pricesFile = value;
        else if (option == QLatin1String("--dry-run"))
            request.dryRun = true;
        else if (option == QLatin1String("--missing-prices"))
            request.missingPrices = true;
        else if (option == QLatin1String("--help") || option == QLatin1String("-h"))
            request.help = true;
    }
    if (request.help)
        return request;
    if (positional.size() != 1) {
        *error = positional.isEmpty() ? Tr::tr("no site folder given") : Tr::tr("one site folder expected, got %1").arg(positional.join(u' '));
        return std::nullopt;
    }
    request.root = positional.constFirst();
    const int modes = int(!request.changes.isEmpty()) + int(!request.pricesFile.isEmpty()) + int(request.missingPrices);
    if (modes != 1) {
        *error = modes == 0 ? Tr::tr("nothing to do: give a change (--set, --add-tag, ...), --prices or --missing-prices")
                            : Tr::tr("--prices and --missing-prices each go alone, without other changes");
        return std::nullopt;
    }
    return request;
}

} // namespace Rubric
