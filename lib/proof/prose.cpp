#include "prose.h"

#include "translate/reviewsections.h"

#include <QRegularExpression>

namespace Rubric::Prose {

namespace {

bool isFence(QStringView trimmed)
{
    return trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~");
}

// Marks [from, to) of `masked`.
void mask(QList<bool> &masked, qsizetype from, qsizetype to)
{
    for (qsizetype i = std::max<qsizetype>(0, from); i < std::min(to, masked.size()); ++i)
        masked[i] = true;
}

// Non-prose inside a line: URLs, bare domains, e-mail addresses, HTML tags, link targets,
// kramdown attribute lists, reference definitions.
const QRegularExpression &inlineNonProse()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:https?|ftp)://[^\s<>()\]]+)"
                       R"(|www\.[^\s<>()\]]+)"
                       R"(|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
                       R"(|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|jp|io|co|de|uk|fr|cn|kr|tw|info|audio)\b(?:/[^\s)]*)?)"
                       R"(|<[^<>]*>)"
                       R"(|\]\([^)]*\))"
                       R"(|\{:[^}]*\})"
                       R"(|^\s*\[[^\]]+\]:.*$)"));
    return re;
}

// Marks paired delimiters (`code`, $math$): the run and everything up to the same run.
void maskPaired(QStringView line, QList<bool> &masked, QChar delimiter)
{
    qsizetype i = 0;
    while (i < line.size()) {
        if (line.at(i) != delimiter || masked.at(i)) {
            ++i;
            continue;
        }
        qsizetype run = 0;
        while (i + run < line.size() && line.at(i + run) == delimiter)
            ++run;
        const QString closing(run, delimiter);
        const qsizetype end = line.indexOf(closing, i + run);
        if (end < 0) {
            mask(masked, i, i + run); // an unmatched delimiter is syntax, not prose
            i += run;
            continue;
        }
        mask(masked, i, end + run);
        i = end + run;
    }
}

bool isLatinLetter(QChar c)
{
    return c.unicode() < 0x250 && c.isLetter();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

} // namespace

namespace {

// ofLine() appending to `out` with positions shifted by `offset`: no list per line.
void appendLine(QStringView line, State &state, qsizetype offset, QList<Span> &out)
{
    const QStringView trimmed = line.trimmed();
    if (state == State::FrontMatter) {
        if (trimmed == u"---")
            state = State::Text;
        return;
    }
    if (state == State::Fence) {
        if (isFence(trimmed))
            state = State::Text;
        return;
    }
    if (isFence(trimmed)) {
        state = State::Fence;
        return;
    }
    // Indented code, display math and score lines, the end date: never prose.
    if (line.startsWith(u"    ") || line.startsWith(u'\t') || trimmed.startsWith(u"$$")
        || ReviewSections::isEndDateLine(trimmed))
        return;
    // Every non-prose pattern needs one of these characters; most lines (all of Japanese
    // prose, which ends sentences with 。) have none and are prose whole, without the
    // regular expression that would dominate validation's cost.
    bool paired = false;
    bool inlineSyntax = false;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        paired = paired || u == u'`' || u == u'$';
        inlineSyntax = inlineSyntax || u == u'.' || u == u'@' || u == u'<' || u == u'[' || u == u']' || u == u'{' || u == u':';
    }
    if (!paired && !inlineSyntax) {
        if (!line.isEmpty())
            out.append({offset, line.size()});
        return;
    }
    QList<bool> masked(line.size(), false);
    if (paired) {
        maskPaired(line, masked, u'`');
        maskPaired(line, masked, u'$');
    }
    if (inlineSyntax) {
        const QString owned = line.toString();
        auto it = inlineNonProse().globalMatch(owned);
        while (it.hasNext()) {
            const auto match = it.next();
            mask(masked, match.capturedStart(), match.capturedEnd());
        }
    }
    qsizetype i = 0;
    while (i < line.size()) {
        if (masked.at(i)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < line.size() && !masked.at(i))
            ++i;
        out.append({offset + start, i - start});
    }
}

} // namespace

QList<Span> ofLine(QStringView line, State &state)
{
    QList<Span> spans;
    appendLine(line, state, 0, spans);
    return spans;
}

QList<Span> ofText(QStringView text)
{
    QList<Span> spans;
    State state = State::Text;
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart <= text.size()) {
        qsizetype end = text.indexOf(u'\n', lineStart);
        const bool last = end < 0;
        if (last)
            end = text.size();
        QStringView line = text.mid(lineStart, end - lineStart);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (first && line.trimmed() == u"---") {
            state = State::FrontMatter;
        } else {
            appendLine(line, state, lineStart, spans);
        }
        first = false;
        if (last)
            break;
        lineStart = end + 1;
    }
    return spans;
}

QList<Word> checkableWords(QStringView text, Span span)
{
    QList<Word> words;
    const qsizetype end = span.start + span.length;
    qsizetype i = span.start;
    while (i < end) {
        if (!isLatinLetter(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < end && (isLatinLetter(text.at(i))
                           || (isApostrophe(text.at(i)) && i + 1 < end && isLatinLetter(text.at(i + 1)))))
            ++i;
        qsizetype length = i - start;
        // A possessive is its word's ("Sony's"): check the word.
        if (length > 2 && isApostrophe(text.at(start + length - 2)) && text.at(start + length - 1).toLower() == u's')
            length -= 2;
        const QStringView word = text.mid(start, length);
        const bool gluedToDigit = (start > 0 && text.at(start - 1).isDigit()) || (i < text.size() && text.at(i).isDigit());
        // Part of a name or code written with joiners ("IER-M9", "snake_case", "v1.2").
        const bool gluedToCode = (start > 0 && (text.at(start - 1) == u'_' || text.at(start - 1) == u'/'))
                                 || (i < text.size() && (text.at(i) == u'_' || text.at(i) == u'/'));
        bool innerCapital = false;
        bool allCapitals = true;
        for (qsizetype k = 0; k < word.size(); ++k) {
            if (k > 0 && word.at(k).isUpper())
                innerCapital = true;
            if (word.at(k).isLower())
                allCapitals = false;
        }
        if (word.size() >= 2 && !gluedToDigit && !gluedToCode && !innerCapital && !allCapitals)
            words.append({start, length});
    }
    return words;
}

} // namespace Rubric::Prose
