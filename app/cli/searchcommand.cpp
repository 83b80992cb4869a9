#include "cli.h"
#include "output.h"

#include "search/sitesearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

} // namespace

int search(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Search the text of every review of a site, like grep (case, width and Japanese spacing folded).\n"
        "QUERY: words, \"phrases\", -excluded, a OR b, tag:T company:ID lang:L layout:L section:ID, "
        "and comparisons as in rubric list --where (total>=3.5, date>2026-01-01, price<100)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("The site folder (holding _products/ and _companies/)."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), Tr::tr("What to find."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most N hits (default 100, 0: all)."), QStringLiteral("N"),
                                   QStringLiteral("100"));
    parser.addOptions({json, limit});
    if (const auto stop = parseArguments(parser, QStringLiteral("search"), arguments))
        return *stop;
    bool limitOk = false;
    const int maxHits = parser.value(limit).toInt(&limitOk);
    if (parser.positionalArguments().size() != 2 || !limitOk || maxHits < 0) {
        err() << Tr::tr("usage: rubric search DIR QUERY [--json] [--limit N]") << Qt::endl;
        return Failure;
    }
    const QString root = parser.positionalArguments().constFirst();
    if (!QDir(root).exists()) {
        err() << Tr::tr("%1: no such folder").arg(root) << Qt::endl;
        return Failure;
    }
    SiteSearch site(root);
    if (!site.open().ok) {
        err() << site.indexPath() << QLatin1String(": error: ") << site.errorString() << Qt::endl;
        return Failure;
    }
    QString error;
    const QList<SearchHit> hits = site.search(parser.positionalArguments().at(1), maxHits, &error);
    if (!error.isEmpty()) {
        err() << Tr::tr("refused") << QLatin1String(": ") << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const auto &hit : hits) {
            rows.append(QJsonObject{{QStringLiteral("path"), hit.path},
                                    {QStringLiteral("line"), hit.line},
                                    {QStringLiteral("column"), hit.column},
                                    {QStringLiteral("section"), hit.section},
                                    {QStringLiteral("snippet"), hit.snippet}});
        }
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &hit : hits)
            out() << hit.path << u':' << hit.line << u':' << hit.column << QLatin1String(": ") << hit.snippet << u'\n';
    }
    out().flush();
    return hits.isEmpty() ? Refused : Success;
}

} // namespace Rubric::Cli
