#include "frontmattereditor.h"

#include "schema/schema.h"
#include "simpleyaml.h"

#include <QCoreApplication>

namespace Rubric {

namespace {

// The strings of this file, in the translation context of Rubric::FrontMatterEditor.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::FrontMatterEditor)
};

bool sameText(const YamlValue &current, const YamlValue &wanted)
{
    if (current.kind != wanted.kind)
        return false;
    if (current.isScalar())
        return current.scalar == wanted.scalar;
    if (current.isSequence()) {
        if (current.items.size() != wanted.items.size())
            return false;
        for (qsizetype i = 0; i < current.items.size(); ++i) {
            if (!sameText(current.items.at(i), wanted.items.at(i)))
                return false;
        }
        return true;
    }
    return current == wanted;
}

QString plainOrQuoted(const QString &text, bool mustBeString, bool inFlow)
{
    if (YamlScalar::isPlainSafe(text, inFlow) && !(mustBeString && YamlScalar::resolvesToNonString(text)))
        return text;
    return YamlScalar::doubleQuoted(text);
}

} // namespace

FrontMatterEditor::FrontMatterEditor(const QString &text, const FrontMatter &frontMatter, const Schema &schema)
    : m_text(text)
    , m_frontMatter(frontMatter)
    , m_schema(schema)
{
}

TextEdits FrontMatterEditor::setValue(const QString &key, const ValueIntent &intent, QString *error) const
{
    if (!m_frontMatter.parsed()) {
        *error = Tr::tr("the front matter does not parse; fix it in the text first");
        return {};
    }
    if (!m_frontMatter.isEditable()) {
        *error = m_frontMatter.notEditableReason();
        return {};
    }
    const YamlValue current = m_frontMatter.value(key);
    // The same text is the same value, unless a string is wanted where plain text reads
    // as something else (`yes`, `2.0`): then it must be quoted after all.
    const bool readsAsString = !intent.mustBeString || !current.isScalar() || current.quoted
                               || !YamlScalar::resolvesToNonString(current.scalar);
    if (m_frontMatter.contains(key) && sameText(current, intent.value) && readsAsString)
        return {};
    const FrontMatterEntry *entry = m_frontMatter.entry(key);
    if (!entry)
        return insert(key, intent, error);
    if (entry->style == ValueStyle::Other) {
        *error = Tr::tr("the value of \"%1\" on line %2 uses YAML anchors, aliases, tags or an unusual layout; "
                    "edit it in the text")
                     .arg(key)
                     .arg(entry->keyLine + 1);
        return {};
    }
    const FieldSpec *field = m_schema.field(key);
    const bool preferQuoted = field && field->preferQuoted;
    const bool nonEmptySequence = intent.value.isSequence() && !intent.value.items.isEmpty();
    if (entry->style == ValueStyle::Empty
        || (entry->style == ValueStyle::BlockCollection && !nonEmptySequence)) {
        // Nothing on the key's line to keep: write the value right after the colon.
        const QString value = formatValue(nullptr, intent, preferQuoted);
        return {{entry->colon + 1, entry->valueEnd - entry->colon - 1, u' ' + value}};
    }
    const QString value = formatValue(entry, intent, preferQuoted);
    if (value.isEmpty()) {
        *error = Tr::tr("cannot write this value for \"%1\"").arg(key);
        return {};
    }
    return {{entry->valueStart, entry->valueEnd - entry->valueStart, value}};
}

QString FrontMatterEditor::formatValue(const FrontMatterEntry *entry, const ValueIntent &intent,
                                       bool preferQuoted) const
{
    const ValueStyle style = entry ? entry->style : ValueStyle::Empty;
    if (intent.value.isSequence()) {
        if (style == ValueStyle::BlockCollection && m_frontMatter.value(entry->key).isSequence())
            return formatBlockSequence(*entry, intent);
        return formatFlowSequence(style == ValueStyle::FlowSequence ? entry : nullptr, intent);
    }
    const QString &text = intent.value.scalar;
    if (style == ValueStyle::BlockScalar) {
        // A block scalar stays one where it can hold the text; quoted otherwise.
        if (const QString block = formatBlockScalar(*entry, text); !block.isEmpty())
            return block;
    }
    return formatScalar(style, text, intent.mustBeString, preferQuoted);
}

