#include "radartextobject.h"

#include "radarchart.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>

namespace Rubric {

namespace {

enum Property {
    Labels = QTextFormat::UserProperty + 70,
    Values,
    WidthPt,
    HeightPt,
};

double deviceUnitsPerPoint(const QTextDocument *document)
{
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    return device ? device->logicalDpiY() / 72.0 : 96.0 / 72.0;
}

} // namespace

RadarTextObject::RadarTextObject(QObject *parent)
    : QObject(parent)
{
}

void RadarTextObject::registerWith(QTextDocument *document)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    if (!layout->handlerForObject(objectType))
        layout->registerHandler(objectType, new RadarTextObject(document));
}

void RadarTextObject::insert(QTextCursor &cursor, const RadarChart &chart, double widthPt, double heightPt)
{
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(Labels, chart.labels);
    QVariantList values;
    for (const auto &value : chart.values)
        values.append(value ? QVariant(*value) : QVariant());
    format.setProperty(Values, values);
    format.setProperty(WidthPt, widthPt);
    format.setProperty(HeightPt, heightPt);
    format.setFont(chart.font);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF RadarTextObject::intrinsicSize(QTextDocument *document, int position, const QTextFormat &format)
{
    Q_UNUSED(position);
    const double scale = deviceUnitsPerPoint(document);
    return QSizeF(format.doubleProperty(WidthPt) * scale, format.doubleProperty(HeightPt) * scale);
}

void RadarTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                                 const QTextFormat &format)
{
    Q_UNUSED(document);
    Q_UNUSED(position);
    RadarChart chart;
    chart.labels = format.property(Labels).toStringList();
    const QVariantList values = format.property(Values).toList();
    for (const auto &value : values)
        chart.values.append(value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt);
    chart.font = format.toCharFormat().font();
    chart.paint(*painter, rect);
}

} // namespace Rubric
