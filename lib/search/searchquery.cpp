#include "searchquery.h"
#include "searchtext.h"

#include <algorithm>

namespace Rubric {

namespace {

bool hasPrefix(const QString &word, QLatin1String prefix)
{
    return word.size() > prefix.size() && word.startsWith(prefix, Qt::CaseInsensitive);
}

} // namespace

SearchQuery SearchQuery::parse(const QString &query, const std::function<bool(const QString &)> &isField)
{
    SearchQuery out;
    bool joinNext = false; // the previous word was OR
    qsizetype i = 0;
    while (i < query.size()) {
        if (query[i].isSpace()) {
            ++i;
            continue;
        }
        Term term;
        if (query[i] == u'-' && i + 1 < query.size() && !query[i + 1].isSpace()) {
            term.exclude = true;
            ++i;
        }
        bool quoted = false;
        qsizetype end;
        if (query[i] == u'"') {
            quoted = true;
            end = query.indexOf(u'"', i + 1);
            if (end < 0)
                end = query.size();
            term.raw = query.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            end = i;
            while (end < query.size() && !query[end].isSpace())
                ++end;
            term.raw = query.mid(i, end - i);
            i = end;
        }
        if (!quoted && !term.exclude && term.raw == QLatin1String("OR")) {
            joinNext = !out.groups.isEmpty();
            continue;
        }
        if (!quoted && hasPrefix(term.raw, QLatin1String("section:"))) {
            term.kind = Term::Section;
            term.raw = term.raw.mid(8);
            term.folded = SearchText::fold(term.raw);
            term.headings.insert(term.folded);
        } else if (!quoted
                   && (hasPrefix(term.raw, QLatin1String("tag:")) || hasPrefix(term.raw, QLatin1String("company:"))
                       || hasPrefix(term.raw, QLatin1String("lang:")) || hasPrefix(term.raw, QLatin1String("layout:"))
                       || (isField && isField(term.raw)))) {
            term.kind = Term::Field;
        } else {
            term.folded = SearchText::fold(term.raw);
            if (term.folded.isEmpty())
                continue;
        }
        if (joinNext)
            out.groups.last().append(term);
        else
            out.groups.append({term});
        joinNext = false;
    }
    return out;
}

bool SearchQuery::hasTextConstraint() const
{
    for (const auto &group : groups) {
        if (std::all_of(group.cbegin(), group.cend(), [](const Term &t) { return t.kind == Term::Text && !t.exclude; }))
            return true;
    }
    return false;
}

bool SearchQuery::hasSectionTerm() const
{
    for (const auto &group : groups) {
        for (const auto &term : group) {
            if (term.kind == Term::Section)
                return true;
        }
    }
    return false;
}

} // namespace Rubric
