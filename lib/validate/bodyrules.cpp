// Rules on the body: the required sections in order with their exact headings, the
// score line under each axis heading, the total shown in Overview, the end date, and
// what the body must not contain.
#include "validator.h"

#include "document/bodyoutline.h"
#include "document/frontmatter.h"
#include "document/ratings.h"
#include "document/tenths.h"
#include "schema/schema.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Rubric::Validator {

namespace {

// The strings of this file, in the translation context of Rubric::Validator.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Validator)
};

// Headings that differ only in case, spacing or punctuation are the same section
// written wrongly, not a missing one.
QString loose(const QString &heading)
{
    QString result;
    for (const QChar c : heading) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}

// Case-blind search that is fast for the usual ASCII terms: candidates are found by the
// first character in either case (a vectorised search), then compared.
qsizetype indexOfCaseBlind(QStringView haystack, QStringView needle, qsizetype from)
{
    if (needle.isEmpty())
        return -1;
    // Candidates by the first character in either case (the same twice when it has no
    // case), each found by a vectorised search, then compared.
    const QChar first = needle.front();
    const QChar lower = first.toLower(), upper = first.toUpper();
    qsizetype nextLower = haystack.indexOf(lower, from);
    qsizetype nextUpper = lower == upper ? -1 : haystack.indexOf(upper, from);
    while (nextLower >= 0 || nextUpper >= 0) {
        const qsizetype at = nextUpper < 0 || (nextLower >= 0 && nextLower < nextUpper) ? nextLower : nextUpper;
        if (at + needle.size() <= haystack.size()
            && haystack.sliced(at, needle.size()).compare(needle, Qt::CaseInsensitive) == 0)
            return at;
        if (at == nextLower)
            nextLower = haystack.indexOf(lower, at + 1);
        else
            nextUpper = haystack.indexOf(upper, at + 1);
    }
    return -1;
}

int findLoosely(const BodyOutline &outline, const QString &heading)
{
    const QString wanted = loose(heading);
    for (int i = 0; i < outline.headings().size(); ++i) {
        if (outline.headings().at(i).level == 2 && loose(outline.headings().at(i).text) == wanted)
            return i;
    }
    return -1;
}

} // namespace

void checkSections(const ValidationInput &input, Problems &problems)
{
    const Schema &schema = input.schema;
    const BodyOutline &outline = input.outline;
    const QString lang = input.frontMatter.value(QStringLiteral("lang")).scalar;
    if (!schema.language(lang))
        return; // lang.unknown says so; the headings depend on it
    const int bodyLine = input.frontMatter.bodyFirstLine() + 1;
    const Ratings ratings = Ratings::read(input.frontMatter.value(schema.ratingKey()), int(schema.axes().size()));

    int previous = -1;
    QString previousHeading;
    for (const auto &section : schema.sections()) {
        const QString heading = section.heading.value(lang);
        int index = outline.findSection({heading});
        if (index < 0) {
            index = findLoosely(outline, heading);
            if (index < 0) {
                problems.append(make(QStringLiteral("section.missing"), Tr::tr("the section \"## %1\" is missing").arg(heading),
                                     bodyLine, 0, section.id));
                continue;
            }
            problems.append(make(QStringLiteral("section.heading"),
                                 Tr::tr("the heading must read \"## %1\", not \"## %2\"").arg(heading, outline.headings().at(index).text),
                                 outline.headings().at(index).line + 1, 1, section.id));
        }
        const Heading &found = outline.headings().at(index);
        if (index < previous)
            problems.append(make(QStringLiteral("section.order"),
                                 Tr::tr("\"## %1\" must come after \"## %2\"").arg(heading, previousHeading), found.line + 1, 1,
                                 section.id));
        previous = std::max(previous, index);
        previousHeading = heading;

        if (!section.axisId.isEmpty()) {
            const int axis = schema.axisIndex(section.axisId);
            const auto score = outline.scoreLineUnder(index);
            const int expected = ratings.isValid() ? ratings.axis(axis).value_or(-1) : -1; // -1: unknown
            if (!score) {
                problems.append(make(QStringLiteral("score.missing"),
                                     Tr::tr("\"## %1\" must start with its score line $$ \\Large \\text{%2} $$")
                                         .arg(heading, expected >= 0 ? Tenths::format(expected) : QStringLiteral("…")),
                                     found.line + 2, 1, section.id));
            } else if (expected >= 0 && Tenths::parse(score->value) != expected) {
                problems.append(make(QStringLiteral("score.mismatch"),
                                     Tr::tr("the score line says %1 but the rating gives %2 %3")
                                         .arg(score->value, section.axisId, Tenths::format(expected)),
                                     score->line + 1, 1, section.id));
            }
        } else if (section.showsTotal && ratings.isValid()) {
            const auto score = outline.firstScoreLineIn(index);
            if (score && Tenths::parse(score->value) != ratings.total())
                problems.append(make(QStringLiteral("total.overview-mismatch"),
                                     Tr::tr("\"## %1\" shows the total %2 but the rating's total is %3")
                                         .arg(heading, score->value, Tenths::format(*ratings.total())),
                                     score->line + 1, 1, section.id));
        }
    }
}

