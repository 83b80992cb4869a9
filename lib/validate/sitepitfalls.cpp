#include "sitepitfalls.h"

#include "document/frontmatter.h"
#include "render/kramdowncompat.h"
#include "render/kramdownspans.h"
#include "validator.h"

#include <QRegularExpression>

namespace Rubric {

namespace {

const QString proseTable = QStringLiteral("site.prose-table");
const QString parenList = QStringLiteral("site.paren-list");
const QString urlEmphasis = QStringLiteral("site.url-emphasis");
const QString ambiguousBold = QStringLiteral("site.ambiguous-bold");

QString codeOf(SitePitfall::Kind kind)
{
    switch (kind) {
    case SitePitfall::Kind::ProseTable:
        return proseTable;
    case SitePitfall::Kind::ParenList:
        return parenList;
    case SitePitfall::Kind::UrlEmphasis:
        return urlEmphasis;
    case SitePitfall::Kind::AmbiguousBold:
        return ambiguousBold;
    }
    return {};
}

QString bodyOf(const QString &text, const FrontMatter &frontMatter)
{
    return frontMatter.isClosed() ? text.sliced(frontMatter.bodyStart()) : QString();
}

// The pitfall a problem reports, found again in the document's current text.
std::optional<SitePitfall> pitfallAt(const ReviewDocument &document, const Problem &problem)
{
    const FrontMatter &frontMatter = document.frontMatter();
    const int bodyLine = frontMatter.bodyFirstLine();
    for (const SitePitfall &pitfall : KramdownCompat::pitfalls(bodyOf(document.text(), frontMatter))) {
        if (codeOf(pitfall.kind) == problem.code && pitfall.line + bodyLine + 1 == problem.line
            && pitfall.column + 1 == problem.column)
            return pitfall;
    }
    return std::nullopt;
}

bool isPunctuation(QChar c)
{
    return c.isPunct() || (c.unicode() < 128 && std::ispunct(c.unicode()));
}

// `**「太字」**です` → `「**太字**」です`: punctuation that keeps a marker from opening or
// closing in CommonMark moves outside it; the words stay bold, as on the site.
std::optional<QString> unambiguousBold(QStringView before, QStringView span, QStringView after)
{
    qsizetype stars = 0;
    while (stars < span.size() && span[stars] == u'*')
        ++stars;
    if (stars == 0 || span.size() < 2 * stars + 1 || !span.endsWith(QString(stars, u'*')))
        return std::nullopt;
    QStringView content = span.sliced(stars, span.size() - 2 * stars);
    const QChar previous = before.isEmpty() ? QChar(u' ') : before.back();
    const QChar next = after.isEmpty() ? QChar(u' ') : after.front();
    QString leading, trailing;
    if (!previous.isSpace() && !isPunctuation(previous)) {
        while (!content.isEmpty() && isPunctuation(content.front())) {
            leading += content.front();
            content = content.sliced(1);
        }
    }
    if (!next.isSpace() && !isPunctuation(next)) {
        while (!content.isEmpty() && isPunctuation(content.back())) {
            trailing.prepend(content.back());
            content.chop(1);
        }
    }
    if (content.isEmpty() || (leading.isEmpty() && trailing.isEmpty()))
        return std::nullopt;
    const QString marker(stars, u'*');
    return leading + marker + content.toString() + marker + trailing;
}

// What the site shows in bold or italics on a line: the letters inside each emphasis, in
// order, without punctuation (which a fix may move out).
QString emphasizedLetters(QStringView line)
{
    const KramdownSpans::Emphasis emphasis = KramdownSpans::emphasis(line);
    QString letters;
    int depth = 0;
    qsizetype next = 0;
    for (const auto &delimiter : emphasis.delimiters) {
        for (qsizetype i = next; depth > 0 && i < delimiter.position; ++i) {
            if (!line[i].isSpace() && !isPunctuation(line[i]))
                letters += line[i];
        }
        depth += delimiter.opening ? 1 : -1;
        letters += delimiter.opening ? u'<' : u'>';
        next = delimiter.position + delimiter.length;
    }
    return letters;
}

// Pipes that make a table (unescaped, outside code spans) as the character reference,
// which both kramdown and CommonMark show as "|" without reading a table into it.
QString escapePipes(QStringView line)
{
    QString result;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < line.size()) {
            result += c;
            result += line[++i];
        } else if (c == u'`') {
            qsizetype run = 0;
            while (i + run < line.size() && line[i + run] == u'`')
                ++run;
            const qsizetype end = line.indexOf(line.sliced(i, run), i + run);
            const qsizetype stop = end < 0 ? i + run : end + run;
            result += line.sliced(i, stop - i);
            i = stop - 1;
        } else {
            // Not "\\|": the site's checker allows no backslash in the body.
            if (c == u'|')
                result += QStringLiteral("&#124;");
            else
                result += c;
        }
    }
    return result;
}

} // namespace

