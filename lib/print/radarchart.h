#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <optional>

class QPainter;

namespace Rubric {

// The ratings as a radar (spider) chart painted with plain QPainter calls, so a PDF gets
// vectors and the core library needs no Qt Charts: one spoke per axis, rings at every
// fifth of the scale, the review's polygon over them and the axis labels outside.
class RadarChart final
{
public:
    QStringList labels;
    QList<std::optional<double>> values; // 0..1 per axis; an axis without a value counts 0
    QFont font;
    QColor color = QColor(0x1f, 0x5f, 0xa8);

    void paint(QPainter &painter, const QRectF &rect) const;
};

} // namespace Rubric
