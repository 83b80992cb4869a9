#include "cli.h"
#include "output.h"

#include "document/reviewdocument.h"
#include "document/tenths.h"
#include "validate/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

// `asText`: the schema types the field as text (a title, a tag list), so a plain `2.0`
// or `2005` stays the text written rather than becoming the JSON number 2 or 2005.
QJsonValue toJson(const YamlValue &value, bool asText)
{
    switch (value.kind) {
    case YamlValue::Kind::Null:
        return QJsonValue::Null;
    case YamlValue::Kind::Scalar: {
        bool isNumber = false;
        const double number = value.scalar.toDouble(&isNumber);
        if (!asText && !value.quoted && isNumber && YamlScalar::resolvesToNonString(value.scalar))
            return number;
        return value.scalar;
    }
    case YamlValue::Kind::Sequence: {
        QJsonArray array;
        for (const auto &item : value.items)
            array.append(toJson(item, asText));
        return array;
    }
    case YamlValue::Kind::Map: {
        QJsonObject object;
        for (qsizetype i = 0; i + 1 < value.items.size(); i += 2)
            object.insert(value.items.at(i).toDisplayString(), toJson(value.items.at(i + 1), asText));
        return object;
    }
    }
    return {};
}

bool isTextField(const Schema &schema, const QString &key)
{
    const FieldSpec *field = schema.field(key);
    return field && field->type != FieldType::Number && field->type != FieldType::Rating;
}

QJsonObject toJson(const Problem &problem)
{
    return {{QStringLiteral("severity"), problem.severityName()},
            {QStringLiteral("code"), problem.code},
            {QStringLiteral("message"), problem.message},
            {QStringLiteral("line"), problem.line},
            {QStringLiteral("column"), problem.column},
            {QStringLiteral("field"), problem.field}};
}

QJsonValue tenthsJson(std::optional<int> tenths)
{
    return tenths ? QJsonValue(Tenths::toDouble(*tenths)) : QJsonValue(QJsonValue::Null);
}

QString tenthsText(std::optional<int> tenths)
{
    return tenths ? Tenths::format(*tenths) : QStringLiteral("?");
}

} // namespace

int show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Rubric::Cli", "Print a review's fields, ratings and problems."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Rubric::Cli", "The review file."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Rubric::Cli", "Print JSON."));
    parser.addOption(json);
    if (const auto stop = parseArguments(parser, QStringLiteral("show"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("Rubric::Cli", "usage: rubric show FILE [--json]") << Qt::endl;
        return Failure;
    }
    const QString path = parser.positionalArguments().constFirst();
    const auto siteSchema = schemaFor(path);
    if (!siteSchema)
        return Failure;
    ReviewDocument document(*siteSchema);
    const bool failed = !document.load(path) || !document.frontMatter().parsed();
    Problems problems = document.problems();
    const Ratings ratings = document.ratings();
    // An unusable rating shows as "?": say why, on its line.
    if (!failed && ratings.present && !ratings.isValid())
        Validator::checkRating({document.schema(), document.text(), document.frontMatter(), document.outline(), {}, {}},
                               problems);
    const Schema &schema = document.schema();

    if (parser.isSet(json)) {
        QJsonObject fields;
        for (const auto &key : document.frontMatter().keys())
            fields.insert(key, toJson(document.value(key), isTextField(schema, key)));
        QJsonObject axes;
        for (int i = 0; i < schema.axes().size(); ++i)
            axes.insert(schema.axes().at(i).id, tenthsJson(ratings.axis(i)));
        QJsonArray problemList;
        for (const auto &problem : problems)
            problemList.append(toJson(problem));
        const QJsonObject root{{QStringLiteral("file"), path},
                               {QStringLiteral("fields"), fields},
                               {QStringLiteral("total"), tenthsJson(ratings.total())},
                               {QStringLiteral("axes"), axes},
                               {QStringLiteral("problems"), problemList}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &key : document.frontMatter().keys())
            out() << key << QLatin1String(": ") << document.value(key).toDisplayString() << u'\n'; // one write at the end, not one per key
        if (ratings.present) {
            out() << QLatin1String("total: ") << tenthsText(ratings.total()) << Qt::endl;
            for (int i = 0; i < schema.axes().size(); ++i)
                out() << schema.axes().at(i).id << QLatin1String(": ") << tenthsText(ratings.axis(i)) << Qt::endl;
        }
        // A file that cannot be read reports why on stderr (below), like every failure.
        if (!failed) {
            for (const auto &problem : problems)
                out() << formatProblem(path, problem) << Qt::endl;
        }
    }
    out().flush();
    if (failed) {
        printProblems(path, problems);
        return Failure;
    }
    return Success;
}

} // namespace Rubric::Cli
