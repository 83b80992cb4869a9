#include "kramdownspans.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>

namespace Rubric::KramdownSpans {

namespace {

enum class Kind { Root, Em, Strong, Link, Strike };

// A replay of kramdown's parse_spans/parse_emphasis/parse_link over positions only: what
// it records is which delimiters pair, and it can undo what it recorded when kramdown
// backtracks.
class Replay
{
public:
    explicit Replay(QStringView text)
        : m_text(text)
        , m_budget(16 * text.size() + 4096)
    {
    }

    bool aborted() const { return m_steps > m_budget; }

    Emphasis run()
    {
        m_stack.append({Kind::Root, false});
        parseSpans(Stop::None);
        Emphasis result;
        if (aborted()) {
            result.complete = false;
            return result;
        }
        for (const auto &pair : std::as_const(m_pairs)) {
            result.delimiters.append({pair.open, pair.length, pair.strike, true, pair.close});
            result.delimiters.append({pair.close, pair.length, pair.strike, false, pair.open});
        }
        std::sort(result.delimiters.begin(), result.delimiters.end(),
                  [](const Delimiter &a, const Delimiter &b) { return a.position < b.position; });
        // Partners by index instead of by position.
        QHash<qsizetype, qsizetype> indexOf;
        for (qsizetype i = 0; i < result.delimiters.size(); ++i)
            indexOf.insert(result.delimiters[i].position, i);
        for (auto &delimiter : result.delimiters)
            delimiter.partner = indexOf.value(delimiter.partner, -1);
        result.literal = m_literal;
        result.quotes = m_quotes;
        std::sort(result.literal.begin(), result.literal.end());
        return result;
    }

private:
    enum class Stop { None, Delimiter, LinkBracket };
    struct Frame
    {
        Kind kind;
        bool hasChildren;
    };
    struct Pair
    {
        qsizetype open, close, length;
        bool strike = false;
    };
    struct Saved
    {
        qsizetype pos, pairs, literal, quotes;
    };

    QStringView m_text; // the text being parsed: all of it, or a strikethrough's inside
    qsizetype m_base = 0; // where m_text starts in the whole text, for what is recorded
    qsizetype m_pos = 0;
    QList<Frame> m_stack;
    QList<Pair> m_pairs;
    QList<qsizetype> m_literal;
    QList<Quote> m_quotes;
    // kramdown backtracks: unmatched delimiters make it cubic. Past this many steps the
    // replay gives up (the caller keeps CommonMark's reading of that text).
    qsizetype m_steps = 0;
    qsizetype m_budget = 0;

    bool eos() const { return m_pos >= m_text.size(); }
    QChar at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text[i] : QChar(); }
    Saved save() const { return {m_pos, m_pairs.size(), m_literal.size(), m_quotes.size()}; }
    void revert(const Saved &saved)
    {
        m_pos = saved.pos;
        m_pairs.resize(saved.pairs);
        m_literal.resize(saved.literal);
        m_quotes.resize(saved.quotes);
    }
    void addText(qsizetype length)
    {
        if (length > 0)
            m_stack.last().hasChildren = true;
        m_pos += length;
    }
    void addDelimiterText(qsizetype length)
    {
        for (qsizetype i = 0; i < length; ++i)
            m_literal.append(m_base + m_pos + i);
        addText(length);
    }
    bool startsWith(QStringView s) const { return m_text.sliced(m_pos).startsWith(s); }

    static bool isQuote(QChar c) { return c == u'\'' || c == u'"'; }

    // Smart quotes and typographic symbols start at a position, not at a character:
    // `[^\\]?["']` includes the character before the quote.
    bool isStartAt(qsizetype i) const
    {
        const QChar c = at(i), next = at(i + 1);
        if (isSpanStart(c) || isQuote(c))
            return true;
        if (isQuote(next) && c != u'\\')
            return true;
        return (c == u'-' && next == u'-') || (c == u'.' && next == u'.' && at(i + 2) == u'.')
               || ((c == u'<' || c == u'>') && next == c) || (c == u' ' && (next == u'<' || next == u'>') && at(i + 2) == next);
    }