void SitePitfallRules::check(const ValidationInput &input, Problems &problems)
{
    const QString body = bodyOf(input.text, input.frontMatter);
    if (body.isEmpty())
        return;
    const int bodyLine = input.frontMatter.bodyFirstLine();
    const LineIndex &lines = input.frontMatter.lines();
    for (const SitePitfall &pitfall : KramdownCompat::pitfalls(body)) {
        const int line = pitfall.line + bodyLine;
        const QStringView text = lines.lineContent(line);
        const QString what = text.sliced(std::min<qsizetype>(pitfall.column, text.size()))
                                 .first(std::min<qsizetype>(pitfall.length, text.size() - std::min<qsizetype>(pitfall.column, text.size())))
                                 .toString();
        QString message;
        switch (pitfall.kind) {
        case SitePitfall::Kind::ProseTable:
            message = tr("the site shows this line as a table because of its \"|\"; write \"&#124;\" to keep it text");
            break;
        case SitePitfall::Kind::ParenList:
            message = tr("the site does not know \"%1\" lists and runs the items into one paragraph; write \"%2.\"")
                          .arg(what, what.chopped(1));
            break;
        case SitePitfall::Kind::UrlEmphasis:
            message = tr("the site turns the underscores in \"%1\" into italics; write it as <%1>").arg(what);
            break;
        case SitePitfall::Kind::AmbiguousBold:
            message = tr("\"%1\" is bold on the site but not in other Markdown tools; put the punctuation outside the markers")
                          .arg(what);
            break;
        }
        problems.append(Validator::make(codeOf(pitfall.kind), message, line + 1, pitfall.column + 1));
    }
}

bool SitePitfallRules::handles(const QString &code)
{
    return code == proseTable || code == parenList || code == urlEmphasis || code == ambiguousBold;
}

QString SitePitfallRules::describe(const QString &code)
{
    if (code == proseTable)
        return tr("Write the | as &#124; so the line stays text");
    if (code == parenList)
        return tr("Write the list number with a period");
    if (code == urlEmphasis)
        return tr("Wrap the URL in <…>");
    if (code == ambiguousBold)
        return tr("Move the punctuation outside the bold markers");
    return {};
}

EditOutcome SitePitfallRules::fix(ReviewDocument &document, const Problem &problem)
{
    const std::optional<SitePitfall> pitfall = pitfallAt(document, problem);
    if (!pitfall)
        return {tr("the problem is no longer there")};
    const LineIndex &lines = document.frontMatter().lines();
    const int line = problem.line - 1;
    const qsizetype lineStart = lines.lineStart(line);
    const QStringView text = lines.lineContent(line);
    const qsizetype column = pitfall->column;
    switch (pitfall->kind) {
    case SitePitfall::Kind::ProseTable:
        return document.replaceText({{lineStart, text.size(), escapePipes(text)}}, describe(problem.code));
    case SitePitfall::Kind::ParenList:
        return document.replaceText({{lineStart + column + pitfall->length - 1, 1, QStringLiteral(".")}}, describe(problem.code));
    case SitePitfall::Kind::UrlEmphasis:
        return document.replaceText({{lineStart + column, 0, QStringLiteral("<")},
                                     {lineStart + column + pitfall->length, 0, QStringLiteral(">")}},
                                    describe(problem.code));
    case SitePitfall::Kind::AmbiguousBold: {
        const auto fixed = unambiguousBold(text.first(column), text.sliced(column, pitfall->length),
                                           text.sliced(column + pitfall->length));
        if (!fixed)
            return {tr("no punctuation to move: rewrite the bold text by hand")};
        // Tangled markers can pair otherwise once punctuation moves: then the site would
        // bold other words, which is not this fix's to decide.
        const QString after = text.first(column).toString() + *fixed + text.sliced(column + pitfall->length);
        if (emphasizedLetters(after) != emphasizedLetters(text))
            return {tr("moving the punctuation would change what the site shows in bold: rewrite it by hand")};
        return document.replaceText({{lineStart + column, pitfall->length, *fixed}}, describe(problem.code));
    }
    }
    return {tr("\"%1\" has no mechanical fix").arg(problem.code)};
}

} // namespace Rubric
