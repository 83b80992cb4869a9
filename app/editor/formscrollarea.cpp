#include "formscrollarea.h"

#include <QScrollBar>

namespace Rubric {

FormScrollArea::FormScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

QSize FormScrollArea::minimumSizeHint() const
{
    // Narrower than the column only in a half window (side by side): then it scrolls
    // sideways too, rather than making two reviews wider than the screen.
    const int columnWidth = widget() ? widget()->minimumSizeHint().width() : 0;
    return {std::min(columnWidth, 320) + verticalScrollBar()->sizeHint().width(), 120};
}

QSize FormScrollArea::sizeHint() const
{
    // The whole column's width, and room for the vertical scroll bar, which appears when
    // the window is too low.
    const int columnWidth = widget() ? std::max(widget()->minimumSizeHint().width(), widget()->sizeHint().width()) : 0;
    return {columnWidth + verticalScrollBar()->sizeHint().width(), widget() ? widget()->sizeHint().height() : 0};
}

} // namespace Rubric
