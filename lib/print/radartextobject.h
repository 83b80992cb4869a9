#pragma once

#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;

namespace Rubric {

class RadarChart;

// Lets a QTextDocument carry a radar chart inline: the chart's data travels in the
// character's format and the chart is painted, as vectors, wherever the document is
// painted (screen, printer, PDF).
class RadarTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 7;

    // Registers the handler with `document`'s layout (once per document).
    static void registerWith(QTextDocument *document);
    // Inserts `chart` at the cursor, `widthPt` × `heightPt` points large.
    static void insert(QTextCursor &cursor, const RadarChart &chart, double widthPt, double heightPt);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    explicit RadarTextObject(QObject *parent);
};

} // namespace Rubric
