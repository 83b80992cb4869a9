#include "cli.h"
#include "output.h"

#include "translate/xliffexchange.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

// The strings of this file, in the translation context of Rubric::Cli.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

int exportXliff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export reviews to XLIFF 1.2 for a translation tool: a unit per paragraph, list item, table row and "
           "subheading, and the title, target_name, summary and tags; Markdown syntax and score lines are protected "
           "as inline codes. Units carry the current translation as their target, when there is one."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The source reviews."), QStringLiteral("FILE..."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("The XLIFF file to write."),
                                    QStringLiteral("OUT.xlf"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("The language to translate into (default: the site's other one)."),
                                QStringLiteral("LANG"));
    parser.addOptions({output, to});
    if (const auto stop = parseArguments(parser, QStringLiteral("xliff export"), arguments))
        return *stop;
    if (parser.positionalArguments().isEmpty() || !parser.isSet(output)) {
        err() << Tr::tr("usage: rubric xliff export FILE... -o OUT.xlf [--to LANG]") << Qt::endl;
        return Failure;
    }
    QList<XliffFile> files;
    for (const auto &path : parser.positionalArguments()) {
        const auto schema = schemaFor(path);
        if (!schema)
            return Failure;
        QString error;
        const auto file = XliffExchange::exportFile(path, parser.value(to), *schema, &error);
        if (!file) {
            err() << Tr::tr("refused") << QLatin1String(": ") << error << Qt::endl;
            return Refused;
        }
        files.append(*file);
    }
    const QByteArray bytes = Xliff::write(files);
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << Tr::tr("cannot write %1: %2").arg(parser.value(output), file.errorString()) << Qt::endl;
        return Failure;
    }
    int units = 0;
    for (const auto &exported : std::as_const(files))
        units += int(exported.units.size());
    out() << Tr::tr("%1: %2 reviews, %3 units").arg(parser.value(output)).arg(files.size()).arg(units) << Qt::endl;
    return Success;
}

int importXliff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Import a translated XLIFF file into the translations it names: each translated unit replaces its "
           "paragraph or field in place (a translation that does not exist yet is created from its source first); "
           "units without a translation are left alone."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("IN.xlf"), Tr::tr("The translated XLIFF file."));
    const QCommandLineOption site(QStringLiteral("site"), Tr::tr("The site folder (default: the one the export was made in)."),
                                  QStringLiteral("DIR"));
    parser.addOption(site);
    if (const auto stop = parseArguments(parser, QStringLiteral("xliff import"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("usage: rubric xliff import IN.xlf [--site DIR]") << Qt::endl;
        return Failure;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        err() << Tr::tr("%1: cannot read the file: %2").arg(path, in.errorString()) << Qt::endl;
        return Failure;
    }
    QString error;
    const auto files = Xliff::read(in.readAll(), &error);
    if (!files) {
        err() << path << QLatin1String(":") << error << Qt::endl;
        return Failure;
    }
    int result = Success;
    for (const auto &file : *files) {
        const XliffImportOutcome outcome = XliffExchange::importFile(file, parser.value(site), path);
        for (const auto &warning : outcome.warnings)
            err() << outcome.path << QLatin1String(": ") << Tr::tr("warning") << QLatin1String(": ") << warning << Qt::endl;
        if (!outcome.ok()) {
            err() << Tr::tr("refused") << QLatin1String(": ") << outcome.error << Qt::endl;
            result = Refused;
            continue;
        }
        out() << outcome.path << QLatin1String(": ")
              << (outcome.created ? Tr::tr("created, %1 units applied").arg(outcome.unitsApplied)
                  : outcome.changed ? Tr::tr("%1 units applied").arg(outcome.unitsApplied)
                                    : Tr::tr("unchanged"))
              << Qt::endl;
    }
    return result;
}

} // namespace

int xliff(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("export"))
        return exportXliff(arguments.mid(1));
    if (action == QLatin1String("import"))
        return importXliff(arguments.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        out() << Tr::tr("usage: rubric xliff export FILE... -o OUT.xlf [--to LANG]\n"
                    "       rubric xliff import IN.xlf [--site DIR]\n");
        return Success;
    }
    err() << Tr::tr("usage: rubric xliff export FILE... -o OUT.xlf [--to LANG]\n"
                "       rubric xliff import IN.xlf [--site DIR]")
          << Qt::endl;
    return Failure;
}

} // namespace Rubric::Cli
