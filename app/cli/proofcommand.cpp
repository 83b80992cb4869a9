#include "cli.h"
#include "output.h"

#include "proof/proofreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <map>
#include <memory>

namespace Rubric::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

// The site a path belongs to: the folder itself when it holds layout folders, else the
// site above it.
QString siteRootFor(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        for (const auto &layout : Schema::builtin().layouts()) {
            if (QDir(path).exists(layout.folder))
                return info.absoluteFilePath();
        }
        return Schema::siteRootOf(QDir(path).filePath(QStringLiteral("review.md")));
    }
    return Schema::siteRootOf(info.absoluteFilePath());
}

struct Site
{
    std::unique_ptr<Schema> schema;
    std::unique_ptr<Proofreader> proofreader;
};

} // namespace

int proof(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Proofread reviews: English spelling, Japanese notation, and numbers, names, "
                                            "prices and links kept in translations.\n"
                                            "Exit codes: 0 clean, 1 findings, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("Review files or site folders."), QStringLiteral("PATH..."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("Only reviews in this language."), QStringLiteral("L"));
    const QCommandLineOption rule(QStringLiteral("rule"), Tr::tr("Only this rule (repeatable; a prefix selects a family)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption all(QStringLiteral("all-rules"), Tr::tr("Also the rules that are off by default."));
    const QCommandLineOption list(QStringLiteral("list-rules"), Tr::tr("List the rules and exit."));
    const QCommandLineOption addWord(QStringLiteral("add-word"), Tr::tr("Add a word to the site dictionary of PATH and exit."),
                                     QStringLiteral("WORD"));
    const QCommandLineOption suggest(QStringLiteral("suggest"), Tr::tr("Suggest spellings (slow: Hunspell takes tens of milliseconds a word)."));
    parser.addOptions({json, lang, rule, all, list, addWord, suggest});
    if (const auto stop = parseArguments(parser, QStringLiteral("proof"), arguments))
        return *stop;
    if (parser.isSet(list)) {
        for (const auto &r : Proofreader::rules())
            out() << r.info.code << u'\t' << "warning" << u'\t' << (r.info.fixable ? "fixable" : "-") << u'\t'
                  << (r.enabledByDefault ? "on" : "off") << u'\t' << r.info.summary << u'\n';
        return Success;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err() << Tr::tr("usage: rubric proof PATH... [--json] [--lang L] [--rule CODE]... [--all-rules]") << Qt::endl;
        return Failure;
    }
    std::map<QString, Site> sites;
    const QStringList rules = parser.values(rule);
    int count = 0, files = 0, withFindings = 0;
    QJsonArray jsonFindings;
    for (const auto &path : paths) {
        if (!QFileInfo::exists(path)) {
            err() << Tr::tr("%1: no such file or folder").arg(path) << Qt::endl;
            return Failure;
        }
        const QString root = siteRootFor(path);
        if (root.isEmpty()) {
            err() << Tr::tr("%1: not inside a site (no _products or _companies folder above it)").arg(path) << Qt::endl;
            return Failure;
        }
        Site &site = sites[root];
        if (!site.proofreader) {
            QString error;
            site.schema = std::make_unique<Schema>(Schema::forSite(root, &error));
            if (!error.isEmpty()) {
                err() << error << Qt::endl;
                return Failure;
            }
            site.proofreader = std::make_unique<Proofreader>(*site.schema);
            site.proofreader->setSuggesting(parser.isSet(suggest));
            QStringList running = rules;
            if (running.isEmpty() && !parser.isSet(all)) {
                for (const auto &r : Proofreader::rules()) {
                    if (r.enabledByDefault)
                        running.append(r.info.code);
                }
            }
            site.proofreader->setRules(running);
            if (!site.proofreader->spelling().isValid()) {
                err() << site.proofreader->spelling().error() << Qt::endl;
                return Failure;
            }
            if (!site.proofreader->loadSite(root, &error)) {
                err() << error << Qt::endl;
                return Failure;
            }
        }
        if (parser.isSet(addWord)) {
            QString error;
            if (!site.proofreader->addToDictionary(parser.value(addWord), &error)) {
                err() << error << Qt::endl;
                return Failure;
            }
            continue;
        }
        const auto results = site.proofreader->proofread(path, parser.value(lang));
        if (results.isEmpty()) {
            err() << Tr::tr("%1: no reviews found there").arg(path) << Qt::endl;
            return Failure;
        }
        for (const auto &result : results) {
            ++files;
            bool any = false;
            const QString shown = QDir::current().relativeFilePath(result.path).startsWith(QLatin1String(".."))
                ? result.path : QDir::current().relativeFilePath(result.path);
            for (const auto &finding : result.findings) {
                const QString &code = finding.problem.code;
                if (rules.isEmpty() ? !(parser.isSet(all) || Proofreader::isEnabledByDefault(code))
                                    : std::none_of(rules.cbegin(), rules.cend(), [&](const QString &r) { return code.startsWith(r); }))
                    continue;
                any = true;
                ++count;
                if (parser.isSet(json)) {
                    jsonFindings.append(QJsonObject{{QStringLiteral("file"), shown},
                                                    {QStringLiteral("line"), finding.problem.line},
                                                    {QStringLiteral("column"), finding.problem.column},
                                                    {QStringLiteral("severity"), finding.problem.severityName()},
                                                    {QStringLiteral("code"), code},
                                                    {QStringLiteral("message"), finding.problem.message},
                                                    {QStringLiteral("suggestions"), QJsonArray::fromStringList(finding.suggestions)}});
                } else {
                    out() << formatProblem(shown, finding.problem) << u'\n';
                }
            }
            withFindings += any ? 1 : 0;
        }
    }
    if (parser.isSet(addWord))
        return Success;
    if (parser.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(jsonFindings).toJson(QJsonDocument::Indented));
    out().flush();
    err() << Tr::tr("%1 findings in %2 of %3 files").arg(count).arg(withFindings).arg(files) << Qt::endl;
    return count > 0 ? Refused : Success;
}

} // namespace Rubric::Cli
