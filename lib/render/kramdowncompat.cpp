#include "kramdowncompat.h"

#include "kramdownspans.h"

#include <QHash>
#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>

namespace Rubric::KramdownCompat {

namespace {

struct Edit
{
    qsizetype position;
    qsizetype removed;
    QString inserted;
};

// A run of Markdown text as kramdown's span parser sees it: pieces of lines joined by
// newlines, each piece remembering where it is.
struct Piece
{
    int line;
    qsizetype start, end; // columns in the line
};

bool isAsciiPunct(QChar c)
{
    return c.unicode() < 128 && std::ispunct(c.unicode());
}

bool isPunctuation(QChar c)
{
    return c.isPunct() || isAsciiPunct(c);
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// Column of the cells' separators `|` of a table line: unescaped, outside code spans.
QList<qsizetype> pipePositions(QStringView line)
{
    QList<qsizetype> pipes;
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line[i];
        if (c == u'\\') {
            i += 2;
        } else if (c == u'`') {
            qsizetype run = 0;
            while (i + run < line.size() && line[i + run] == u'`')
                ++run;
            const qsizetype end = line.indexOf(line.sliced(i, run), i + run);
            i = end < 0 ? i + run : end + run;
        } else {
            if (c == u'|')
                pipes.append(i);
            ++i;
        }
    }
    return pipes;
}

int cellCount(QStringView line, bool leadingPipe)
{
    const QList<qsizetype> pipes = pipePositions(line);
    QList<QStringView> cells;
    qsizetype from = 0;
    for (qsizetype pipe : pipes) {
        cells.append(line.sliced(from, pipe - from));
        from = pipe + 1;
    }
    cells.append(line.sliced(from));
    if (leadingPipe && !cells.isEmpty() && cells.first().trimmed().isEmpty())
        cells.removeFirst();
    if (!cells.isEmpty() && cells.last().trimmed().isEmpty())
        cells.removeLast();
    return int(cells.size());
}

class Rewriter
{
public:
    // `markdown` must outlive the rewriter. With `pitfallsOnly`, nothing is rewritten that
    // no pitfall needs (the quotes).
    Rewriter(const QString &markdown, bool pitfallsOnly)
        : m_pitfallsOnly(pitfallsOnly)
    {
        m_lines = QStringView(markdown).split(u'\n');
        for (auto &line : m_lines) {
            if (line.endsWith(u'\r'))
                line.chop(1);
        }
        m_edits.resize(m_lines.size());
    }

    void visit(cmark_node *root)
    {
        cmark_iter *iter = cmark_iter_new(root);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            if (event != CMARK_EVENT_ENTER)
                continue;
            cmark_node *node = cmark_iter_get_node(iter);
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_PARAGRAPH:
                paragraph(node);
                break;
            case CMARK_NODE_HEADING:
                heading(node);
                break;
            case CMARK_NODE_LIST:
                if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST && cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM)
                    parenList(node);
                break;
            default:
                if (qstrcmp(cmark_node_get_type_string(node), "table_row") == 0)
                    tableRow(node);
                break;
            }
        }
        cmark_iter_free(iter);
    }

    QList<SitePitfall> pitfalls()
    {
        std::sort(m_pitfalls.begin(), m_pitfalls.end(), [](const SitePitfall &a, const SitePitfall &b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
        return m_pitfalls;
    }

    Prepared result()
    {
        Prepared prepared;
        QString out;
        int outLine = 0;
        for (int i = 0; i < m_lines.size(); ++i) {
            QString line = m_lines.at(i).toString();
            auto edits = m_edits.at(i);
            std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.position > b.position; });
            for (const auto &edit : std::as_const(edits))
                line.replace(edit.position, edit.removed, edit.inserted);
            if (m_tableStarts.contains(i))
                prepared.bodyRowTables.append(outLine + 1);

            out += line;
            if (i + 1 < m_lines.size())
                out += u'\n';
            ++outLine;
            const auto inserted = m_insertAfter.constFind(i);
            if (inserted != m_insertAfter.cend()) {
                out += *inserted + u'\n';
                ++outLine;
            }
        }
        prepared.source = out.toUtf8();
        prepared.pitfalls = pitfalls();
        return prepared;
    }

