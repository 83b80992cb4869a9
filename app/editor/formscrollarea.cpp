#include "formscrollarea.h"

#include <QScrollBar>

namespace Rubric {

FormScrollArea::FormScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize FormScrollArea::minimumSizeHint() const
{
    const int columnWidth = widget() ? widget()->minimumSizeHint().width() : 0;
    // Room for the vertical scroll bar, which appears when the window is too low.
    return {columnWidth + verticalScrollBar()->sizeHint().width(), 120};
}

QSize FormScrollArea::sizeHint() const
{
    const QSize column = widget() ? widget()->sizeHint() : QSize();
    return {std::max(column.width(), minimumSizeHint().width()), column.height()};
}

} // namespace Rubric
