#include "frontmatter.h"

#include "simpleyaml.h"

#include <QCoreApplication>
#include <QSet>

#include <atomic>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace Rubric {

namespace {

// The strings of this file, in the translation context of Rubric::FrontMatter.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::FrontMatter)
};

std::atomic<qint64> s_lookupSteps{0}; // see FrontMatter::lookupSteps()

bool isDelimiter(QStringView line, bool allowDots)
{
    if (!line.startsWith(QLatin1String("---")) && !(allowDots && line.startsWith(QLatin1String("..."))))
        return false;
    for (const QChar c : line.sliced(3)) {
        if (c != u' ' && c != u'\t')
            return false;
    }
    return true;
}

struct NodeBudget
{
    int remaining = 100000; // nodes, counting every alias expansion
};

struct BudgetExceeded
{
    bool tooDeep = false;
};

// Aliases share their node: counting every visit keeps an alias bomb from expanding.
YamlValue convert(const YAML::Node &node, NodeBudget &budget, int depth)
{
    if (--budget.remaining < 0 || depth > 100)
        throw BudgetExceeded{depth > 100};
    YamlValue value;
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        value.kind = YamlValue::Kind::Scalar;
        value.scalar = QString::fromStdString(node.Scalar());
        value.quoted = node.Tag() != "?";
        break;
    case YAML::NodeType::Sequence:
        value.kind = YamlValue::Kind::Sequence;
        for (const auto &item : node)
            value.items.append(convert(item, budget, depth + 1));
        break;
    case YAML::NodeType::Map:
        value.kind = YamlValue::Kind::Map;
        for (const auto &pair : node) {
            value.items.append(convert(pair.first, budget, depth + 1));
            value.items.append(convert(pair.second, budget, depth + 1));
        }
        break;
    default:
        break;
    }
    return value;
}

// Past `from`, only blanks and comments up to `to`?
bool onlyCommentsFollow(const QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c == u'#') {
            if (i > from && text.at(i - 1) != u' ' && text.at(i - 1) != u'\t' && text.at(i - 1) != u'\n')
                return false;
            while (i < to && text.at(i) != u'\n')
                ++i;
        } else if (c != u' ' && c != u'\t' && c != u'\r' && c != u'\n') {
            return false;
        }
    }
    return true;
}

// The end of a quoted scalar or flow collection starting at `from`, or -1.
qsizetype closingPosition(const QString &text, qsizetype from, qsizetype to)
{
    const QChar open = text.at(from);
    if (open == u'"') {
        for (qsizetype i = from + 1; i < to; ++i) {
            if (text.at(i) == u'\\')
                ++i;
            else if (text.at(i) == u'"')
                return i + 1;
        }
        return -1;
    }
    if (open == u'\'') {
        for (qsizetype i = from + 1; i < to; ++i) {
            if (text.at(i) == u'\'') {
                if (i + 1 < to && text.at(i + 1) == u'\'')
                    ++i;
                else
                    return i + 1;
            }
        }
        return -1;
    }
    int depth = 0;
    bool atItemStart = true; // a quote starts a quoted item only there: D'Appolito is plain
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        if ((c == u'"' || c == u'\'') && atItemStart) {
            const qsizetype end = closingPosition(text, i, to);
            if (end < 0)
                return -1;
            i = end - 1;
        } else if (c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u']' || c == u'}') {
            if (--depth == 0)
                return i + 1;
        }
        atItemStart = c == u'[' || c == u'{' || c == u',' || c == u':';
    }
    return -1;
}

// The YAML column of an error is counted in UTF-8 bytes; editors count characters.
int characterColumn(QStringView line, int byteColumn)
{
    const QByteArray bytes = line.toUtf8();
    return int(QString::fromUtf8(bytes.left(byteColumn)).size());
}

} // namespace