private:
    bool m_pitfallsOnly = false;
    QList<QStringView> m_lines;
    QList<QList<Edit>> m_edits;
    QHash<int, QString> m_insertAfter;
    QList<int> m_tableStarts;
    QList<SitePitfall> m_pitfalls;

    QStringView line(int index) const
    {
        return index >= 0 && index < m_lines.size() ? m_lines.at(index) : QStringView();
    }

    // cmark's columns count UTF-8 bytes.
    qsizetype charColumn(int index, int byteColumn) const
    {
        const QStringView text = line(index);
        int bytes = 0;
        qsizetype i = 0;
        while (i < text.size() && bytes < byteColumn - 1) {
            const char16_t c = text[i].unicode();
            if (QChar::isHighSurrogate(c)) {
                bytes += 4;
                i += 2;
            } else {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                ++i;
            }
        }
        return i;
    }

    static int quoteDepth(cmark_node *node)
    {
        int depth = 0;
        for (cmark_node *parent = cmark_node_parent(node); parent; parent = cmark_node_parent(parent)) {
            if (cmark_node_get_type(parent) == CMARK_NODE_BLOCK_QUOTE)
                ++depth;
        }
        return depth;
    }

    // Where a continuation line's text starts: after `>` markers and indentation.
    qsizetype contentStart(int index, int depth) const
    {
        const QStringView text = line(index);
        qsizetype i = 0;
        for (int d = 0; d < depth; ++d) {
            qsizetype j = i;
            while (j < text.size() && j - i < 3 && text[j] == u' ')
                ++j;
            if (j < text.size() && text[j] == u'>') {
                i = j + 1;
                if (i < text.size() && text[i] == u' ')
                    ++i;
            }
        }
        while (i < text.size() && text[i].isSpace())
            ++i;
        return i;
    }

    // A line outside the text, or one with nothing after its `>` markers.
    bool blankLine(int index, int depth) const
    {
        if (index < 0 || index >= m_lines.size())
            return true;
        return isBlank(line(index).sliced(std::min(contentStart(index, depth), line(index).size())));
    }

    QList<Piece> pieces(cmark_node *node) const
    {
        const int first = cmark_node_get_start_line(node) - 1;
        const int last = std::min<int>(cmark_node_get_end_line(node) - 1, int(m_lines.size()) - 1);
        const int depth = quoteDepth(node);
        QList<Piece> result;
        for (int i = first; i <= last; ++i) {
            const qsizetype start = i == first ? charColumn(i, cmark_node_get_start_column(node)) : contentStart(i, depth);
            qsizetype end = line(i).size();
            while (end > start && line(i)[end - 1].isSpace())
                --end;
            result.append({i, start, end});
        }
        return result;
    }

    void paragraph(cmark_node *node)
    {
        const QList<Piece> parts = pieces(node);
        if (parts.isEmpty())
            return;
        if (proseTable(node, parts))
            return;
        emphasis(parts);
    }

    void heading(cmark_node *node)
    {
        const int index = cmark_node_get_start_line(node) - 1;
        const QStringView text = line(index);
        static const QRegularExpression atx(QStringLiteral("^ {0,3}#{1,6}[ \\t]+"));
        const auto match = atx.match(text);
        if (!match.hasMatch())
            return; // a setext heading: rare, left as CommonMark reads it
        qsizetype end = text.size();
        while (end > match.capturedEnd() && (text[end - 1].isSpace() || text[end - 1] == u'#'))
            --end;
        emphasis({{index, match.capturedEnd(), end}});
    }

    void tableRow(cmark_node *node)
    {
        const int index = cmark_node_get_start_line(node) - 1;
        cells(index, line(index).trimmed().startsWith(u'|'));
    }

    // kramdown parses each cell's text on its own.
    void cells(int index, bool leadingPipe)
    {
        const QStringView text = line(index);
        qsizetype from = 0;
        while (from < text.size() && text[from].isSpace())
            ++from;
        if (leadingPipe && from < text.size() && text[from] == u'|')
            ++from;
        for (qsizetype pipe : pipePositions(text)) {
            if (pipe < from)
                continue;
            emphasis({{index, from, pipe}});
            from = pipe + 1;
        }
        emphasis({{index, from, text.size()}});
    }

    // kramdown makes a table of any block of lines with an unescaped `|`, standing
    // between block boundaries, even without a separator line.
    bool proseTable(cmark_node *node, const QList<Piece> &parts)
    {
        static const QRegularExpression separator(QStringLiteral("^[+|: \\t-]*?-[+|: \\t-]*?\\s*$"));
        for (const auto &part : parts) {
            if (!line(part.line).sliced(part.start, part.end - part.start).contains(u'|'))
                return false; // the usual case, without the code-span scan
        }
        for (const auto &part : parts) {
            const QStringView text = line(part.line).sliced(part.start, part.end - part.start);
            if (pipePositions(text).isEmpty() || separator.match(text).hasMatch())
                return false;
        }
        const int first = parts.first().line, last = parts.last().line;
        const int depth = quoteDepth(node);
        const bool after = !cmark_node_previous(node) || blankLine(first - 1, depth);
        const bool before = !cmark_node_next(node) || blankLine(last + 1, depth);
        if (!after || !before)
            return false;

        const QStringView firstText = line(first).sliced(parts.first().start, parts.first().end - parts.first().start);
        const bool leadingPipe = firstText.startsWith(u'|');
        int columns = 0;
        for (const auto &part : parts)
            columns = std::max(columns, cellCount(line(part.line).sliced(part.start, part.end - part.start), leadingPipe));
        if (columns == 0)
            return false;
        for (const auto &part : parts) {
            const QStringView text = line(part.line).sliced(part.start, part.end - part.start);
            m_pitfalls.append({SitePitfall::Kind::ProseTable, part.line, int(part.start + pipePositions(text).first()), 1});
            // Every row gets the table's width, as kramdown pads them.
            const int have = cellCount(text, leadingPipe);
            if (have < columns) {
                const bool trailingPipe = text.endsWith(u'|') && !text.endsWith(u"\\|");
                QString padding;
                for (int i = 0; i < columns - have + (trailingPipe ? 0 : 1); ++i)
                    padding += QStringLiteral(" |");
                m_edits[part.line].append({part.end, 0, padding});
            }
            cells(part.line, leadingPipe);
        }
        // The separator row cmark-gfm needs, indented like the first row's text.
        QString indent = line(first).first(parts.first().start).toString();
        for (auto &c : indent) {
            if (c != u'>' && c != u'\t')
                c = u' ';
        }
        QString separatorRow = indent;
        for (int i = 0; i < columns; ++i)
            separatorRow += QStringLiteral("| --- ");
        m_insertAfter.insert(first, separatorRow + u'|');
        m_tableStarts.append(first);
        return true;
    }

    void parenList(cmark_node *list)
    {
        static const QRegularExpression marker(QStringLiteral("^(\\s*)(\\d{1,9})\\)"));
        for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
            const int index = cmark_node_get_start_line(item) - 1;
            const qsizetype start = charColumn(index, cmark_node_get_start_column(item));
            const auto match = marker.match(line(index).sliced(start));
            if (!match.hasMatch())
                continue;
            const qsizetype paren = start + match.capturedEnd() - 1;
            m_pitfalls.append({SitePitfall::Kind::ParenList, index, int(start + match.capturedStart(2)),
                               int(match.capturedLength(2) + 1)});
            m_edits[index].append({paren, 0, QStringLiteral("\\")}); // "1\)" is text for cmark too
        }
    }

    void emphasis(const QList<Piece> &parts)
    {
        QString text;
        QList<qsizetype> offsets;
        for (const auto &part : parts) {
            if (!text.isEmpty() || !offsets.isEmpty())
                text += u'\n';
            offsets.append(text.size());
            text += line(part.line).sliced(part.start, part.end - part.start);
        }
        const bool quotes = !m_pitfallsOnly && (text.contains(u'\'') || text.contains(u'"'));
        if (!text.contains(u'*') && !text.contains(u'_') && !text.contains(u"~~") && !quotes)
            return;
        auto place = [&](qsizetype position) {
            const auto it = std::upper_bound(offsets.cbegin(), offsets.cend(), position) - 1;
            const auto &part = parts.at(it - offsets.cbegin());
            return std::pair<int, qsizetype>(part.line, part.start + position - *it);
        };
        const KramdownSpans::Emphasis found = KramdownSpans::emphasis(text);
        if (!found.complete)
            return; // CommonMark's emphasis, rather than a frozen preview
        for (const auto &quote : found.quotes) {
            const auto [index, column] = place(quote.position);
            m_edits[index].append({column, 1, QString(quote.typographic)});
        }
        for (qsizetype position : found.literal) {
            const auto [index, column] = place(position);
            m_edits[index].append({column, 0, QStringLiteral("\\")});
        }
        static const QRegularExpression bareUrl(QStringLiteral("(?<![<(])https?://[^\\s<>()\\[\\]*]+"));
        QList<std::pair<qsizetype, qsizetype>> urls;
        if (text.contains(u"://")) {
            auto it = bareUrl.globalMatch(text);
            while (it.hasNext()) {
                const auto match = it.next();
                qsizetype end = match.capturedEnd();
                while (end > match.capturedStart() && QStringView(u".,;:!?'\"’”。、").contains(text[end - 1]))
                    --end; // sentence punctuation after the URL
                urls.append({match.capturedStart(), end});
            }
        }
        QList<qsizetype> reportedUrls;
        for (const auto &delimiter : found.delimiters) {
            const bool strong = delimiter.length == 2;
            const char16_t marker = delimiter.strike ? (delimiter.opening ? StrikeOpen : StrikeClose)
                                    : delimiter.opening ? (strong ? StrongOpen : EmOpen)
                                                        : (strong ? StrongClose : EmClose);
            const auto [index, column] = place(delimiter.position);
            m_edits[index].append({column, delimiter.length, QString(QChar(marker))});
            if (!delimiter.opening)
                continue;
            const auto &partner = found.delimiters.at(delimiter.partner);
            for (const auto &[from, to] : std::as_const(urls)) {
                const bool inside = text[delimiter.position] == u'_'
                                    && ((delimiter.position >= from && delimiter.position < to)
                                        || (partner.position >= from && partner.position < to));
                if (inside && !reportedUrls.contains(from)) {
                    reportedUrls.append(from);
                    const auto [urlLine, urlColumn] = place(from);
                    m_pitfalls.append({SitePitfall::Kind::UrlEmphasis, urlLine, int(urlColumn), int(to - from)});
                }
            }
            if (text[delimiter.position] == u'*' && !commonMarkAgrees(text, delimiter.position, partner.position, delimiter.length)) {
                const auto [closeLine, closeColumn] = place(partner.position);
                const int length = closeLine == index ? int(closeColumn + partner.length - column) : int(delimiter.length);
                m_pitfalls.append({SitePitfall::Kind::AmbiguousBold, index, int(column), length});
            }
        }
    }

    // Whether CommonMark's flanking rules let these `*` runs open and close (the case that
    // matters: full-width punctuation inside the markers, a letter outside).
    static bool commonMarkAgrees(QStringView text, qsizetype open, qsizetype close, qsizetype length)
    {
        auto flanking = [&](qsizetype start, qsizetype end, bool left) {
            while (start > 0 && text[start - 1] == u'*')
                --start;
            while (end < text.size() && text[end] == u'*')
                ++end;
            const QChar before = start > 0 ? text[start - 1] : QChar(u' ');
            const QChar after = end < text.size() ? text[end] : QChar(u' ');
            if (left)
                return !after.isSpace() && (!isPunctuation(after) || before.isSpace() || isPunctuation(before));
            return !before.isSpace() && (!isPunctuation(before) || after.isSpace() || isPunctuation(after));
        };
        return flanking(open, open + length, true) && flanking(close, close + length, false);
    }
};

