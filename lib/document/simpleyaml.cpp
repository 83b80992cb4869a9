#include "simpleyaml.h"

#include "frontmatter.h"

namespace Rubric::SimpleYaml {

namespace {

std::optional<YamlValue> plain(QStringView text, bool inFlow)
{
    if (text.isEmpty())
        return YamlValue{}; // `key:` alone is null
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(text.front()) || text.endsWith(u':'))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 || c == u'#' || (c == u':' && i + 1 < text.size() && text.at(i + 1).isSpace()))
            return std::nullopt;
        if (inFlow && (c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}'))
            return std::nullopt;
    }
    if (text == QLatin1String("~") || text == QLatin1String("null") || text == QLatin1String("Null")
        || text == QLatin1String("NULL"))
        return YamlValue{};
    return YamlValue::makeScalar(text.toString(), false);
}

std::optional<YamlValue> doubleQuoted(QStringView text)
{
    if (text.size() < 2 || !text.endsWith(u'"'))
        return std::nullopt;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        QChar c = text.at(i);
        if (c == u'"' || c.unicode() < 0x20)
            return std::nullopt;
        if (c == u'\\') {
            if (i + 2 >= text.size())
                return std::nullopt;
            switch (text.at(++i).unicode()) {
            case u'"': c = u'"'; break;
            case u'\\': c = u'\\'; break;
            case u'/': c = u'/'; break;
            case u'n': c = u'\n'; break;
            case u't': c = u'\t'; break;
            case u'r': c = u'\r'; break;
            case u'0': c = QChar(0); break;
            case u'u': {
                if (i + 5 >= text.size())
                    return std::nullopt;
                bool ok = false;
                const ushort code = text.sliced(i + 1, 4).toUShort(&ok, 16);
                if (!ok || QChar::isSurrogate(code))
                    return std::nullopt;
                c = QChar(code);
                i += 4;
                break;
            }
            default:
                return std::nullopt; // rarer escapes: let the YAML parser read them
            }
        }
        result += c;
    }
    return YamlValue::makeScalar(result, true);
}

std::optional<YamlValue> singleQuoted(QStringView text)
{
    if (text.size() < 2 || !text.endsWith(u'\''))
        return std::nullopt;
    QString result;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 && c != u'\t')
            return std::nullopt;
        if (c == u'\'') {
            if (i + 2 >= text.size() || text.at(i + 1) != u'\'')
                return std::nullopt;
            ++i;
        }
        result += c;
    }
    return YamlValue::makeScalar(result, true);
}

std::optional<YamlValue> scalar(QStringView text, bool inFlow)
{
    if (text.startsWith(u'"'))
        return doubleQuoted(text);
    if (text.startsWith(u'\''))
        return singleQuoted(text);
    return plain(text, inFlow);
}

} // namespace

QList<QPair<qsizetype, qsizetype>> flowItemSpans(QStringView text, qsizetype open, qsizetype close)
{
    QList<QPair<qsizetype, qsizetype>> items;
    auto addItem = [&](qsizetype from, qsizetype to) {
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        items.append({from, to});
    };
    qsizetype itemStart = open + 1;
    int depth = 0;
    bool atItemStart = true; // a quote opens a quoted scalar only there: D'Appolito is plain
    for (qsizetype i = open + 1; i < close; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        if (c == u'"' && atItemStart) {
            for (++i; i < close && text.at(i) != u'"'; ++i) {
                if (text.at(i) == u'\\')
                    ++i;
            }
        } else if (c == u'\'' && atItemStart) {
            for (++i; i < close; ++i) {
                if (text.at(i) == u'\'' && !(i + 1 < close && text.at(i + 1) == u'\''))
                    break;
                if (text.at(i) == u'\'')
                    ++i;
            }
        } else if (c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u']' || c == u'}') {
            --depth;
        } else if (c == u',' && depth == 0) {
            addItem(itemStart, i);
            itemStart = i + 1;
            atItemStart = true;
            continue;
        }
        atItemStart = c == u'[' || c == u'{';
    }
    addItem(itemStart, close);
    if (!items.isEmpty() && items.back().first == items.back().second)
        items.removeLast(); // `[]`, or a trailing comma
    return items;
}

std::optional<YamlValue> decode(QStringView text, ValueStyle style)
{
    switch (style) {
    case ValueStyle::Empty:
        return YamlValue{};
    case ValueStyle::Plain:
    case ValueStyle::DoubleQuoted:
    case ValueStyle::SingleQuoted:
        return scalar(text, false);
    case ValueStyle::FlowSequence: {
        YamlValue list;
        list.kind = YamlValue::Kind::Sequence;
        for (const auto &[from, to] : flowItemSpans(text, 0, text.size() - 1)) {
            const QStringView item = text.sliced(from, to - from);
            if (item.isEmpty() || item.front() == u'[' || item.front() == u'{')
                return std::nullopt;
            const auto value = scalar(item, true);
            if (!value || value->isNull())
                return std::nullopt;
            list.items.append(*value);
        }
        return list;
    }
    default:
        return std::nullopt;
    }
}

bool isSimpleKey(QStringView key)
{
    if (key.isEmpty() || !(key.front().isLetter() || key.front() == u'_') || key.front().unicode() > 127)
        return false;
    for (const QChar c : key) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == u'_' || c == u'-'))
            return false;
    }
    return !YamlScalar::resolvesToNonString(key.toString()); // `null:` or `yes:` is no name
}

} // namespace Rubric::SimpleYaml
