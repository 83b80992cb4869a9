#include "indexscanner.h"

#include <QString>

#include <cctype>
#include <cstring>

namespace Rubric::Scanner {

namespace {

// A value the scanner does not take on, so that YAML decides what it means.
constexpr const char *giveUp = nullptr;

bool isKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// Characters that give a plain scalar's first character a meaning of its own in YAML.
bool isIndicator(char c)
{
    return std::strchr("-?:,[]{}#&*!|>'\"%@`", c) != nullptr && c != '\0';
}

bool isNullWord(const char *begin, const char *end)
{
    const auto is = [begin, end](const char *word) {
        const size_t length = std::strlen(word);
        return size_t(end - begin) == length && std::memcmp(begin, word, length) == 0;
    };
    return is("~") || is("null") || is("Null") || is("NULL");
}

// Control characters, and the Unicode line breaks and BOM YAML treats specially.
bool hasSpecialCharacters(const char *begin, const char *end)
{
    for (const char *p = begin; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c < 0x20 || c == 0x7F)
            return true;
        if (c == 0xC2 && p + 1 < end && static_cast<unsigned char>(p[1]) < 0xA0)
            return true; // C1 controls, NEL
        if (c == 0xE2 && p + 2 < end && static_cast<unsigned char>(p[1]) == 0x80
            && (static_cast<unsigned char>(p[2]) == 0xA8 || static_cast<unsigned char>(p[2]) == 0xA9))
            return true; // LS, PS
        if (c == 0xEF && p + 2 < end && static_cast<unsigned char>(p[1]) == 0xBB
            && static_cast<unsigned char>(p[2]) == 0xBF)
            return true; // BOM
    }
    return false;
}

bool isDelimiter(const char *begin, const char *end, bool allowDots)
{
    if (end - begin < 3 || !(std::memcmp(begin, "---", 3) == 0 || (allowDots && std::memcmp(begin, "...", 3) == 0)))
        return false;
    for (const char *p = begin + 3; p < end; ++p) {
        if (*p != ' ' && *p != '\t')
            return false;
    }
    return true;
}

// Past a value: blanks, then the end of the line or a comment after a blank.
bool onlyCommentFollows(const char *p, const char *end)
{
    const char *start = p;
    while (p < end && *p == ' ')
        ++p;
    return p == end || (*p == '#' && p > start);
}

YamlValue scalarOf(const QByteArray &utf8, bool quoted)
{
    return YamlValue::makeScalar(QString::fromUtf8(utf8), quoted);
}

// A double-quoted scalar from after its opening quote; returns the position after the
// closing quote, or giveUp.
const char *doubleQuoted(const char *p, const char *end, QByteArray *text)
{
    const char *run = p;
    for (; p < end; ++p) {
        if (*p == '"') {
            if (text)
                text->append(run, p - run);
            return p + 1;
        }
        if (*p != '\\')
            continue;
        if (p + 1 >= end)
            return giveUp;
        char escaped = p[1];
        if (escaped == 't')
            escaped = '\t';
        else if (escaped == 'n')
            escaped = '\n';
        else if (escaped != '"' && escaped != '\\' && escaped != '/')
            return giveUp;
        if (text) {
            text->append(run, p - run);
            text->append(escaped);
        }
        ++p;
        run = p + 1;
    }
    return giveUp; // continued on the next line, or never closed
}

const char *singleQuoted(const char *p, const char *end, QByteArray *text)
{
    const char *run = p;
    for (; p < end; ++p) {
        if (*p != '\'')
            continue;
        if (p + 1 < end && p[1] == '\'') {
            if (text)
                text->append(run, p + 1 - run);
            ++p;
            run = p + 1;
            continue;
        }
        if (text)
            text->append(run, p - run);
        return p + 1;
    }
    return giveUp;
}

// A quoted scalar at `p` (on its quote); returns the position after it, or giveUp.
const char *quoted(const char *p, const char *end, YamlValue *out)
{
    QByteArray text;
    const char *after = *p == '"' ? doubleQuoted(p + 1, end, out ? &text : nullptr)
                                  : singleQuoted(p + 1, end, out ? &text : nullptr);
    if (after && out)
        *out = scalarOf(text, true);
    return after;
}

// A plain item of a flow list, up to `,` or `]`.
const char *flowPlain(const char *p, const char *end, YamlValue *out)
{
    if (isIndicator(*p))
        return giveUp;
    const char *start = p;
    while (p < end && *p != ',' && *p != ']') {
        // `DTS:X`: a colon right before a letter or digit is part of the text, and so is a
        // quote after the first character (`D'Appolito`).
        const bool colonInWord = *p == ':' && p + 1 < end && std::isalnum(static_cast<unsigned char>(p[1]));
        if (std::strchr(":#[]{}", *p) && !colonInWord)
            return giveUp;
        ++p;
    }
    const char *last = p;
    while (last > start && last[-1] == ' ')
        --last;
    if (out)
        *out = isNullWord(start, last) ? YamlValue() : scalarOf(QByteArray(start, last - start), false);
    return p;
}

// A one-line flow list from after its `[`; returns the position after its `]`.
const char *flowList(const char *p, const char *end, YamlValue *out)
{
    if (out) {
        out->kind = YamlValue::Kind::Sequence;
        out->items.clear();
    }
    bool afterComma = false;
    while (true) {
        while (p < end && *p == ' ')
            ++p;
        if (p == end)
            return giveUp;
        if (*p == ']' && !afterComma && (!out || out->items.isEmpty()))
            return p + 1; // `[]`; a trailing comma is left to YAML
        YamlValue item;
        p = (*p == '"' || *p == '\'') ? quoted(p, end, out ? &item : nullptr)
                                       : flowPlain(p, end, out ? &item : nullptr);
        if (!p)
            return giveUp;
        if (out)
            out->items.append(std::move(item));
        while (p < end && *p == ' ')
            ++p;
        if (p == end)
            return giveUp;
        if (*p == ']')
            return p + 1;
        if (*p != ',')
            return giveUp;
        ++p;
        afterComma = true;
    }
}

// A plain scalar in block context, to the end of its line or its comment.
bool blockPlain(const char *p, const char *end, YamlValue *out)
{
    if (isIndicator(*p))
        return false;
    const char *start = p;
    const char *stop = end;
    for (; p < end; ++p) {
        if (*p == ':' && (p + 1 == end || p[1] == ' '))
            return false; // a mapping inside a value: YAML's call
        if (*p == '#' && p[-1] == ' ') {
            stop = p;
            break;
        }
        if (*p == '[' || *p == ']' || *p == '{' || *p == '}')
            return false;
    }
    while (stop > start && stop[-1] == ' ')
        --stop;
    if (out)
        *out = isNullWord(start, stop) ? YamlValue() : scalarOf(QByteArray(start, stop - start), false);
    return true;
}

// One `key: value` line; false when it is in no form the scanner knows.
bool scanEntry(const char *line, const char *end, const std::array<QByteArray, SlotCount> &keys, Values &values)
{
    const char *p = line;
    while (p < end && isKeyChar(*p))
        ++p;
    if (p == line || p == end || *p != ':' || (p + 1 < end && p[1] != ' ') || isNullWord(line, p))
        return false;
    YamlValue *out = nullptr;
    for (int slot = 0; slot < SlotCount; ++slot) {
        const QByteArray &key = keys[size_t(slot)];
        if (key.size() == p - line && std::memcmp(key.constData(), line, size_t(key.size())) == 0) {
            out = &values[size_t(slot)];
            break;
        }
    }
    ++p;
    while (p < end && *p == ' ')
        ++p;
    if (p == end || *p == '#') { // `key:` alone: null (a block value below would be indented)
        if (out)
            *out = YamlValue();
        return true;
    }
    if (*p == '"' || *p == '\'') {
        p = quoted(p, end, out);
        return p && onlyCommentFollows(p, end);
    }
    if (*p == '[') {
        p = flowList(p + 1, end, out);
        return p && onlyCommentFollows(p, end);
    }
    return blockPlain(p, end, out);
}

// A price the fast path takes as written: 0, 12, 12.5. Anything else (a leading zero,
// which YAML 1.1 reads as octal; signs, exponents, `_`) goes to the YAML path.
bool isPlainDecimal(const YamlValue &value)
{
    if (!value.isScalar() || value.quoted)
        return true;
    const QString &text = value.scalar;
    const qsizetype dot = text.indexOf(u'.');
    const qsizetype whole = dot < 0 ? text.size() : dot;
    if (whole == 0 || (whole > 1 && text.front() == u'0') || dot == text.size() - 1)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != dot && (text.at(i) < u'0' || text.at(i) > u'9'))
            return false;
    }
    return true;
}

} // namespace

bool scan(const QByteArray &bytes, const std::array<QByteArray, SlotCount> &keys, Values &values)
{
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    if (end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    bool first = true;
    while (p < end) {
        const char *lineEnd = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!lineEnd)
            return false; // no closing line
        const char *next = lineEnd + 1;
        if (lineEnd > p && lineEnd[-1] == '\r')
            --lineEnd;
        if (first) {
            if (!isDelimiter(p, lineEnd, false))
                return false;
            first = false;
        } else if (isDelimiter(p, lineEnd, true)) {
            return isPlainDecimal(values[Price]);
        } else if (hasSpecialCharacters(p, lineEnd)) {
            return false;
        } else if (p != lineEnd && *p != '#') {
            const char *text = p;
            while (text < lineEnd && *text == ' ')
                ++text;
            if (text != lineEnd && (text != p || !scanEntry(p, lineEnd, keys, values)))
                return false; // indented content (a block value) or an unknown form
        }
        p = next;
    }
    return false;
}

} // namespace Rubric::Scanner
