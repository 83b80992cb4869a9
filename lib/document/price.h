#pragma once

#include <QString>

#include <optional>

namespace Rubric {

// Prices as reviews write them, one presentation per language: Japanese text writes yen
// as 円 after the number ("44,900円", as 1,066 of the corpus's Japanese calculations do),
// every other language the ISO code after the number ("44,900 JPY", "22.99 USD").
namespace Price {

// As typed or written in the front matter ("1093", "1,093", "149.0"); an empty or
// unreadable one is missing.
std::optional<double> parse(const QString &text);
// Grouped, with only the decimals the value has.
QString format(double price, const QString &currency, const QString &lang);

} // namespace Price
} // namespace Rubric