QString FrontMatterEditor::formatScalar(ValueStyle style, const QString &text, bool mustBeString,
                                        bool preferQuoted) const
{
    switch (style) {
    case ValueStyle::DoubleQuoted:
        return YamlScalar::doubleQuoted(text);
    case ValueStyle::SingleQuoted: {
        const QString single = YamlScalar::singleQuoted(text);
        return single.isEmpty() ? YamlScalar::doubleQuoted(text) : single;
    }
    case ValueStyle::Plain:
        return plainOrQuoted(text, mustBeString, false);
    default:
        return preferQuoted && mustBeString ? YamlScalar::doubleQuoted(text) : plainOrQuoted(text, mustBeString, false);
    }
}

QList<QPair<qsizetype, qsizetype>> FrontMatterEditor::flowItems(const FrontMatterEntry &entry) const
{
    return SimpleYaml::flowItemSpans(m_text, entry.valueStart, entry.valueEnd - 1);
}

QString FrontMatterEditor::formatFlowSequence(const FrontMatterEntry *entry, const ValueIntent &intent) const
{
    QString separator = QStringLiteral(", ");
    QString openPad, closePad;
    QStringList oldTexts;
    QStringList oldValues;
    if (entry) {
        const auto spans = flowItems(*entry);
        const YamlValue current = m_frontMatter.value(entry->key);
        for (const auto &span : spans)
            oldTexts.append(m_text.mid(span.first, span.second - span.first));
        if (current.items.size() == spans.size())
            oldValues = current.scalarItems();
        if (!spans.isEmpty()) {
            openPad = m_text.mid(entry->valueStart + 1, spans.front().first - entry->valueStart - 1);
            closePad = m_text.mid(spans.back().second, entry->valueEnd - 1 - spans.back().second);
        }
        if (spans.size() > 1) {
            const qsizetype from = spans.at(0).second;
            separator = m_text.mid(from, spans.at(1).first - from);
        }
    }
    QStringList texts;
    QList<bool> used(oldValues.size(), false);
    for (const auto &item : intent.value.items) {
        QString text;
        for (qsizetype j = 0; j < oldValues.size(); ++j) {
            if (!used.at(j) && oldValues.at(j) == item.scalar) {
                used[j] = true;
                text = oldTexts.at(j); // an unchanged item keeps its text, quotes and all
                break;
            }
        }
        if (text.isEmpty())
            text = plainOrQuoted(item.scalar, intent.mustBeString, true);
        texts.append(text);
    }
    if (texts.isEmpty())
        return QStringLiteral("[]");
    return u'[' + openPad + texts.join(separator) + closePad + u']';
}

QString FrontMatterEditor::formatBlockSequence(const FrontMatterEntry &entry, const ValueIntent &intent) const
{
    const LineIndex &lines = m_frontMatter.lines();
    const int first = lines.lineAt(entry.valueStart);
    const int last = lines.lineAt(entry.valueEnd);
    QString prefix;
    QStringList oldTexts;
    for (int line = first; line <= last; ++line) {
        const QStringView content = lines.lineContent(line);
        const QStringView trimmed = content.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (!trimmed.startsWith(u'-'))
            return {}; // an item spanning lines: not rewritten in place
        if (prefix.isEmpty()) {
            qsizetype after = content.indexOf(u'-') + 1;
            while (after < content.size() && (content.at(after) == u' ' || content.at(after) == u'\t'))
                ++after;
            prefix = content.first(after).toString();
        }
        oldTexts.append(trimmed.sliced(1).trimmed().toString());
    }
    const QStringList oldValues = m_frontMatter.value(entry.key).scalarItems();
    if (oldValues.size() != oldTexts.size())
        return {};
    QStringList lineTexts;
    QList<bool> used(oldValues.size(), false);
    for (const auto &item : intent.value.items) {
        QString text;
        for (qsizetype j = 0; j < oldValues.size(); ++j) {
            if (!used.at(j) && oldValues.at(j) == item.scalar) {
                used[j] = true;
                text = oldTexts.at(j);
                break;
            }
        }
        if (text.isEmpty())
            text = plainOrQuoted(item.scalar, intent.mustBeString, false);
        lineTexts.append(prefix + text);
    }
    return lineTexts.join(m_frontMatter.lineBreak());
}

