#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Rubric {

// Ratings are decimals with one digit after the point. They are held as integer
// tenths so that sums never drift the way binary doubles do (0.1 + 0.2 != 0.3).
namespace Tenths {

// "0.7" -> 7, "1" -> 10, "0.40" -> 4, "3.25" -> nullopt (not a multiple of 0.1),
// "abc" -> nullopt. Accepts an optional leading '+', no exponent, no sign '-'.
std::optional<int> parse(QStringView text);
// 7 -> "0.7", 33 -> "3.3", 10 -> "1.0": always one decimal, as the site writes them.
QString format(int tenths);
// Nearest tenths of a double (for widgets that speak double).
int fromDouble(double value);
inline double toDouble(int tenths) { return tenths / 10.0; }

} // namespace Tenths
} // namespace Rubric