void checkBodyText(const ValidationInput &input, Problems &problems)
{
    const Schema &schema = input.schema;
    const LineIndex &lines = input.frontMatter.lines();
    const QString lang = input.frontMatter.value(QStringLiteral("lang")).scalar;
    const SiteRules &rules = schema.rules();
    // Compiled once per thread and pattern list: validating a site runs this thousands of times.
    // One alternation of the patterns: a single pass over the body.
    thread_local QHash<QStringList, QRegularExpression> compiled;
    const QStringList patterns = rules.foreignPrices.value(lang);
    auto cached = compiled.find(patterns);
    if (cached == compiled.end()) {
        QRegularExpression expression(patterns.isEmpty() ? QString()
                                                         : QLatin1String("(?:") + patterns.join(QLatin1String(")|(?:")) + u')');
        expression.optimize();
        cached = compiled.insert(patterns, expression);
    }
    const QRegularExpression &foreign = *cached;

    // Whole-body searches, each a single pass; a hit is then placed on its line.
    const qsizetype bodyStart = input.frontMatter.bodyStart();
    const QStringView body = QStringView(input.text).sliced(bodyStart);
    // `$` and `\\` by vectorised searches; each hit's line is checked once.
    QList<int> mathLines;
    for (const QChar mark : {QChar(u'$'), QChar(u'\\')}) {
        for (qsizetype at = body.indexOf(mark); at >= 0; at = body.indexOf(mark, at + 1)) {
            const int line = lines.lineAt(bodyStart + at);
            if (!mathLines.contains(line) && !BodyOutline::scoreLineAt(lines, line))
                mathLines.append(line);
            at = lines.nextLineStart(line) - bodyStart - 1; // the rest of this line is done
        }
    }
    std::sort(mathLines.begin(), mathLines.end());
    for (int line : std::as_const(mathLines)) {
        const QStringView content = lines.lineContent(line);
        const qsizetype dollar = content.indexOf(u'$');
        const qsizetype backslash = content.indexOf(u'\\');
        const qsizetype column = dollar < 0 ? backslash : backslash < 0 ? dollar : std::min(dollar, backslash);
        problems.append(make(QStringLiteral("body.math"),
                             Tr::tr("\"%1\" outside a score line: the site shows it as math or drops it").arg(content.at(column)),
                             line + 1, int(column) + 1));
    }
    for (const auto &term : rules.forbiddenTerms) {
        for (qsizetype at = indexOfCaseBlind(body, term, 0); at >= 0; at = indexOfCaseBlind(body, term, at + term.size())) {
            const qsizetype position = bodyStart + at;
            problems.append(make(QStringLiteral("body.forbidden-term"), Tr::tr("the site does not allow \"%1\"").arg(term),
                                 lines.lineAt(position) + 1, lines.columnAt(position) + 1));
        }
    }
    int reportedPriceLine = -1;
    if (!patterns.isEmpty()) {
        auto it = foreign.globalMatch(body);
        while (it.hasNext()) {
            const auto match = it.next();
            const qsizetype position = bodyStart + match.capturedStart();
            const int line = lines.lineAt(position);
            if (line == reportedPriceLine)
                continue; // one per line is enough to find them
            reportedPriceLine = line;
            problems.append(make(QStringLiteral("body.foreign-price"),
                                 Tr::tr("a %1 review quotes the price \"%2\" in another currency").arg(lang, match.captured()),
                                 line + 1, lines.columnAt(position) + 1));
        }
    }
    int lastText = lines.lineCount() - 1;
    while (lastText >= input.frontMatter.bodyFirstLine() && lines.lineContent(lastText).trimmed().isEmpty())
        --lastText;
    if (lastText < input.frontMatter.bodyFirstLine())
        lastText = -1;

    static const QRegularExpression endDate(QStringLiteral("^\\((\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})\\)$"));
    const QDate date = QDate::fromString(input.frontMatter.value(QStringLiteral("date")).scalar, Qt::ISODate);
    const auto match = lastText < 0 ? QRegularExpressionMatch() : endDate.match(lines.lineContent(lastText).trimmed());
    if (!match.hasMatch()) {
        problems.append(make(QStringLiteral("date.end-missing"),
                             Tr::tr("the body must end with the review date, e.g. (%1)")
                                 .arg(date.isValid() ? QStringLiteral("%1.%2.%3").arg(date.year()).arg(date.month()).arg(date.day())
                                                     : QStringLiteral("2025.8.7")),
                             std::max(lastText, input.frontMatter.bodyFirstLine()) + 1, 0, QStringLiteral("date")));
    } else if (date.isValid()) {
        const QDate end(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (end != date)
            problems.append(make(QStringLiteral("date.end-mismatch"),
                                 Tr::tr("the end date %1 differs from the date field %2")
                                     .arg(match.captured(), date.toString(Qt::ISODate)),
                                 lastText + 1, 1, QStringLiteral("date")));
    }
}

} // namespace Rubric::Validator
