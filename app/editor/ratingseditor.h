#pragma once

#include <QWidget>

class QDataWidgetMapper;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSlider;

namespace Rubric {

class RatingsModel;

// One spin box and slider per rating axis (0.0 to 1.0 in steps of 0.1), labelled in the
// document's language, and the total, read-only. Bound to RatingsModel by a mapper.
class RatingsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RatingsEditor(RatingsModel *model, QWidget *parent = nullptr);

    QDoubleSpinBox *spinBox(int axis) const { return m_spins.value(axis); }
    QSlider *slider(int axis) const { return m_sliders.value(axis); }
    // Marks the axes (and, for problems of `ratingKey`, the total) that problems concern.
    void setProblems(const QList<QPair<QString, QString>> &fieldAndMessage, const QString &ratingKey);

private:
    void commit(int axis);
    void updateLabels();

    RatingsModel *m_model;
    QDataWidgetMapper *m_mapper;
    QList<QLabel *> m_labels;
    QList<QDoubleSpinBox *> m_spins;
    QList<QSlider *> m_sliders;
    QLabel *m_total;
    bool m_populating = false;
};

} // namespace Rubric