    static bool isSpanStart(QChar c)
    {
        switch (c.unicode()) {
        case u'*': case u'_': case u'`': case u'<': case u'[': case u'!': case u'$': case u'\\': case u'&': case u'{': case u'~':
            return true;
        default:
            return false;
        }
    }

    bool stopMatches(Stop stop, const QString &delimiter) const
    {
        if (stop == Stop::Delimiter)
            return startsWith(delimiter);
        if (stop == Stop::LinkBracket)
            return at(m_pos) == u']' || at(m_pos) == u'[' || (at(m_pos) == u'!' && at(m_pos + 1) == u'[');
        return false;
    }

    // kramdown's parse_spans: text up to the next span start or stop; `condition` says
    // whether a stop match ends this element.
    template<typename Condition>
    bool parseSpans(Stop stop, const QString &delimiter = {}, Condition condition = nullptr)
    {
        while (!eos()) {
            if (++m_steps > m_budget)
                return false;
            qsizetype next = m_pos;
            while (next < m_text.size() && !isStartAt(next) && !(stop == Stop::Delimiter && m_text[next] == delimiter.front())
                   && !(stop == Stop::LinkBracket && m_text[next] == u']'))
                ++next;
            addText(next - m_pos);
            if (eos())
                break;
            if (stop != Stop::None && stopMatches(stop, delimiter)) {
                if (condition())
                    return true;
            }
            if (!parseOne())
                addText(1);
        }
        return false;
    }
    bool parseSpans(Stop stop)
    {
        return parseSpans(stop, QString(), [] { return true; });
    }

    bool parseOne()
    {
        const QChar c = at(m_pos);
        if (c == u'*' || c == u'_') {
            parseEmphasis();
            return true;
        }
        if (c == u'`')
            return parseCodeSpan();
        if (c == u'<')
            return skipAngle();
        if (c == u'[' || (c == u'!' && at(m_pos + 1) == u'['))
            return parseLink();
        if (isQuote(c) || (isQuote(at(m_pos + 1)) && c != u'\\')) {
            parseSmartQuote();
            return true;
        }
        if (c == u'$' && at(m_pos + 1) == u'$') {
            const qsizetype end = m_text.indexOf(u"$$", m_pos + 2);
            if (end < 0)
                return false;
            addText(end + 2 - m_pos);
            return true;
        }
        if (c == u'-' && at(m_pos + 1) == u'-') {
            addText(at(m_pos + 2) == u'-' ? 3 : 2);
            return true;
        }
        if (c == u'.' && at(m_pos + 1) == u'.' && at(m_pos + 2) == u'.') {
            addText(3);
            return true;
        }
        if ((c == u'<' || c == u'>') && at(m_pos + 1) == c) {
            addText(at(m_pos + 2) == u' ' ? 3 : 2);
            return true;
        }
        if (c == u' ' && (at(m_pos + 1) == u'<' || at(m_pos + 1) == u'>') && at(m_pos + 2) == at(m_pos + 1)) {
            addText(3);
            return true;
        }
        if (c == u'~' && at(m_pos + 1) == u'~')
            return parseStrikethrough();
        if (c == u'\\' && m_pos + 1 < m_text.size() && m_text[m_pos + 1].isPunct()) {
            addText(2);
            return true;
        }
        if (c == u'\\' && m_pos + 1 < m_text.size() && m_text[m_pos + 1].isSymbol()) {
            addText(2);
            return true;
        }
        return false;
    }

