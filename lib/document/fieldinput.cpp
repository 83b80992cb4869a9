#include "fieldinput.h"

#include "schema/schema.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace Rubric::FieldInput {

namespace {

// The strings of this file, in the translation context of Rubric::FieldInput.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::FieldInput)
};

std::optional<ValueIntent> fail(QString *error, const QString &message)
{
    *error = message;
    return std::nullopt;
}

std::optional<QStringList> parseFlowList(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u'[') || !trimmed.endsWith(u']'))
        return std::nullopt;
    try {
        const YAML::Node node = YAML::Load(trimmed.toStdString());
        if (!node.IsSequence())
            return std::nullopt;
        QStringList items;
        for (const auto &item : node) {
            if (!item.IsScalar())
                return std::nullopt;
            items.append(QString::fromStdString(item.Scalar()));
        }
        return items;
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
}

} // namespace

QString formatNumber(double value)
{
    return QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
}

std::optional<ValueIntent> fromText(const FieldSpec &field, const QString &text, QString *error)
{
    switch (field.type) {
    case FieldType::Enum:
        if (!field.values.contains(text))
            return fail(error, Tr::tr("%1 must be one of: %2").arg(field.key, field.values.join(QLatin1String(", "))));
        return ValueIntent{YamlValue::makeScalar(text), true};
    case FieldType::String:
        if (text.contains(u'\n'))
            return fail(error, Tr::tr("%1 must be a single line").arg(field.key));
        return ValueIntent{YamlValue::makeScalar(text), true};
    case FieldType::Text:
        return ValueIntent{YamlValue::makeScalar(text), true};
    case FieldType::Date: {
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!iso.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid())
            return fail(error, Tr::tr("%1 must be a date written YYYY-MM-DD, not \"%2\"").arg(field.key, text));
        return ValueIntent{YamlValue::makeScalar(text), false};
    }
    case FieldType::Number: {
        static const QRegularExpression number(QStringLiteral("^\\d+(\\.\\d+)?$"));
        if (!number.match(text).hasMatch())
            return fail(error, Tr::tr("%1 must be a non-negative number such as 129.99, not \"%2\"").arg(field.key, text));
        // YAML 1.1 (the site) reads a plain 0123 as the octal 83: write what was meant.
        QString canonical = text;
        while (canonical.size() > 1 && canonical.startsWith(u'0') && canonical.at(1).isDigit())
            canonical.remove(0, 1);
        return ValueIntent{YamlValue::makeScalar(canonical), false};
    }
    case FieldType::List: {
        const auto items = parseFlowList(text);
        if (!items)
            return fail(error, Tr::tr("%1 must be a list written [a, b, c], not \"%2\"").arg(field.key, text));
        return ValueIntent{YamlValue::makeList(*items), true};
    }
    case FieldType::Rating:
        return fail(error, Tr::tr("%1 is computed from the axes: set the axes by their ids instead").arg(field.key));
    }
    return std::nullopt;
}

std::optional<ValueIntent> fromVariant(const FieldSpec &field, const QVariant &value, QString *error)
{
    switch (field.type) {
    case FieldType::Date:
        if (value.typeId() == QMetaType::QDate) {
            const QDate date = value.toDate();
            if (!date.isValid())
                return fail(error, Tr::tr("%1: not a valid date").arg(field.key));
            return ValueIntent{YamlValue::makeScalar(date.toString(Qt::ISODate)), false};
        }
        break;
    case FieldType::Number:
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
            || value.typeId() == QMetaType::LongLong) {
            const double number = value.toDouble();
            if (number < 0)
                return fail(error, Tr::tr("%1 must not be negative").arg(field.key));
            return ValueIntent{YamlValue::makeScalar(formatNumber(number)), false};
        }
        break;
    case FieldType::List:
        if (value.typeId() == QMetaType::QStringList)
            return ValueIntent{YamlValue::makeList(value.toStringList()), true};
        break;
    default:
        break;
    }
    return fromText(field, value.toString(), error);
}

} // namespace Rubric::FieldInput
