#include "cli.h"
#include "output.h"

#include "document/reviewdocument.h"
#include "site/indexwalker.h"
#include "site/siteroot.h"
#include "validate/fixer.h"
#include "validate/sitechecks.h"
#include "validate/sitevalidation.h"
#include "validate/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

namespace Rubric::Cli {

namespace {

// The strings of this file, in the translation context of Rubric::Cli.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

struct FileReport
{
    QString path;
    Problems problems;
    int fixed = 0;
    QStringList fixErrors;
    ReviewRecord record; // for the rules across files, read from the same bytes
};

// One file to check, with its site's schema (read once per site, not once per file).
struct Target
{
    QString path;
    QString sitePath;
    std::shared_ptr<const Schema> schema;
    QString site; // the site folder it was found in, when a folder was named
};

// The review files a path names: the file itself, or every review of a site folder.
QList<Target> targets(const QString &path, QHash<QString, std::shared_ptr<const Schema>> &schemas, QString *error)
{
    const QFileInfo info(path);
    // The site's own schema (its rubric-schema.yml), read once per site.
    const SiteRoot site = SiteRoot::find(path);
    const QString root = site.found() ? site.root : info.isDir() ? info.absoluteFilePath() : QString();
    auto &schema = schemas[root];
    if (!schema) {
        if (!site.error.isEmpty())
            *error = site.error;
        schema = std::make_shared<const Schema>(site.schema);
    }
    if (!info.isDir())
        return {{path, Validator::sitePathOf(path), schema, QString()}};
    QList<Target> files;
    if (QDir::cleanPath(info.absoluteFilePath()) == root) {
        // The whole site: the one site walker, over the site's layouts. The rules across
        // files need the whole site, so only then are they run.
        for (const auto &file : IndexWalker::list(root, *schema).files)
            files.append({QDir(path).filePath(file.path), file.path, schema, root}); // named as given
    } else {
        QDirIterator it(path, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            files.append({file, QDir(root).relativeFilePath(QFileInfo(file).absoluteFilePath()), schema, QString()});
        }
    }
    std::sort(files.begin(), files.end(), [](const Target &a, const Target &b) { return a.path < b.path; });
    return files;
}

FileReport check(const Target &target, bool fix, const QStringList &rules, QDate today)
{
    FileReport report{target.path, {}, 0, {}, {}};
    // Read once, bounded by the file's size: its checks and its record for the rules across files.
    report.problems = SiteValidation::checkFile(target.path, *target.schema, target.sitePath,
                                                target.site.isEmpty() ? nullptr : &report.record, today);
    if (!fix || std::none_of(report.problems.cbegin(), report.problems.cend(),
                             [&](const Problem &problem) { return Fixer::canFix(problem) && Fixer::selected(problem, rules); }))
        return report;
    ReviewDocument document(*target.schema);
    document.load(target.path);
    report.fixed = Fixer::applyAll(document, rules, &report.fixErrors); // --rule R: only R's fixes
    if (document.isModified()) {
        const SaveOutcome saved = document.save();
        if (!saved.ok()) {
            report.fixErrors.append(saved.error);
            report.fixed = 0;
        }
    }
    report.path = document.filePath(); // renamed, maybe
    report.problems = Validator::validate(document, today);
    return report;
}

QJsonObject toJson(const QString &path, const Problem &problem)
{
    return {{QStringLiteral("file"), path},
            {QStringLiteral("line"), problem.line},
            {QStringLiteral("column"), problem.column},
            {QStringLiteral("severity"), problem.severityName()},
            {QStringLiteral("code"), problem.code},
            {QStringLiteral("field"), problem.field},
            {QStringLiteral("message"), problem.message}};
}

} // namespace

int validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Check reviews against the site's rules.\n"
                                        "Exit codes: 0 clean, 1 problems found, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("Review files or site folders."), QStringLiteral("PATH..."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption rule(QStringLiteral("rule"), Tr::tr("Only this rule (repeatable; a prefix such as rating. selects a family)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption list(QStringLiteral("list-rules"), Tr::tr("List the rules and exit."));
    const QCommandLineOption fix(QStringLiteral("fix"), Tr::tr("Apply the mechanical fixes, then report what is left."));
    parser.addOptions({json, rule, list, fix});
    if (const auto stop = parseArguments(parser, QStringLiteral("validate"), arguments))
        return *stop;
    if (parser.isSet(list)) {
        for (const auto &info : Validator::rules())
            out() << info.code << u'\t' << (info.severity == Problem::Severity::Error ? "error" : "warning") << u'\t'
                  << (info.fixable ? "fixable" : "-") << u'\t' << info.summary << u'\n';
        return Success;
    }
    const QStringList rules = parser.values(rule);
    for (const auto &code : rules) {
        bool known = false;
        for (const auto &info : Validator::rules())
            known = known || info.code.startsWith(code);
        if (!known) {
            err() << Tr::tr("unknown rule \"%1\"; `rubric validate --list-rules` lists them").arg(code) << Qt::endl;
            return Failure;
        }
    }
    if (parser.positionalArguments().isEmpty()) {
        err() << Tr::tr("usage: rubric validate PATH... [--json] [--rule CODE]... [--fix]") << Qt::endl;
        return Failure;
    }
    QList<Target> files;
    QHash<QString, std::shared_ptr<const Schema>> schemas;
    for (const auto &path : parser.positionalArguments()) {
        if (!QFileInfo::exists(path)) {
            err() << Tr::tr("%1: no such file or folder").arg(path) << Qt::endl;
            return Failure;
        }
        QString error;
        const QList<Target> found = targets(path, schemas, &error);
        if (!error.isEmpty()) {
            err() << error << Qt::endl;
            return Failure;
        }
        if (found.isEmpty()) {
            err() << Tr::tr("%1: no reviews found there").arg(path) << Qt::endl; // checking nothing is not "clean"
            return Failure;
        }
        files += found;
    }

