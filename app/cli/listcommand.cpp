#include "cli.h"
#include "output.h"

#include "history/gitrepository.h"
#include "history/history.h"
#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "site/siteindex.h"
#include "translate/translationpairs.h"
#include "translate/translationrecord.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

// The strings of this file, in the translation context of Rubric::Cli.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

QJsonValue jsonValue(const LibraryModel &model, int row, int column)
{
    const QVariant value = model.value(row, column);
    if (!value.isValid())
        return QJsonValue::Null;
    switch (model.kind(column)) {
    case LibraryModel::TotalColumn:
    case LibraryModel::AxisColumn:
        return value.toInt() / 10.0;
    case LibraryModel::PriceColumn:
        return value.toDouble();
    case LibraryModel::TagsColumn:
        return QJsonArray::fromStringList(model.record(row).tags);
    case LibraryModel::TranslationColumn:
        return QJsonArray::fromStringList(model.languagesOfRef(model.record(row).ref));
    case LibraryModel::ProblemsColumn:
        return value.toInt();
    case LibraryModel::TranslationStateColumn:
    case LibraryModel::GitStatusColumn:
        return value.toString(); // the id, whatever the UI language
    default:
        return model.data(model.index(row, column)).toString();
    }
}

} // namespace

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the reviews of a site, filtered and sorted.\n"
                                        "EXPR compares a column with a value: total<2, cost_performance>=0.8, "
                                        "date>=2025-08-01, name~sony (contains). --sort=-total sorts descending."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("The site folder (holding _products/ and _companies/)."));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("Only reviews in language L."), QStringLiteral("L"));
    const QCommandLineOption layout(QStringLiteral("layout"), Tr::tr("Only product or company reviews."), QStringLiteral("LAYOUT"));
    const QCommandLineOption company(QStringLiteral("company"), Tr::tr("Only reviews of company ID."), QStringLiteral("ID"));
    const QCommandLineOption tag(QStringLiteral("tag"), Tr::tr("Only reviews with tag T."), QStringLiteral("T"));
    const QCommandLineOption where(QStringLiteral("where"), Tr::tr("Only rows where EXPR holds (repeatable)."), QStringLiteral("EXPR"));
    const QCommandLineOption sort(QStringLiteral("sort"), Tr::tr("Sort by COLUMN (-COLUMN: descending)."), QStringLiteral("COLUMN"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({lang, layout, company, tag, where, sort, json});
    if (const auto stop = parseArguments(parser, QStringLiteral("list"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("usage: rubric list DIR [--lang L] [--layout product|company] [--company ID] [--tag T] "
                    "[--where EXPR]... [--sort COLUMN] [--json]")
              << Qt::endl;
        return Failure;
    }
    const QString root = parser.positionalArguments().constFirst();
    if (!QDir(root).exists()) {
        err() << Tr::tr("%1: no such folder").arg(root) << Qt::endl;
        return Failure;
    }
    SiteIndex index(root);
    index.indexNow();
    LibraryModel model(&index);
    LibraryFilter filter(&model);

    QList<LibraryFilter::Condition> conditions;
    QStringList expressions = parser.values(where);
    const QList<QPair<const QCommandLineOption *, QString>> shortcuts = {
        {&lang, QStringLiteral("lang")}, {&layout, QStringLiteral("layout")}, {&company, QStringLiteral("company")}};
    for (const auto &shortcut : shortcuts) {
        for (const auto &value : parser.values(*shortcut.first))
            expressions.append(shortcut.second + u'=' + value);
    }
    for (const auto &expression : std::as_const(expressions)) {
        QString error;
        const auto condition = filter.parseCondition(expression, &error);
        if (!condition) {
            err() << Tr::tr("refused") << QLatin1String(": ") << error << Qt::endl;
            return Refused;
        }
        conditions.append(*condition);
    }
    // Translation states need every pair's text read: only when asked for.
    if (QStringList(expressions + parser.values(sort)).join(u' ').contains(QLatin1String("translation_state"))) {
        QString error;
        const auto record = TranslationRecord::load(root, &error);
        if (!record) {
            err() << error << Qt::endl;
            return Failure;
        }
        model.setTranslationStates(TranslationPairs::statesByPath(TranslationPairs::scan(index, *record)));
    }
    // Git status (issue 19) costs a walk of the work tree: only when asked for.
    static const QRegularExpression gitColumn(QStringLiteral("^\\s*-?git\\b"));
    if (!QStringList(expressions + parser.values(sort)).filter(gitColumn).isEmpty()) {
        if (const auto repository = GitRepository::discover(root)) {
            QString error;
            const auto statuses = History::statusIds(*repository, root, &error);
            if (!error.isEmpty()) {
                err() << root << QLatin1String(": ") << error << Qt::endl;
                return Failure;
            }
            model.setGitStatuses(statuses);
        } else {
            err() << Tr::tr("%1: not in a git repository: no git status").arg(root) << Qt::endl;
        }
    }
    filter.setConditions(conditions);
    filter.setTag(parser.value(tag));
    if (parser.isSet(sort)) {
        QString id = parser.value(sort);
        const bool descending = id.startsWith(u'-');
        if (descending)
            id.remove(0, 1);
        const int column = model.columnForId(id);
        if (column < 0) {
            err() << Tr::tr("refused: unknown column \"%1\"").arg(id) << Qt::endl;
            return Refused;
        }
        filter.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }

    const int columns = model.columnCount();
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (int r = 0; r < filter.rowCount(); ++r) {
            const int row = filter.mapToSource(filter.index(r, 0)).row();
            QJsonObject object{{QStringLiteral("path"), model.record(row).path}};
            for (int c = 0; c < columns; ++c)
                object.insert(model.columnId(c), jsonValue(model, row, c));
            rows.append(object);
        }
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    } else {
        QStringList header{QStringLiteral("path")};
        for (int c = 0; c < columns; ++c)
            header.append(model.columnId(c));
        out() << header.join(u'\t') << u'\n';
        for (int r = 0; r < filter.rowCount(); ++r) {
            const int row = filter.mapToSource(filter.index(r, 0)).row();
            QStringList cells{model.record(row).path};
            for (int c = 0; c < columns; ++c)
                cells.append(model.data(model.index(row, c)).toString().replace(u'\t', u' '));
            out() << cells.join(u'\t') << u'\n';
        }
    }
    out().flush();
    for (const auto &record : index.records()) {
        if (!record.readable)
            err() << root << u'/' << record.path << QLatin1String(": error: ") << record.error << Qt::endl;
    }
    return Success;
}

} // namespace Rubric::Cli