void FrontMatter::parseText(const QString &text, Reader reader)
{
    FrontMatter &fm = *this;
    fm.m_lines = LineIndex(text);
    const qsizetype firstBreak = text.indexOf(u'\n');
    if (firstBreak > 0 && text.at(firstBreak - 1) == u'\r')
        fm.m_lineBreak = QStringLiteral("\r\n");

    QStringView firstLine = fm.m_lines.lineContent(0);
    if (firstLine.startsWith(QChar(0xFEFF)))
        firstLine = firstLine.sliced(1);
    if (!isDelimiter(firstLine, false)) {
        fm.m_problems.append({Problem::Severity::Error, QStringLiteral("load.no-front-matter"),
                              Tr::tr("the file does not start with a front-matter line \"---\""), 1, 1, {}});
        return;
    }
    fm.m_exists = true;
    int close = -1;
    for (int line = 1; line < fm.m_lines.lineCount(); ++line) {
        if (isDelimiter(fm.m_lines.lineContent(line), true)) {
            close = line;
            break;
        }
    }
    if (close < 0) {
        // A closer glued to the next line (`---## 概要`, from a lost line break) is the
        // likely cause: name that line, so that the fixer can break it.
        for (int line = 1; line < fm.m_lines.lineCount(); ++line) {
            const QStringView content = fm.m_lines.lineContent(line);
            if (content.startsWith(QLatin1String("---")) && content.size() > 3 && content.at(3) != u'-') {
                fm.m_problems.append({Problem::Severity::Error, QStringLiteral("load.front-matter-closer-glued"),
                                      Tr::tr("the front matter opened on line 1 is never closed; line %1 \"%2\" looks "
                                             "like the closing \"---\" with the next line glued to it")
                                          .arg(line + 1)
                                          .arg(content.left(40).toString()),
                                      line + 1, 4, {}});
                return;
            }
        }
        fm.m_problems.append({Problem::Severity::Error, QStringLiteral("load.front-matter-unclosed"),
                              Tr::tr("the front matter opened on line 1 is never closed by a line \"---\""), 1,
                              1, {}});
        return;
    }
    fm.m_closed = true;
    fm.m_yamlStart = fm.m_lines.nextLineStart(0);
    fm.m_yamlEnd = fm.m_lines.lineStart(close);
    fm.m_bodyStart = fm.m_lines.nextLineStart(close);
    fm.m_bodyFirstLine = close + 1;
    if (!fm.scanEntries(text))
        return;
    if (reader == Reader::Fast && fm.readSimpleValues(text))
        return;
    fm.m_usedYamlCpp = true;
    fm.parseYaml(text);
    fm.matchEntriesToYaml();
    return;
}

FrontMatter FrontMatter::parse(const QString &text, Reader reader)
{
    FrontMatter fm;
    fm.parseText(text, reader);
    fm.indexEntries();
    return fm;
}

void FrontMatter::indexEntries()
{
    // Once per parse, so that a lookup by key costs the same with 10 keys or 80,000.
    m_entryIndex.clear();
    m_entryIndex.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_entryIndex[m_entries.at(i).key].append(i);
    QSet<QString> seen;
    seen.reserve(m_yamlKeys.size());
    m_keys.clear();
    s_lookupSteps.fetch_add(m_entries.size() + m_yamlKeys.size(), std::memory_order_relaxed);
    for (const auto &pair : std::as_const(m_yamlKeys)) {
        if (!seen.contains(pair.first)) {
            seen.insert(pair.first);
            m_keys.append(pair.first);
        }
    }
}

void FrontMatter::noteKey(const QString &key, int line, QHash<QString, int> &seen)
{
    if (const auto previous = seen.constFind(key); previous != seen.cend()) {
        m_problems.append({Problem::Severity::Warning, QStringLiteral("frontmatter.duplicate-key"),
                           Tr::tr("the key \"%1\" is also on line %2; the site reads this last one").arg(key).arg(*previous + 1),
                           line + 1, 1, key});
    }
    seen.insert(key, line);
    m_yamlKeys.append({key, line});
}

