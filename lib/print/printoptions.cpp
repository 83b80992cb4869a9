#include "printoptions.h"

#include <QStringList>

namespace Rubric {

std::optional<QPageSize> PrintOptions::pageSizeNamed(const QString &name)
{
    if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

QStringList PrintOptions::pageSizeNames()
{
    return {QStringLiteral("A4"), QStringLiteral("Letter")};
}

} // namespace Rubric
