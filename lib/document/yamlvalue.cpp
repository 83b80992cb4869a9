#include "yamlvalue.h"

#include <QRegularExpression>

namespace Rubric {

YamlValue YamlValue::makeList(const QStringList &texts)
{
    YamlValue value;
    value.kind = Kind::Sequence;
    for (const auto &text : texts)
        value.items.append(makeScalar(text));
    return value;
}

QStringList YamlValue::scalarItems() const
{
    QStringList result;
    for (const auto &item : items)
        result.append(item.isScalar() ? item.scalar : QString());
    return result;
}

QString YamlValue::toDisplayString() const
{
    switch (kind) {
    case Kind::Null:
        return {};
    case Kind::Scalar:
        return scalar;
    case Kind::Sequence: {
        QStringList parts;
        for (const auto &item : items)
            parts.append(item.toDisplayString());
        return u'[' + parts.join(QLatin1String(", ")) + u']';
    }
    case Kind::Map: {
        QStringList parts;
        for (qsizetype i = 0; i + 1 < items.size(); i += 2)
            parts.append(items.at(i).toDisplayString() + QLatin1String(": ") + items.at(i + 1).toDisplayString());
        return u'{' + parts.join(QLatin1String(", ")) + u'}';
    }
    }
    return {};
}

namespace YamlScalar {

bool resolvesToNonString(const QString &plain)
{
    // The resolvers of YAML 1.1 as Ruby's Psych applies them (null, bool, int in its
    // bases, float, sexagesimal, timestamp); generous on purpose: a false alarm only
    // costs a pair of quotes.
    static const QRegularExpression nonString(QStringLiteral(
        "^(?:~|null|Null|NULL"
        "|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_,]*)"
        "|[-+]?(?:[0-9][0-9_,]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
        "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+).*)?"
        ")$"));
    return plain.isEmpty() || nonString.match(plain).hasMatch();
}

bool isPlainSafe(const QString &text, bool inFlow)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(text.front()))
        return false;
    if (text.endsWith(u':') || text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #"))
        || text.contains(QLatin1String(":\t")) || text.contains(QLatin1String("\t#")))
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0xFEFF) || c.category() == QChar::Other_Surrogate
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator || c == QChar(0x85))
            return false;
        if (inFlow && (c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}'))
            return false;
    }
    return true;
}

QString doubleQuoted(const QString &text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': result += QLatin1String("\\\""); break;
        case u'\\': result += QLatin1String("\\\\"); break;
        case u'\n': result += QLatin1String("\\n"); break;
        case u'\t': result += QLatin1String("\\t"); break;
        case u'\r': result += QLatin1String("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0x85) || c == QChar(0xFEFF)
                || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                result += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    result += u'"';
    return result;
}

QString singleQuoted(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0x85) || c == QChar(0xFEFF))
            return {};
    }
    QString escaped = text;
    escaped.replace(u'\'', QLatin1String("''"));
    return u'\'' + escaped + u'\'';
}

} // namespace YamlScalar
} // namespace Rubric