// A quick scan that rules out every pitfall for most texts, so that bulk validation
// parses only the rest: a pitfall needs a `|`, a `1)` at a line start, `_` pairs in a
// URL, or a `*` run between punctuation inside and a letter outside.
bool mayHavePitfalls(QStringView text)
{
    if (text.contains(u'|'))
        return true;
    static const QRegularExpression parenItem(QStringLiteral("^[ \\t>]*\\d{1,9}\\)"), QRegularExpression::MultilineOption);
    if (text.contains(u')') && parenItem.match(text).hasMatch())
        return true;
    // In a URL: a `_` after a non-letter (kramdown may open there), then a `_` before a
    // non-alphanumeric (it may close there). A pair reaching outside the URL is missed.
    for (qsizetype at = text.indexOf(u"://"); at >= 0; at = text.indexOf(u"://", at + 3)) {
        bool opened = false;
        for (qsizetype i = at + 3; i < text.size() && !text[i].isSpace(); ++i) {
            if (text[i] != u'_')
                continue;
            const QChar next = i + 1 < text.size() ? text[i + 1] : QChar(u' ');
            if (opened && !next.isLetterOrNumber())
                return true;
            if (!text[i - 1].isLetter())
                opened = true;
        }
    }
    for (qsizetype at = text.indexOf(u'*'); at >= 0; at = text.indexOf(u'*', at)) {
        qsizetype end = at;
        while (end < text.size() && text[end] == u'*')
            ++end;
        const QChar before = at > 0 ? text[at - 1] : QChar(u' ');
        const QChar after = end < text.size() ? text[end] : QChar(u' ');
        const bool beforeOpen = before.isSpace() || isPunctuation(before);
        const bool afterOpen = after.isSpace() || isPunctuation(after);
        if ((isPunctuation(after) && !beforeOpen) || (isPunctuation(before) && !afterOpen))
            return true;
        at = end;
    }
    return false;
}

} // namespace

Prepared prepare(const QString &markdown, cmark_node *firstParse)
{
    Rewriter rewriter(markdown, false);
    rewriter.visit(firstParse);
    return rewriter.result();
}

QList<SitePitfall> pitfalls(const QString &markdown)
{
    if (!mayHavePitfalls(markdown))
        return {}; // most files: no parse needed

    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    if (cmark_syntax_extension *table = cmark_find_syntax_extension("table"))
        cmark_parser_attach_syntax_extension(parser, table);
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *root = cmark_parser_finish(parser);
    Rewriter rewriter(markdown, true);
    rewriter.visit(root);
    const QList<SitePitfall> result = rewriter.pitfalls();
    cmark_node_free(root);
    cmark_parser_free(parser);
    return result;
}

} // namespace Rubric::KramdownCompat
