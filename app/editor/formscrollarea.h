#pragma once

#include <QScrollArea>

namespace Rubric {

// The scroll area of a review's form column: it asks for the whole column's width, so a
// splitter lays it out uncut, and lets a half window narrow it (scrolling sideways then)
// but never fold it away.
class FormScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormScrollArea(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
};

} // namespace Rubric