bool FrontMatter::readSimpleValues(const QString &text)
{
    // Only when every line is blank, a comment, or a one-line `key: value` of a form
    // SimpleYaml reads exactly as YAML does.
    const int firstLine = m_lines.lineAt(m_yamlStart);
    const int closeLine = m_lines.lineAt(m_yamlEnd);
    // A lone CR breaks a line for YAML but not for the line index, yaml-cpp skips a byte
    // order mark anywhere, and control characters (a form feed) and other spaces (U+3000)
    // are not blanks to YAML, though Qt trims them: yaml-cpp reads those.
    for (qsizetype i = m_yamlStart; i < m_yamlEnd; ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c == u'\r' && (i + 1 == m_yamlEnd || text.at(i + 1) != u'\n')) || c == 0xFEFF
            || (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F)
            || (c > 0x7F && QChar::isSpace(c)))
            return false;
    }
    qsizetype next = 0;
    for (int line = firstLine; line < closeLine; ++line) {
        const QStringView content = m_lines.lineContent(line);
        if (next < m_entries.size() && m_entries.at(next).keyLine == line) {
            ++next;
            continue;
        }
        if (!content.trimmed().isEmpty() && !content.startsWith(u'#'))
            return false;
    }
    QHash<QString, YamlValue> values;
    for (const auto &entry : std::as_const(m_entries)) {
        if (m_lines.lineAt(entry.valueEnd) != entry.keyLine || !SimpleYaml::isSimpleKey(entry.key))
            return false;
        // Only blanks YAML trims around the key: not a form feed or other white space.
        const QStringView rawKey = QStringView(text).sliced(entry.start, entry.colon - entry.start);
        if (!rawKey.startsWith(entry.key)
            || std::any_of(rawKey.begin() + entry.key.size(), rawKey.end(), [](QChar c) { return c != u' ' && c != u'\t'; }))
            return false;
        const auto value = SimpleYaml::decode(QStringView(text).sliced(entry.valueStart, entry.valueEnd - entry.valueStart),
                                              entry.style);
        if (!value)
            return false;
        values.insert(entry.key, *value);
    }
    QHash<QString, int> seen;
    for (const auto &entry : std::as_const(m_entries))
        noteKey(entry.key, entry.keyLine, seen);
    m_values = values;
    m_parsed = true;
    m_editable = true;
    return true;
}

void FrontMatter::matchEntriesToYaml()
{
    if (!m_parsed) {
        m_entries.clear();
        return;
    }
    // Trust the located entries only where they are exactly the keys YAML read.
    bool same = m_entries.size() == m_yamlKeys.size();
    for (qsizetype i = 0; same && i < m_entries.size(); ++i)
        same = m_entries.at(i).key == m_yamlKeys.at(i).first && m_entries.at(i).keyLine == m_yamlKeys.at(i).second;
    m_editable = same;
    if (!same) {
        m_notEditableReason = Tr::tr("the front matter's layout is too unusual to edit in place");
        m_entries.clear();
    }
}

