#include "radarchart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Rubric {

namespace {

QPointF spoke(const QPointF &centre, double radius, int index, int count)
{
    // The first axis points up; the others follow clockwise, as on the site.
    const double angle = -M_PI / 2 + 2 * M_PI * index / count;
    return centre + QPointF(std::cos(angle) * radius, std::sin(angle) * radius);
}

} // namespace

void RadarChart::paint(QPainter &painter, const QRectF &rect) const
{
    const int count = int(labels.size());
    if (count < 3)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    // Room for the labels: a line above and below, the widest label at the sides
    // (wrapped on two lines at most).
    double widest = 0;
    for (const auto &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const double labelWidth = std::min(widest, rect.width() * 0.28);
    const double lineHeight = metrics.height();
    const double radius = std::max(1.0, std::min(rect.width() / 2 - labelWidth - lineHeight * 0.5,
                                                 rect.height() / 2 - lineHeight * 1.6));
    const QPointF centre = rect.center();
    const double hairline = std::max(0.5, lineHeight / 24);

    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), hairline));
    for (int ring = 1; ring <= 5; ++ring) {
        QPolygonF polygon;
        for (int i = 0; i < count; ++i)
            polygon << spoke(centre, radius * ring / 5, i, count);
        painter.drawPolygon(polygon);
    }
    for (int i = 0; i < count; ++i)
        painter.drawLine(centre, spoke(centre, radius, i, count));

    QPolygonF shape;
    for (int i = 0; i < count; ++i) {
        const double value = i < values.size() && values.at(i) ? std::clamp(*values.at(i), 0.0, 1.0) : 0.0;
        shape << spoke(centre, radius * value, i, count);
    }
    QColor fill = color;
    fill.setAlphaF(0.25);
    painter.setBrush(fill);
    painter.setPen(QPen(color, hairline * 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolygon(shape);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    for (const QPointF &point : std::as_const(shape))
        painter.drawEllipse(point, hairline * 3, hairline * 3);

    painter.setPen(QColor(0x33, 0x33, 0x33));
    for (int i = 0; i < count; ++i) {
        const QPointF anchor = spoke(centre, radius + lineHeight * 0.4, i, count);
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, labelWidth, lineHeight * 3),
                                                   Qt::TextWordWrap | Qt::AlignCenter, labels.at(i));
        QRectF box(QPointF(0, 0), QSizeF(labelWidth, bounds.height()));
        const double dx = anchor.x() - centre.x();
        const double dy = anchor.y() - centre.y();
        int align = Qt::TextWordWrap;
        if (std::abs(dx) < radius * 0.1) {
            box.moveCenter(anchor);
            box.moveTop(dy < 0 ? anchor.y() - box.height() : anchor.y());
            align |= Qt::AlignHCenter | (dy < 0 ? Qt::AlignBottom : Qt::AlignTop);
        } else {
            box.moveTop(anchor.y() - box.height() / 2 + (dy > radius * 0.1 ? box.height() / 4 : 0));
            if (dx > 0) {
                box.moveLeft(anchor.x());
                align |= Qt::AlignLeft;
            } else {
                box.moveRight(anchor.x());
                align |= Qt::AlignRight;
            }
        }
        painter.drawText(box, align, labels.at(i));
    }
    painter.restore();
}

} // namespace Rubric