    const bool fixing = parser.isSet(fix);
    // Once per run: QDate::currentDate() re-reads the time zone (a stat of /etc/localtime),
    // which per file was 5% of validating a site.
    const QDate today = QDate::currentDate();
    const std::function<FileReport(const Target &)> checkOne = [fixing, &rules, today](const Target &target) {
        return check(target, fixing, rules, today);
    };
    QList<FileReport> reports = QtConcurrent::blockingMapped(files, checkOne);
    // The rules across files, site by site, over the records read with the checks.
    QHash<QString, QList<int>> bySite;
    for (int i = 0; i < files.size(); ++i) {
        if (!files.at(i).site.isEmpty() && !reports.at(i).record.path.isEmpty())
            bySite[files.at(i).site].append(i);
    }
    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it) {
        ReviewRecords records;
        for (int i : it.value())
            records.append(reports.at(i).record);
        const QHash<int, Problems> across = SiteChecks::check(records, *files.at(it.value().constFirst()).schema);
        for (auto found = across.cbegin(); found != across.cend(); ++found)
            reports[it.value().at(found.key())].problems += found.value();
    }
    int fixed = 0;
    for (const auto &report : reports) {
        fixed += report.fixed;
        for (const auto &error : report.fixErrors)
            err() << report.path << QLatin1String(": cannot fix: ") << error << Qt::endl;
    }
    int errors = 0, warnings = 0, withProblems = 0;
    bool unreadable = false;
    QJsonArray jsonProblems;
    for (const auto &report : reports) {
        bool any = false;
        for (const auto &problem : report.problems) {
            if (!Fixer::selected(problem, rules))
                continue;
            any = true;
            unreadable = unreadable || problem.code == QLatin1String("load.io");
            (problem.isError() ? errors : warnings)++;
            if (parser.isSet(json))
                jsonProblems.append(toJson(report.path, problem));
            else
                out() << formatProblem(report.path, problem) << u'\n';
        }
        withProblems += any ? 1 : 0;
    }
    if (parser.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(jsonProblems).toJson(QJsonDocument::Indented));
    out().flush();
    if (fixing)
        err() << QCoreApplication::translate("Rubric::Cli", "fixed %n problems", nullptr, fixed) << Qt::endl;
    err() << Tr::tr("%1 errors, %2 warnings in %3 of %4 files").arg(errors).arg(warnings).arg(withProblems).arg(reports.size())
          << Qt::endl;
    if (unreadable)
        return Failure;
    return errors + warnings > 0 ? Refused : Success;
}

} // namespace Rubric::Cli
