#include "searchhighlight.h"
#include "searchquery.h"
#include "searchtext.h"

#include <algorithm>

namespace Rubric::SearchHighlight {

QStringList terms(const QString &query)
{
    // Any name<op>value is taken as a field here: highlighting "total>=3" would be noise.
    const auto isField = [](const QString &word) {
        const qsizetype op = word.indexOf(u'<') >= 0 ? word.indexOf(u'<')
                             : word.indexOf(u'>') >= 0 ? word.indexOf(u'>') : word.indexOf(u'=');
        return op > 0;
    };
    QStringList out;
    for (const auto &group : SearchQuery::parse(query, isField).groups) {
        for (const auto &term : group) {
            if (term.kind == SearchQuery::Term::Text && !term.exclude && !term.folded.isEmpty()
                && !out.contains(term.folded))
                out.append(term.folded);
        }
    }
    return out;
}

QList<std::pair<qsizetype, qsizetype>> ranges(const QString &text, const QStringList &terms)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    if (terms.isEmpty() || text.isEmpty())
        return out;
    // Folding may change the length (ｶﾞ → ガ, ㍻ → 平成): fold character by character then,
    // remembering where each folded character came from.
    QString folded = SearchText::fold(text);
    QList<qsizetype> origin; // folded index -> text index; empty when the lengths agree
    if (folded.size() != text.size()) {
        folded.clear();
        for (qsizetype i = 0; i < text.size();) {
            // A character with the marks that compose with it (ﾊ + ﾞ folds to バ, not ハ + ゛).
            qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            while (i + n < text.size()
                   && (text.at(i + n).isMark() || text.at(i + n) == u'\uff9e' || text.at(i + n) == u'\uff9f'))
                ++n;
            const QString part = SearchText::fold(QStringView(text).mid(i, n));
            folded += part;
            for (qsizetype k = 0; k < part.size(); ++k)
                origin.append(i);
            i += n;
        }
        origin.append(text.size());
    }
    const auto toText = [&](qsizetype index) { return origin.isEmpty() ? index : origin.at(index); };
    for (const QString &term : terms) {
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.size())) {
            qsizetype end = at + term.size();
            // The end of a folded character made of several: up to the next source character.
            qsizetype textEnd = origin.isEmpty() ? end : origin.at(end);
            out.append({toText(at), textEnd - toText(at)});
            if (term.isEmpty())
                break;
        }
    }
    std::sort(out.begin(), out.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &range : out) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().second) {
            auto &last = merged.last();
            last.second = std::max(last.first + last.second, range.first + range.second) - last.first;
        } else if (range.second > 0) {
            merged.append(range);
        }
    }
    return merged;
}

QString toHtml(const QString &text, const QStringList &terms)
{
    QString html;
    qsizetype at = 0;
    for (const auto &[start, length] : ranges(text, terms)) {
        html += text.mid(at, start - at).toHtmlEscaped() + QLatin1String("<b>")
                + text.mid(start, length).toHtmlEscaped() + QLatin1String("</b>");
        at = start + length;
    }
    return html + text.mid(at).toHtmlEscaped();
}

} // namespace Rubric::SearchHighlight