    void parseEmphasis()
    {
        const Saved saved = save();
        const QChar type = at(m_pos);
        const qsizetype length = at(m_pos + 1) == type ? 2 : 1;
        const Kind element = length == 2 ? Kind::Strong : Kind::Em;
        bool refuse = at(m_pos + length).isSpace();
        if (type == u'_') {
            // pre_match =~ /[[:alpha:]]-?[[:alpha:]]*\z/
            qsizetype i = m_pos - 1;
            while (i >= 0 && m_text[i].isLetter())
                --i;
            if (i < m_pos - 1) {
                refuse = true;
            } else if (i >= 1 && m_text[i] == u'-' && m_text[i - 1].isLetter()) {
                refuse = true;
            }
        }
        for (const auto &frame : std::as_const(m_stack)) {
            if (frame.kind == element)
                refuse = true;
        }
        if (refuse) {
            addDelimiterText(length);
            return;
        }
        const qsizetype open = m_pos;
        auto subParse = [&](const QString &delimiter, Kind kind) {
            m_stack.append({kind, false});
            const bool found = parseSpans(Stop::Delimiter, delimiter, [&] {
                if (at(m_pos - 1).isSpace())
                    return false;
                if (kind == Kind::Em && startsWith(QString(delimiter + delimiter)) && at(m_pos + 2 * delimiter.size()) != delimiter.front())
                    return false;
                if (type == u'_' && (at(m_pos + delimiter.size()).isLetterOrNumber()))
                    return false;
                return m_stack.last().hasChildren;
            });
            m_stack.removeLast();
            return found;
        };
        QString delimiter(length, type);
        m_pos = open + length;
        bool found = subParse(delimiter, element);
        if (!found && element == Kind::Strong && m_stack.last().kind != Kind::Em) {
            // kramdown tries emphasis from the first character: the second is its text.
            revert(saved);
            m_pos = open + 1;
            delimiter = QString(type);
            found = subParse(delimiter, Kind::Em);
        }
        if (found) {
            m_pairs.append({m_base + open, m_base + m_pos, delimiter.size()});
            m_pos += delimiter.size();
            m_stack.last().hasChildren = true;
        } else {
            revert(saved);
            addDelimiterText(length);
        }
    }

