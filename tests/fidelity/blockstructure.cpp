#include "blockstructure.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Rubric::Fidelity {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Entry
{
    int depth = 0;
    QString tag;
    QString text;
};

const QSet<QString> &blockTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("p"),     QStringLiteral("h1"),    QStringLiteral("h2"),    QStringLiteral("h3"),
        QStringLiteral("h4"),    QStringLiteral("h5"),    QStringLiteral("h6"),    QStringLiteral("ul"),
        QStringLiteral("ol"),    QStringLiteral("li"),    QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tr"),
        QStringLiteral("th"),    QStringLiteral("td"),    QStringLiteral("hr"),    QStringLiteral("div"),
        QStringLiteral("dl"),    QStringLiteral("dt"),    QStringLiteral("dd"),
    };
    return tags;
}

// Inline tags whose meaning the reader sees: kept as marks in the text.
QString inlineMark(const QString &tag)
{
    static const QHash<QString, QString> marks = {
        {QStringLiteral("strong"), QStringLiteral("b")}, {QStringLiteral("b"), QStringLiteral("b")},
        {QStringLiteral("em"), QStringLiteral("i")},     {QStringLiteral("i"), QStringLiteral("i")},
        {QStringLiteral("code"), QStringLiteral("c")},   {QStringLiteral("del"), QStringLiteral("s")},
        {QStringLiteral("a"), QStringLiteral("a")},
    };
    return marks.value(tag);
}

QString attribute(const QString &tagText, const QString &name)
{
    const QRegularExpression pattern(u"\\s"_s + name + u"=\"([^\"]*)\""_s);
    return pattern.match(tagText).captured(1);
}

QString decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    static const QRegularExpression entity(QStringLiteral("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);"));
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},   {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QStringLiteral(" ")},
    };
    QString result;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(text).sliced(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint code = name.mid(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
            const char32_t c = code;
            result += QString::fromUcs4(&c, 1);
        } else {
            result += named.value(name, match.captured());
        }
        last = match.capturedEnd();
    }
    return result + QStringView(text).sliced(last);
}

// MathJax source (kramdown) and its rendering (Rubric) to one form.
QString mathText(const QString &tex)
{
    static const QRegularExpression score(QStringLiteral("^\\s*\\\\Large\\s*\\\\text\\{\\s*([^}]*?)\\s*\\}\\s*$"));
    const auto match = score.match(tex);
    return match.hasMatch() ? u"⟨score "_s + match.captured(1) + u'⟩' : u"⟨math "_s + tex.simplified() + u'⟩';
}

QString normalized(const QString &text)
{
    QString result = text.simplified();
    static const QRegularExpression inlineMath(QStringLiteral("\\\\\\((.*?)\\\\\\)"));
    static const QRegularExpression displayMath(QStringLiteral("\\\\\\[(.*?)\\\\\\]"));
    for (const auto *pattern : {&inlineMath, &displayMath}) {
        if (!result.contains(u'\\'))
            break;
        QString replaced;
        qsizetype last = 0;
        auto it = pattern->globalMatch(result);
        while (it.hasNext()) {
            const auto match = it.next();
            replaced += QStringView(result).sliced(last, match.capturedStart() - last) + mathText(match.captured(1));
            last = match.capturedEnd();
        }
        result = replaced + QStringView(result).sliced(last);
    }
    return result;
}

} // namespace

