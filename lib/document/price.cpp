#include "price.h"

#include <QLocale>

#include <cmath>

namespace Rubric::Price {

std::optional<double> parse(const QString &text)
{
    QString plain = text.trimmed();
    plain.remove(u',');
    if (plain.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = plain.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString format(double price, const QString &currency, const QString &lang)
{
    const QString number = QLocale(QLocale::English).toString(price, 'f', QLocale::FloatingPointShortest);
    if (currency.isEmpty())
        return number;
    if (currency == QLatin1String("JPY") && lang == QLatin1String("ja"))
        return number + u'円';
    return number + u' ' + currency;
}

} // namespace Rubric::Price
