#include "refslug.h"

#include <QList>

namespace Rubric::RefSlug {

namespace {

// Letters that Unicode does not decompose into a base letter and an accent.
QString foldedLetter(char32_t c)
{
    switch (c) {
    case U'ø': case U'Ø': return QStringLiteral("o");
    case U'æ': case U'Æ': return QStringLiteral("ae");
    case U'œ': case U'Œ': return QStringLiteral("oe");
    case U'ß': return QStringLiteral("ss");
    case U'đ': case U'Đ': return QStringLiteral("d");
    case U'ł': case U'Ł': return QStringLiteral("l");
    case U'þ': case U'Þ': return QStringLiteral("th");
    case U'ð': case U'Ð': return QStringLiteral("d");
    case U'ı': return QStringLiteral("i");
    case U'μ': case U'µ': return QStringLiteral("mu");
    default: return {};
    }
}

// Ⅰ..Ⅻ and ⅰ..ⅻ: the corpus writes "mkⅣ" as "mk4", not "mkiv".
QString romanNumeral(char32_t c)
{
    if (c >= 0x2160 && c <= 0x216B)
        return QString::number(int(c - 0x2160) + 1);
    if (c >= 0x2170 && c <= 0x217B)
        return QString::number(int(c - 0x2170) + 1);
    return {};
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'`' || c == U'\u00B4';
}

} // namespace

QString fromName(const QString &name)
{
    // Roman numerals first: compatibility folding would make them letters.
    QString numerals;
    for (const char32_t c : name.toUcs4()) {
        const QString digits = romanNumeral(c);
        numerals += digits.isEmpty() ? QString::fromUcs4(&c, 1) : digits;
    }
    // NFKD: full-width forms become ASCII, accented letters a base letter and a mark.
    const QString decomposed = numerals.normalized(QString::NormalizationForm_KD);

    QString words; // lowercase ASCII letters and digits, other characters as spaces
    for (const char32_t c : decomposed.toUcs4()) {
        if (c < 128 && QChar::isLetterOrNumber(c)) {
            words += QChar(c).toLower();
        } else if (c == U'+') {
            words += QLatin1String(" plus ");
        } else if (isApostrophe(c)) {
            continue; // joins: 6'13 -> 613, i-μ's -> mus
        } else if (QChar::category(c) == QChar::Mark_NonSpacing || QChar::category(c) == QChar::Mark_SpacingCombining) {
            continue; // the accent of a decomposed letter
        } else if (const QString folded = foldedLetter(c); !folded.isEmpty()) {
            words += folded;
        } else {
            words += u' ';
        }
    }
    return words.simplified().replace(u' ', u'-');
}

bool isValid(const QString &ref)
{
    if (ref.isEmpty() || ref.startsWith(u'-') || ref.endsWith(u'-') || ref.contains(QLatin1String("--")))
        return false;
    for (const QChar c : ref) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Rubric::RefSlug