QStringList blockStructure(const QString &html)
{
    QList<Entry> entries;
    QList<qsizetype> open; // indices into entries of the open blocks
    QList<QString> openTags;
    qsizetype looseText = -1; // an entry for text outside any block (kramdown's display math)
    // Rubric's own renderings of math: a score badge table or a span/div of class "math".
    int captureDepth = 0;
    QString captureKind, captureClass, captured;

    auto appendText = [&](const QString &text) {
        if (captureDepth > 0) {
            captured += text; // already decoded
            return;
        }
        if (!open.isEmpty()) {
            entries[open.last()].text += text;
        } else if (!text.trimmed().isEmpty()) {
            if (looseText < 0) {
                entries.append({0, QStringLiteral("math"), {}});
                looseText = entries.size() - 1;
            }
            entries[looseText].text += text;
        }
    };

    qsizetype at = 0;
    while (at < html.size()) {
        const qsizetype lt = html.indexOf(u'<', at);
        if (lt < 0) {
            appendText(decodeEntities(html.sliced(at)));
            break;
        }
        if (lt > at)
            appendText(decodeEntities(html.sliced(at, lt - at)));
        const qsizetype gt = html.indexOf(u'>', lt);
        if (gt < 0)
            break;
        const QString tagText = html.sliced(lt, gt - lt + 1);
        at = gt + 1;
        if (tagText.startsWith(u"<!"_s))
            continue;
        const bool closing = tagText.size() > 1 && tagText.at(1) == u'/';
        static const QRegularExpression nameOf(QStringLiteral("^</?([a-zA-Z0-9]+)"));
        const QString tag = nameOf.match(tagText).captured(1).toLower();
        if (tag.isEmpty())
            continue;

        const QString cls = closing ? QString() : attribute(tagText, QStringLiteral("class"));
        if (captureDepth > 0) {
            if (tag == captureKind)
                captureDepth += closing ? -1 : (tagText.endsWith(u"/>"_s) ? 0 : 1);
            if (captureDepth == 0) {
                const QString text = captureClass == u"math"_s ? mathText(captured)
                                                               : u"⟨score "_s + captured.simplified() + u'⟩';
                captured.clear();
                if (captureKind == u"span"_s) {
                    appendText(text);
                } else {
                    entries.append({int(open.size()), QStringLiteral("math"), text});
                }
            }
            continue;
        }
        if (!closing && ((tag == u"table"_s && cls == u"score"_s) || cls == u"math"_s || cls == u"score"_s)) {
            captureKind = tag;
            captureClass = cls == u"math"_s ? cls : QStringLiteral("score");
            captureDepth = 1;
            captured.clear();
            if (tag != u"span"_s)
                looseText = -1;
            continue;
        }
        const QString mark = inlineMark(tag);
        if (!mark.isEmpty()) {
            appendText(closing ? QString(u"⟦/"_s + mark + u'⟧') : QString(u'⟦' + mark + u'⟧'));
            continue;
        }
        if (tag == u"br"_s) {
            appendText(QStringLiteral(" "));
            continue;
        }
        if (tag == u"img"_s) {
            appendText(u"⟦img "_s + attribute(tagText, QStringLiteral("alt")) + u'⟧');
            continue;
        }
        if (!blockTags().contains(tag))
            continue;
        looseText = -1;
        if (closing) {
            const qsizetype index = openTags.lastIndexOf(tag);
            if (index >= 0) {
                open.resize(index);
                openTags.resize(index);
            }
            continue;
        }
        QString label = tag;
        if (tag.size() == 2 && tag.at(0) == u'h' && tag.at(1).isDigit()) {
            QString id = attribute(tagText, QStringLiteral("id"));
            if (id.isEmpty()) {
                // Rubric's heading anchor: <hN><a name="…"></a>…
                static const QRegularExpression anchor(QStringLiteral("^<a name=\"([^\"]*)\"></a>"));
                id = anchor.match(QStringView(html).sliced(at)).captured(1);
            }
            label += u'#' + decodeEntities(id);
        } else if (tag == u"td"_s || tag == u"th"_s) {
            static const QRegularExpression align(QStringLiteral("text-align:\\s*(\\w+)"));
            const QString alignment = align.match(attribute(tagText, QStringLiteral("style"))).captured(1);
            if (!alignment.isEmpty())
                label += u':' + alignment;
        }
        entries.append({int(open.size()), label, {}});
        if (tag != u"hr"_s) {
            open.append(entries.size() - 1);
            openTags.append(tag);
        }
    }

    QStringList lines;
    lines.reserve(entries.size());
    static const QRegularExpression displayMath(QStringLiteral("^\\s*\\\\\\[(.*)\\\\\\]\\s*$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    for (const auto &entry : std::as_const(entries)) {
        // Display math alone in a list item or quote (kramdown writes it as bare text there)
        // is a math block inside it, as Rubric renders it.
        const auto display = entry.tag == u"math"_s ? QRegularExpressionMatch() : displayMath.match(entry.text);
        if (display.hasMatch()) {
            lines.append(QString(entry.depth * 2, u' ') + entry.tag);
            lines.append(QString(entry.depth * 2 + 2, u' ') + u"math: "_s + mathText(display.captured(1)));
            continue;
        }
        QString text = normalized(entry.text);
        // An anchor mark with nothing in it (a heading's <a name>) is no text.
        text.replace(u"⟦a⟧⟦/a⟧"_s, QString());
        text = text.trimmed();
        lines.append(QString(entry.depth * 2, u' ') + entry.tag + (text.isEmpty() ? QString() : u": "_s + text));
    }
    return lines;
}

} // namespace Rubric::Fidelity
