#include "cli.h"
#include "output.h"

#include "document/linediff.h"
#include "document/tenths.h"
#include "history/gitrepository.h"
#include "history/history.h"
#include "document/unifieddiff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

QJsonValue tenthsJson(std::optional<int> tenths)
{
    return tenths ? QJsonValue(Tenths::toDouble(*tenths)) : QJsonValue(QJsonValue::Null);
}

QString tenthsText(std::optional<int> tenths)
{
    return tenths ? Tenths::format(*tenths) : QStringLiteral("?");
}

// The repository of `path`, or nothing after saying there is no history (not a failure).
std::unique_ptr<GitRepository> repositoryFor(const QString &path, bool *failed)
{
    QString error;
    auto repo = GitRepository::discover(path, &error);
    *failed = !repo && !error.isEmpty();
    if (!repo) {
        err() << path << QLatin1String(": ")
              << (error.isEmpty() ? QCoreApplication::translate("Rubric::Cli", "no history (not in a git repository)") : error)
              << Qt::endl;
    }
    return repo;
}

} // namespace

int log(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Rubric::Cli", "List the commits that changed a review, with its ratings and price at each."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Rubric::Cli", "The review file."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Rubric::Cli", "Print JSON."));
    parser.addOption(json);
    if (const auto stop = parseArguments(parser, QStringLiteral("log"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("Rubric::Cli", "usage: rubric log FILE [--json]") << Qt::endl;
        return Failure;
    }
    const QString path = parser.positionalArguments().constFirst();
    const auto schema = schemaFor(path);
    if (!schema)
        return Failure;
    bool failed = false;
    const auto repo = repositoryFor(path, &failed);
    if (!repo) {
        if (parser.isSet(json) && !failed)
            out() << "[]" << Qt::endl;
        return failed ? Failure : Success;
    }
    QString error;
    const QList<ReviewVersion> versions = History::log(*repo, path, *schema, &error);
    if (!error.isEmpty()) {
        err() << path << QLatin1String(": ") << error << Qt::endl;
        return Failure;
    }
    const auto &axes = schema->axes();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto &version : versions) {
            QJsonObject axesObject;
            for (int i = 0; i < axes.size(); ++i)
                axesObject.insert(axes.at(i).id, tenthsJson(version.snapshot.axes.value(i)));
            bool isNumber = false;
            const double price = version.snapshot.price.toDouble(&isNumber);
            list.append(QJsonObject{
                {QStringLiteral("commit"), version.commit},
                {QStringLiteral("date"), version.date.toString(Qt::ISODate)},
                {QStringLiteral("author"), version.author},
                {QStringLiteral("message"), version.message},
                {QStringLiteral("path"), version.path},
                {QStringLiteral("total"), tenthsJson(version.snapshot.total)},
                {QStringLiteral("axes"), axesObject},
                {QStringLiteral("price"), version.snapshot.price.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : isNumber                       ? QJsonValue(price)
                                                                           : QJsonValue(version.snapshot.price)},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const auto &version : versions) {
        QStringList axisTexts;
        for (int i = 0; i < axes.size(); ++i)
            axisTexts << tenthsText(version.snapshot.axes.value(i));
        out() << version.shortId() << QLatin1Char(' ') << version.date.toString(Qt::ISODate)
              << QLatin1String(" total ") << tenthsText(version.snapshot.total)
              << QLatin1String(" axes ") << axisTexts.join(QLatin1Char(' '))
              << QLatin1String(" price ") << (version.snapshot.price.isEmpty() ? QStringLiteral("-") : version.snapshot.price)
              << QLatin1String("  ") << version.summary() << Qt::endl;
    }
    return Success;
}

int diff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Rubric::Cli", "Show how a review's text differs from HEAD or another commit (unified diff)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Rubric::Cli", "The review file."));
    parser.addPositionalArgument(QStringLiteral("REV"), QCoreApplication::translate("Rubric::Cli", "The commit to compare with (default HEAD)."), QStringLiteral("[REV]"));
    if (const auto stop = parseArguments(parser, QStringLiteral("diff"), arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2) {
        err() << QCoreApplication::translate("Rubric::Cli", "usage: rubric diff FILE [REV]") << Qt::endl;
        return Failure;
    }
    const QString path = positional.constFirst();
    const QString revision = positional.value(1, QStringLiteral("HEAD"));
    bool failed = false;
    const auto repo = repositoryFor(path, &failed);
    if (!repo)
        return failed ? Failure : Success;
    QString error;
    auto before = History::contentsAt(*repo, path, revision, &error);
    if (!before) { // renamed since? Its name at REV.
        if (const auto schema = schemaFor(path)) {
            const QString then = History::pathAt(*repo, path, revision, *schema);
            if (!then.isEmpty())
                before = History::contentsAt(*repo, then, revision, &error);
        }
    }
    if (!before) {
        err() << path << QLatin1String(": ") << error << Qt::endl;
        return Failure;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << path << QLatin1String(": ") << file.errorString() << Qt::endl;
        return Failure;
    }
    const QString relative = repo->relativePath(path);
    const QList<DiffLine> lines = LineDiff::compute(QString::fromUtf8(*before), QString::fromUtf8(file.readAll()));
    out() << UnifiedDiff::format(lines, QLatin1String("a/") + relative + QLatin1String(" (") + revision + QLatin1Char(')'),
                                 QLatin1String("b/") + relative);
    return Success;
}

} // namespace Rubric::Cli