void FrontMatter::parseYaml(const QString &text)
{
    const QByteArray yaml = QStringView(text).sliced(m_yamlStart, m_yamlEnd - m_yamlStart).toUtf8();
    const int firstLine = 1; // 0-based file line of the YAML's first line
    int keyLine = firstLine; // the key being read, for an error in its value
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsNull() && !root.IsMap()) {
            m_problems.append({Problem::Severity::Error, QStringLiteral("load.front-matter-not-mapping"),
                               Tr::tr("the front matter is not a list of \"key: value\" lines"), firstLine + 1, 1,
                               {}});
            return;
        }
        NodeBudget budget;
        QHash<QString, int> seen;
        for (const auto &pair : root) {
            const int line = pair.first.Mark().line + firstLine;
            const QString key = QString::fromStdString(pair.first.IsScalar() ? pair.first.Scalar() : std::string());
            noteKey(key, line, seen);
            keyLine = line;
            m_values.insert(key, convert(pair.second, budget, 1));
        }
        m_parsed = true;
    } catch (const YAML::DeepRecursion &e) {
        const int line = e.mark.is_null() ? firstLine : e.mark.line + firstLine;
        m_problems.append({Problem::Severity::Error, QStringLiteral("load.yaml-too-deep"),
                           Tr::tr("the front matter is nested more than %1 levels deep").arg(e.depth()),
                           line + 1, 1, {}});
        m_values.clear();
        m_yamlKeys.clear();
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? firstLine : e.mark.line + firstLine;
        const int column = e.mark.is_null() || line >= m_lines.lineCount()
                               ? 1
                               : characterColumn(m_lines.lineContent(line), e.mark.column) + 1;
        m_problems.append({Problem::Severity::Error, QStringLiteral("load.yaml-syntax"),
                           Tr::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)), line + 1, column, {}});
        m_values.clear();
        m_yamlKeys.clear();
    } catch (const BudgetExceeded &exceeded) {
        if (exceeded.tooDeep)
            m_problems.append({Problem::Severity::Error, QStringLiteral("load.yaml-too-deep"),
                               Tr::tr("the value of this key is nested more than 100 levels deep"), keyLine + 1, 1, {}});
        else
            m_problems.append({Problem::Severity::Error, QStringLiteral("load.yaml-too-large"),
                               Tr::tr("the value of this key expands to too many values (YAML aliases?)"), keyLine + 1,
                               1, {}});
        m_values.clear();
        m_yamlKeys.clear();
    }
}

bool FrontMatter::scanEntries(const QString &text)
{
    const int firstLine = m_lines.lineAt(m_yamlStart);
    const int closeLine = m_lines.lineAt(m_yamlEnd);
    QList<QPair<int, qsizetype>> keyLines; // line, colon offset
    for (int line = firstLine; line < closeLine; ++line) {
        const QStringView content = m_lines.lineContent(line);
        if (content.isEmpty() || content.front() == u' ' || content.front() == u'\t' || content.front() == u'#'
            || content.front() == u'-')
            continue;
        for (qsizetype i = 0; i < content.size(); ++i) {
            if (content.at(i) == u':'
                && (i + 1 == content.size() || content.at(i + 1) == u' ' || content.at(i + 1) == u'\t')) {
                keyLines.append({line, m_lines.lineStart(line) + i});
                break;
            }
        }
    }

    // yaml-cpp accepts a quoted value left open up to the end of the front matter; the
    // site's YAML parser does not, so neither do we.
    for (const auto &[line, colon] : std::as_const(keyLines)) {
        qsizetype pos = colon + 1;
        while (pos < m_yamlEnd && (text.at(pos) == u' ' || text.at(pos) == u'\t'))
            ++pos;
        if (pos < m_yamlEnd && (text.at(pos) == u'"' || text.at(pos) == u'\'')
            && closingPosition(text, pos, m_yamlEnd) < 0) {
            const int column = int(pos - m_lines.lineStart(line));
            m_problems.append({Problem::Severity::Error, QStringLiteral("load.yaml-syntax"),
                               Tr::tr("YAML syntax error: the quoted value starting here is never closed"), line + 1,
                               column + 1, {}});
            return false;
        }
    }

    for (qsizetype k = 0; k < keyLines.size(); ++k) {
        const int keyLine = keyLines.at(k).first;
        const qsizetype colon = keyLines.at(k).second;
        int lastLine = (k + 1 < keyLines.size() ? keyLines.at(k + 1).first : closeLine) - 1;
        while (lastLine > keyLine) {
            const QStringView content = m_lines.lineContent(lastLine);
            if (!content.trimmed().isEmpty() && !content.startsWith(u'#'))
                break;
            --lastLine;
        }
        FrontMatterEntry entry;
        entry.keyLine = keyLine;
        entry.start = m_lines.lineStart(keyLine);
        entry.end = m_lines.nextLineStart(lastLine);
        entry.key = QStringView(text).sliced(entry.start, colon - entry.start).trimmed().toString();
        entry.colon = colon;
        entry.valueStart = colon + 1;
        locateValue(text, entry, m_lines.contentEnd(lastLine));
        m_entries.append(entry);
    }
    return true;
}