    static bool isWord(QChar c) { return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_'); }
    static bool isSqPunct(QChar c) { return c.unicode() < 128 && c.unicode() > 32 && std::ispunct(c.unicode()); }
    static bool isSqClose(QChar c)
    {
        return !c.isNull() && c != u' ' && c != u'\\' && c != u'\t' && c != u'\r' && c != u'\n' && c != u'[' && c != u'{'
               && c != u'(' && c != u'-';
    }

    void quote(qsizetype position, bool opening)
    {
        const bool single = at(position) == u'\'';
        m_quotes.append({m_base + position, single ? QChar(opening ? u'‘' : u'’') : QChar(opening ? u'“' : u'”')});
    }

    // kramdown's SQ_RULES, in order, at the current position (a quote, or the character before one).
    void parseSmartQuote()
    {
        const qsizetype p = m_pos;
        const QChar c0 = at(p), c1 = at(p + 1), c2 = at(p + 2), c3 = at(p + 3);
        auto done = [&](qsizetype length) {
            m_stack.last().hasChildren = true;
            m_pos = p + length;
        };
        if (isQuote(c0)) {
            if ((c1 == u'_' || c1 == u'*') && !c2.isNull() && !c2.isSpace())
                return quote(p, true), done(1);
            if (isSqPunct(c1) && !(c2 == u'.' && c3 == u'.') && !isWord(c2))
                return quote(p, false), done(1);
        }
        // (\s?)"'(?=\w), (\s?)'"(?=\w), (\s?)'(?=\d\ds)
        for (const qsizetype q : {p + 1, p}) {
            if (q == p + 1 && !c0.isSpace())
                continue;
            if (isQuote(at(q)) && isQuote(at(q + 1)) && at(q) != at(q + 1) && isWord(at(q + 2))) {
                quote(q, true);
                quote(q + 1, true);
                return done(q + 2 - p);
            }
        }
        for (const qsizetype q : {p + 1, p}) {
            if (q == p + 1 && !c0.isSpace())
                continue;
            if (at(q) == u'\'' && at(q + 1).isDigit() && at(q + 2).isDigit() && at(q + 3) == u's')
                return quote(q, false), done(q + 1 - p);
        }
        if (c0.isSpace() && isQuote(c1) && isWord(c2))
            return quote(p + 1, true), done(2);
        if (isSqClose(c0) && isQuote(c1))
            return quote(p + 1, false), done(2);
        if (isQuote(c0) && (c1.isNull() || c1.isSpace() || (c1 == u's' && !isWord(c2))))
            return quote(p, false), done(1);
        // Any other quote opens, the one after this character first.
        if (isQuote(c1) && !c0.isNull())
            return quote(p + 1, true), done(2);
        quote(p, true);
        done(1);
    }

    // kramdown-parser-gfm: `~~…~~` by a pattern, its inside parsed afresh (emphasis
    // there knows nothing of what is open outside).
    bool parseStrikethrough()
    {
        static const QRegularExpression strike(QStringLiteral("\\G~~(?!\\s|~).*?[^\\s~]~~"),
                                               QRegularExpression::DotMatchesEverythingOption);
        const auto match = strike.match(m_text, m_pos);
        if (!match.hasMatch())
            return false;
        const qsizetype open = m_pos, close = match.capturedEnd() - 2;
        m_pairs.append({m_base + open, m_base + close, 2, true});
        const QStringView text = m_text;
        const qsizetype base = m_base;
        const QList<Frame> stack = m_stack;
        m_text = text.sliced(open + 2, close - open - 2);
        m_base = base + open + 2;
        m_pos = 0;
        m_stack = {{Kind::Strike, false}};
        parseSpans(Stop::None);
        m_text = text;
        m_base = base;
        m_stack = stack;
        m_pos = close + 2;
        m_stack.last().hasChildren = true;
        return true;
    }

    bool parseCodeSpan()
    {
        qsizetype run = 0;
        while (at(m_pos + run) == u'`')
            ++run;
        const QStringView delimiter = m_text.sliced(m_pos, run);
        if (run == 1 && at(m_pos - 1).isSpace() && at(m_pos + 1).isSpace()) {
            addText(1);
            return true;
        }
        for (qsizetype from = m_pos + run;;) {
            const qsizetype end = m_text.indexOf(delimiter, from);
            if (end < 0) {
                addText(run);
                return true;
            }
            if (at(end + run) != u'`') {
                addText(end + run - m_pos);
                return true;
            }
            from = end + run;
            while (at(from) == u'`')
                ++from;
        }
    }

    // An autolink or an HTML tag: one token whose `*`/`_` are not emphasis.
    bool skipAngle()
    {
        static const QRegularExpression angle(QStringLiteral("\\G<(?:(?:mailto|https?|subversion|svn|file):[^>]*?|[^:\\s>]+@[^>]*?|/?[A-Za-z][A-Za-z0-9-]*(?:\\s[^>]*)?/?)>"));
        const auto match = angle.match(m_text, m_pos, QRegularExpression::NormalMatch);
        if (!match.hasMatch())
            return false;
        addText(match.capturedLength());
        return true;
    }

    bool parseLink()
    {
        const Saved saved = save();
        const qsizetype prefix = at(m_pos) == u'!' ? 2 : 1;
        for (const auto &frame : std::as_const(m_stack)) {
            if (frame.kind == Kind::Link) {
                addText(prefix);
                return true;
            }
        }
        m_pos += prefix;
        m_stack.append({Kind::Link, false});
        int count = 1;
        const bool found = parseSpans(Stop::LinkBracket, QString(), [&] {
            count += at(m_pos) == u']' ? -1 : 1;
            return count == 0;
        });
        m_stack.removeLast();
        if (found && at(m_pos + 1) == u'(') {
            // An inline link: the destination up to the balancing ')'.
            int depth = 0;
            for (qsizetype i = m_pos + 1; i < m_text.size(); ++i) {
                if (m_text[i] == u'\\') {
                    ++i;
                } else if (m_text[i] == u'(') {
                    ++depth;
                } else if (m_text[i] == u')' && --depth == 0) {
                    m_pos = i + 1;
                    m_stack.last().hasChildren = true;
                    return true;
                }
            }
        }
        // No link (the site has no reference definitions): the bracket is text.
        revert(saved);
        addText(prefix);
        return true;
    }
};

} // namespace

Emphasis emphasis(QStringView text)
{
    return Replay(text).run();
}

} // namespace Rubric::KramdownSpans
