#pragma once

#include "textedit.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Rubric {

class BodyOutline;
class Schema;

// The cost-performance axis as FORMAT.md defines it: the price of the cheapest product
// with equivalent or better function and performance divided by the reviewed product's
// price, at most 1.0, rounded to tenths. And the sentence reviews write it out with, in
// the review's language, as the corpus writes it:
//   en: Calculation: 299 USD ÷ 1,093 USD ≈ 0.27 → 0.3.
//   ja: 計算式：44,900円 ÷ 163,900円 ≈ 0.27 → 0.3。
class CostPerformance final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::CostPerformance)

public:
    // The axis the calculator sets.
    static QString axisId() { return QStringLiteral("cost_performance"); }

    // `thisPrice`: the reviewed product's; `cheaperPrice`: the cheapest equivalent one's,
    // nothing when no cheaper product is equivalent (CP is then 1.0).
    CostPerformance(std::optional<double> thisPrice, std::optional<double> cheaperPrice);
    // Prices as typed or written in the front matter ("1093", "1,093", "149.0"); an
    // empty or unreadable one counts as missing.
    static std::optional<double> parsePrice(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    int tenths() const { return m_tenths; }          // 0..10
    double ratio() const { return m_ratio; }         // before capping and rounding
    // True when the result is 1.0 because nothing equivalent is cheaper (none given, or
    // the one given costs as much or more).
    bool nothingCheaper() const { return m_nothingCheaper; }

    // The calculation sentence in `lang` with prices in `currency`.
    QString sentence(const QString &lang, const QString &currency) const;
    // A price as a review in `currency` writes it: "1,093 USD", "22.99 USD", "44,900円".
    static QString formatPrice(double price, const QString &currency);
    // How the sentence starts in `lang` (to find an earlier one to replace).
    static QString sentencePrefix(const QString &lang);

    // The edit that puts `sentence` into the axis' section of a review: replacing a
    // paragraph that already starts with the calculation prefix, else as a new last
    // paragraph of the section. Nothing when the review has no such section. New lines
    // take `lineBreak` (the file's, FrontMatter::lineBreak()); a replaced paragraph keeps
    // its own line break.
    static std::optional<TextEdit> sentenceEdit(const QString &text, const BodyOutline &outline, const Schema &schema,
                                                const QString &lang, const QString &sentence,
                                                const QString &lineBreak = QStringLiteral("\n"));

private:
    QString ratioText() const;

    double m_this = 0;
    double m_cheaper = 0;
    double m_ratio = 1;
    int m_tenths = 10;
    bool m_nothingCheaper = false;
    QString m_error;
};

} // namespace Rubric
