#pragma once

#include <QScrollArea>

namespace Rubric {

// The scroll area of a review's form column: it scrolls up and down only, and asks for
// the column's least width, so a splitter (or a restored state) can narrow it to that and
// no further instead of cutting fields off at the right.
class FormScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormScrollArea(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
};

} // namespace Rubric
