#include "searchtext.h"

#include <algorithm>

namespace Rubric::SearchText {

QString fold(QStringView text)
{
    // ASCII (most English text) is its own NFKC form and folds to lower case: skip the
    // normalizer, the costliest step of indexing and of confirming candidates.
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii ? text.toString().toLower() : text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30ff)     // hiragana, katakana (ー included)
        || (u >= 0x3400 && u <= 0x9fff)     // CJK ideographs (extension A and unified)
        || (u >= 0xf900 && u <= 0xfaff);    // compatibility ideographs
}

namespace {

bool isWordChar(QChar c)
{
    return !isCjk(c) && (c.isLetterOrNumber() || c.isMark());
}

} // namespace

QStringList tokens(QStringView folded)
{
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = folded.size();
    while (i < n) {
        const QChar c = folded[i];
        if (isCjk(c)) {
            qsizetype j = i;
            while (j < n && isCjk(folded[j]))
                ++j;
            for (qsizetype k = i; k + 1 < j; ++k)
                out.append(folded.mid(k, 2).toString());
            out.append(folded.mid(j - 1, 1).toString());
            i = j;
        } else if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(folded[j]))
                ++j;
            out.append(folded.mid(i, j - i).toString());
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

QString matchExpression(QStringView term)
{
    const QString folded = fold(term);
    const QStringList parts = tokens(folded);
    if (parts.isEmpty())
        return {};
    // A query's first and last words may be cut anywhere inside an indexed word (a substring
    // search), so they match as prefixes only where that is sound: the last token of a query
    // word is a prefix of the indexed word. A lone CJK character is a pair's first half.
    QStringList quoted;
    quoted.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString token = parts[i];
        token.replace(u'"', QStringLiteral("\"\""));
        const bool lone = token.size() == 1 && isCjk(token[0]);
        // A run's last character after its last pair adds nothing the pair does not say, and
        // as a prefix it would expand to every pair starting with it (the costliest part of
        // a Japanese query): only a run of one character needs it.
        if (lone && i > 0 && parts[i - 1].size() == 2 && isCjk(parts[i - 1][0]) && parts[i - 1][1] == token[0])
            continue;
        const bool last = i == parts.size() - 1;
        quoted.append(u'"' + token + u'"' + ((lone || last) ? QStringLiteral("*") : QString()));
    }
    return quoted.join(QStringLiteral(" AND "));
}

} // namespace Rubric::SearchText
