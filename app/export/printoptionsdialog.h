#pragma once

#include "print/printoptions.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;

namespace Rubric {

// Page size and margins for Export PDF and Print, remembered between sessions.
class PrintOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PrintOptionsDialog(QWidget *parent = nullptr);

    PrintOptions options() const;

    // What the user chose last time (A4 and the default margins at first).
    static PrintOptions remembered();
    static void remember(const PrintOptions &options);

private:
    QComboBox *m_pageSize;
    QDoubleSpinBox *m_top;
    QDoubleSpinBox *m_bottom;
    QDoubleSpinBox *m_left;
    QDoubleSpinBox *m_right;
};

} // namespace Rubric