void FrontMatter::locateValue(const QString &text, FrontMatterEntry &entry, qsizetype contentEnd) const
{
    const qsizetype keyLineEnd = m_lines.contentEnd(entry.keyLine);
    const bool continued = contentEnd > keyLineEnd;
    qsizetype pos = entry.valueStart;
    while (pos < keyLineEnd && (text.at(pos) == u' ' || text.at(pos) == u'\t'))
        ++pos;

    if (pos == keyLineEnd || text.at(pos) == u'#') {
        if (continued) {
            int line = entry.keyLine + 1;
            while (m_lines.lineContent(line).trimmed().isEmpty() || m_lines.lineContent(line).trimmed().startsWith(u'#'))
                ++line;
            entry.style = ValueStyle::BlockCollection;
            entry.valueStart = m_lines.lineStart(line);
            entry.valueEnd = contentEnd;
        } else {
            entry.style = ValueStyle::Empty;
            entry.valueEnd = entry.valueStart;
        }
        return;
    }

    entry.valueStart = pos;
    const QChar c = text.at(pos);
    if (c == u'"' || c == u'\'' || c == u'[' || c == u'{') {
        const qsizetype end = closingPosition(text, pos, contentEnd);
        entry.valueEnd = end < 0 ? contentEnd : end;
        if (end < 0 || !onlyCommentsFollow(text, end, contentEnd))
            entry.style = ValueStyle::Other;
        else if (c == u'"')
            entry.style = ValueStyle::DoubleQuoted;
        else if (c == u'\'')
            entry.style = ValueStyle::SingleQuoted;
        else
            entry.style = c == u'[' ? ValueStyle::FlowSequence : ValueStyle::FlowMapping;
        return;
    }
    if (c == u'|' || c == u'>') {
        entry.style = ValueStyle::BlockScalar;
        entry.valueEnd = contentEnd;
        return;
    }
    if (c == u'&' || c == u'*' || c == u'!') {
        entry.style = ValueStyle::Other;
        entry.valueEnd = contentEnd;
        return;
    }
    entry.style = ValueStyle::Plain;
    qsizetype end = continued ? contentEnd : keyLineEnd;
    for (qsizetype i = pos; i < end; ++i) {
        if (text.at(i) == u'#' && (text.at(i - 1) == u' ' || text.at(i - 1) == u'\t')) {
            end = i;
            break;
        }
    }
    while (end > pos && text.at(end - 1).isSpace())
        --end;
    entry.valueEnd = end;
}

qint64 FrontMatter::lookupSteps()
{
    return s_lookupSteps.load(std::memory_order_relaxed);
}

const FrontMatterEntry *FrontMatter::entry(const QString &key) const
{
    s_lookupSteps.fetch_add(1, std::memory_order_relaxed);
    const auto found = m_entryIndex.constFind(key);
    return found == m_entryIndex.cend() ? nullptr : &m_entries.at(found->constLast());
}

QList<const FrontMatterEntry *> FrontMatter::occurrences(const QString &key) const
{
    QList<const FrontMatterEntry *> result;
    const QList<qsizetype> indexes = m_entryIndex.value(key);
    s_lookupSteps.fetch_add(1 + indexes.size(), std::memory_order_relaxed);
    for (const qsizetype i : indexes)
        result.append(&m_entries.at(i));
    return result;
}

} // namespace Rubric
