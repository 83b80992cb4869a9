#include "costperformance.h"
#include "price.h"

#include "bodyoutline.h"
#include "schema/schema.h"
#include "tenths.h"

#include <QLocale>

#include <cmath>

namespace Rubric {

namespace {

// The words of the sentence per review language (document content, not UI: never tr()).
// A language not listed writes it in English.
struct Wording
{
    const char16_t *prefix;
    const char16_t *nothingCheaper;
    const char16_t *end;
};

Wording wording(const QString &lang)
{
    if (lang == QLatin1String("ja"))
        return {u"計算：", u"CP = 1.0（より安価な同等以上の製品は存在しません）", u"。"};
    return {u"Calculation: ", u"CP = 1.0 (no cheaper equivalent-or-better product exists)", u"."};
}

// Other ways the corpus starts the sentence, so a recalculation replaces them too.
QStringList knownPrefixes(const QString &lang)
{
    if (lang == QLatin1String("ja"))
        return {QStringLiteral("計算："), QStringLiteral("計算式："), QStringLiteral("計算:"), QStringLiteral("計算式:")};
    return {QStringLiteral("Calculation:")};
}

QString decimals(double value, int places)
{
    return QLocale::c().toString(value, 'f', places);
}

int roundedTenths(double ratio)
{
    // The epsilon keeps a ratio that is exactly a half (0.25) from rounding down through
    // binary floating point.
    return int(std::floor(ratio * 10 + 0.5 + 1e-9));
}

} // namespace

CostPerformance::CostPerformance(std::optional<double> thisPrice, std::optional<double> cheaperPrice)
{
    if (!thisPrice) {
        m_error = tr("The review has no price: enter the product's price first.");
        return;
    }
    if (*thisPrice < 0 || (cheaperPrice && *cheaperPrice < 0)) {
        m_error = tr("A price cannot be negative.");
        return;
    }
    m_this = *thisPrice;
    if (!cheaperPrice || *cheaperPrice > m_this || (*cheaperPrice == 0 && m_this == 0)) {
        m_nothingCheaper = true;
        return;
    }
    m_cheaper = *cheaperPrice;
    m_ratio = m_cheaper / m_this;
    m_tenths = std::min(10, roundedTenths(m_ratio));
}

std::optional<double> CostPerformance::parsePrice(const QString &text)
{
    return Price::parse(text);
}

QString CostPerformance::formatPrice(double price, const QString &currency)
{
    const QString number = QLocale(QLocale::English).toString(price, 'f', QLocale::FloatingPointShortest);
    if (currency == QLatin1String("JPY"))
        return number + u'円';
    return currency.isEmpty() ? number : number + u' ' + currency;
}

QString CostPerformance::sentencePrefix(const QString &lang)
{
    return QString::fromUtf16(wording(lang).prefix);
}

QString CostPerformance::ratioText() const
{
    // Two decimals as the corpus writes them, more when two would round to another tenth
    // than the result (0.2496 is not "≈ 0.25 → 0.2").
    for (int places = 2; places <= 6; ++places) {
        const double shown = std::round(m_ratio * std::pow(10, places)) / std::pow(10, places);
        if (std::min(10, roundedTenths(shown)) != m_tenths && places < 6)
            continue;
        const bool exact = std::abs(shown - m_ratio) < 1e-12;
        return (exact ? QStringLiteral("= ") : QStringLiteral("≈ ")) + decimals(shown, places);
    }
    return {};
}

QString CostPerformance::sentence(const QString &lang, const QString &currency) const
{
    if (!isValid())
        return {};
    const Wording words = wording(lang);
    QString text = QString::fromUtf16(words.prefix);
    if (m_nothingCheaper)
        text += QString::fromUtf16(words.nothingCheaper);
    else
        text += Price::format(m_cheaper, currency, lang) + QStringLiteral(" ÷ ") + Price::format(m_this, currency, lang) + u' '
                + ratioText() + QStringLiteral(" → ") + Tenths::format(m_tenths);
    return text + QString::fromUtf16(words.end);
}

std::optional<TextEdit> CostPerformance::sentenceEdit(const QString &text, const BodyOutline &outline,
                                                      const Schema &schema, const QString &lang, const QString &sentence,
                                                      const QString &lineBreak)
{
    // Where a line's text ends: before its "\r" in a CRLF file.
    const auto contentEnd = [&text](qsizetype lineEnd) {
        return lineEnd > 0 && lineEnd <= text.size() && text.at(lineEnd - 1) == u'\r' ? lineEnd - 1 : lineEnd;
    };
    const SectionSpec *section = schema.axisSection(axisId());
    if (!section)
        return std::nullopt;
    const int index = outline.findSection(schema.sectionHeadings(*section, lang));
    if (index < 0)
        return std::nullopt;
    const Heading &heading = outline.headings().at(index);
    const qsizetype sectionEnd = std::min(heading.sectionEnd, text.size());
    qsizetype lineStart = text.indexOf(u'\n', heading.start);
    if (lineStart < 0 || lineStart >= sectionEnd)
        return TextEdit{sectionEnd, 0, lineBreak + sentence + lineBreak};
    ++lineStart;

    const QStringList prefixes = knownPrefixes(lang);
    qsizetype lastContentEnd = contentEnd(lineStart - 1); // the heading line's end
    bool previousBlank = true;
    while (lineStart < sectionEnd) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0 || lineEnd > sectionEnd)
            lineEnd = sectionEnd;
        const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            previousBlank = true;
        } else {
            // A paragraph that starts with the calculation ("**Calculation:** ..."
            // included) is an earlier one: replaced with its continuation lines.
            qsizetype skip = 0;
            while (skip < trimmed.size() && (trimmed.at(skip) == u'*' || trimmed.at(skip) == u'_'))
                ++skip;
            const QStringView start = trimmed.sliced(skip);
            bool isCalculation = false;
            for (const QString &prefix : prefixes)
                isCalculation = isCalculation || start.startsWith(prefix);
            if (previousBlank && isCalculation) {
                qsizetype end = lineEnd;
                while (end < sectionEnd) {
                    qsizetype next = text.indexOf(u'\n', end + 1);
                    if (next < 0 || next > sectionEnd)
                        next = sectionEnd;
                    if (QStringView(text).sliced(end + 1, std::max<qsizetype>(0, next - end - 1)).trimmed().isEmpty())
                        break;
                    end = next;
                }
                end = contentEnd(end);
                return TextEdit{lineStart, end - lineStart, sentence};
            }
            previousBlank = false;
            lastContentEnd = contentEnd(lineEnd);
        }
        lineStart = lineEnd + 1;
    }
    // As a new last paragraph, after the last line of text of the section.
    return TextEdit{lastContentEnd, 0, lineBreak + lineBreak + sentence};
}

} // namespace Rubric
