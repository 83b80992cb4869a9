#include "tenths.h"

#include <cmath>

namespace Rubric::Tenths {

std::optional<int> parse(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'+'))
        text = text.sliced(1);
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.sliced(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (whole.size() > 6)
        return std::nullopt;
    int value = 0;
    for (const QChar c : whole) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    value *= 10;
    for (qsizetype i = 0; i < fraction.size(); ++i) {
        const QChar c = fraction.at(i);
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        if (i == 0)
            value += c.unicode() - u'0';
        else if (c != u'0')
            return std::nullopt; // 0.25: not a multiple of a tenth
    }
    return value;
}

QString format(int tenths)
{
    const QString sign = tenths < 0 ? QStringLiteral("-") : QString();
    const int magnitude = std::abs(tenths);
    return sign + QString::number(magnitude / 10) + u'.' + QString::number(magnitude % 10);
}

int fromDouble(double value)
{
    return static_cast<int>(std::lround(value * 10.0));
}

} // namespace Rubric::Tenths