QString FrontMatterEditor::formatBlockScalar(const FrontMatterEntry &entry, const QString &text) const
{
    // Block scalars hold no other control characters, and "" reads better quoted.
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7F || c == QChar(0x85)
            || c == QChar(0xFEFF) || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
            || c.category() == QChar::Other_Surrogate)
            return {};
    }
    QString core = text;
    int trailing = 0;
    while (core.endsWith(u'\n')) {
        core.chop(1);
        ++trailing;
    }
    if (core.isEmpty())
        return {};

    const LineIndex &lines = m_frontMatter.lines();
    int indent = 2;
    for (int line = lines.lineAt(entry.valueStart) + 1; line <= lines.lineAt(entry.valueEnd); ++line) {
        const QStringView content = lines.lineContent(line);
        if (content.trimmed().isEmpty())
            continue;
        indent = 0;
        while (indent < content.size() && content.at(indent) == u' ')
            ++indent;
        break;
    }
    const QStringList parts = core.split(u'\n');
    // Folded (>) stays folded when every line break can be written as a blank line:
    // not with leading breaks or lines starting with blanks (those are kept literally).
    bool folded = m_text.at(entry.valueStart) == u'>' && !core.startsWith(u'\n');
    for (const auto &part : parts) {
        if (part.startsWith(u' ') || part.startsWith(u'\t'))
            folded = false;
    }
    QString header = folded ? QStringLiteral(">") : QStringLiteral("|");
    if (core.startsWith(u' '))
        header += QString::number(indent);
    header += trailing == 0 ? QStringLiteral("-") : trailing == 1 ? QString() : QStringLiteral("+");
    // A comment after the header (`| # note`) is the author's: kept, with its spacing.
    const int headerLine = lines.lineAt(entry.valueStart);
    const QStringView oldHeader = QStringView(m_text).sliced(entry.valueStart, lines.contentEnd(headerLine) - entry.valueStart);
    for (qsizetype i = 1; i < oldHeader.size(); ++i) {
        if (oldHeader.at(i) == u'#' && (oldHeader.at(i - 1) == u' ' || oldHeader.at(i - 1) == u'\t')) {
            qsizetype from = i;
            while (from > 1 && (oldHeader.at(from - 1) == u' ' || oldHeader.at(from - 1) == u'\t'))
                --from;
            header += oldHeader.sliced(from);
            break;
        }
    }
    const QString pad(indent, u' ');
    QStringList out{header};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (folded && i > 0)
            out.append(QString()); // in a folded scalar n blank lines read as n line breaks
        if (!parts.at(i).isEmpty() || !folded)
            out.append(parts.at(i).isEmpty() ? QString() : pad + parts.at(i));
    }
    for (int i = 1; i < trailing; ++i)
        out.append(QString());
    return out.join(m_frontMatter.lineBreak());
}

TextEdits FrontMatterEditor::insert(const QString &key, const ValueIntent &intent, QString *error) const
{
    Q_UNUSED(error);
    const int order = m_schema.fieldOrder(key);
    const auto &entries = m_frontMatter.entries();
    qsizetype position = m_frontMatter.yamlEnd();
    if (order >= 0) {
        int bestOrder = -1;
        bool found = false;
        for (const auto &entry : entries) {
            const int entryOrder = m_schema.fieldOrder(entry.key);
            if (entryOrder >= 0 && entryOrder < order && entryOrder >= bestOrder) {
                bestOrder = entryOrder;
                position = entry.end;
                found = true;
            }
        }
        if (!found) {
            position = m_frontMatter.yamlStart();
            for (const auto &entry : entries) {
                if (m_schema.fieldOrder(entry.key) > order) {
                    position = entry.start;
                    break;
                }
            }
        }
    }
    const FieldSpec *field = m_schema.field(key);
    const QString value = formatValue(nullptr, intent, field && field->preferQuoted);
    return {{position, 0, key + QLatin1String(": ") + value + m_frontMatter.lineBreak()}};
}

TextEdits FrontMatterEditor::remove(const QString &key, QString *error) const
{
    if (!m_frontMatter.isEditable()) {
        *error = m_frontMatter.parsed() ? m_frontMatter.notEditableReason()
                                        : Tr::tr("the front matter does not parse; fix it in the text first");
        return {};
    }
    TextEdits edits;
    for (const auto *entry : m_frontMatter.occurrences(key))
        edits.append({entry->start, entry->end - entry->start, QString()});
    return edits;
}

TextEdits FrontMatterEditor::setFlowItem(const QString &key, int index, const QString &itemText, QString *error) const
{
    const FrontMatterEntry *entry = m_frontMatter.entry(key);
    if (!entry || entry->style != ValueStyle::FlowSequence) {
        *error = Tr::tr("\"%1\" is not written as a list [a, b, ...]").arg(key);
        return {};
    }
    const auto items = flowItems(*entry);
    if (index < 0 || index >= items.size()) {
        *error = Tr::tr("\"%1\" has no item %2").arg(key).arg(index + 1);
        return {};
    }
    const auto span = items.at(index);
    if (m_text.mid(span.first, span.second - span.first) == itemText)
        return {};
    return {{span.first, span.second - span.first, itemText}};
}

} // namespace Rubric
