#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QDataWidgetMapper;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSlider;
class QToolButton;
class QUndoStack;

namespace Rubric {

class RatingsModel;
class ReviewDocument;
class SiteIndex;

// One spin box and slider per rating axis (0.0 to 1.0 in steps of 0.1), labelled in the
// document's language, and the total, read-only. Bound to RatingsModel by a mapper.
class RatingsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RatingsEditor(RatingsModel *model, QWidget *parent = nullptr);
    ~RatingsEditor() override;

    QDoubleSpinBox *spinBox(int axis) const { return m_spins.value(axis); }
    QSlider *slider(int axis) const { return m_sliders.value(axis); }
    // Marks the axes (and, for problems of `ratingKey`, the total) that problems concern.
    void setProblems(const QList<QPair<QString, QString>> &fieldAndMessage, const QString &ratingKey);
    // When each axis (by id) and the total (by `ratingKey`) last changed (issue 19,
    // BlameTips): the tooltips of the axis' spin box and slider, and of the total.
    void setHistoryTips(const QHash<QString, QString> &byId, const QString &ratingKey);
    // Shows the cost-performance calculator's button next to that axis: it computes the
    // axis for `document` from the prices of `site()`'s reviews (the open site, if any).
    void enableCalculator(ReviewDocument *document, std::function<const SiteIndex *()> site);
    QToolButton *calculatorButton() const { return m_calculate; }
    // The document's stack: the changes one slider drag makes become one undo step.
    void setUndoStack(QUndoStack *stack);
    // Shows and focuses an axis' spin box (or, for any other id, the first), scrolling an
    // enclosing scroll area to it: how a problem on an axis or the rating is shown.
    void showAxis(const QString &axisId);
    // Opens the calculator (the button does); returns when it closes.
    void openCalculator();

private:
    void commit(int axis);
    void updateLabels();
    void endDrag();

    RatingsModel *m_model;
    QDataWidgetMapper *m_mapper;
    QList<QLabel *> m_labels;
    QList<QDoubleSpinBox *> m_spins;
    QList<QSlider *> m_sliders;
    QLabel *m_total;
    QToolButton *m_calculate = nullptr;
    QPointer<ReviewDocument> m_document;
    std::function<const SiteIndex *()> m_site;
    bool m_populating = false;
    QPointer<QUndoStack> m_undoStack;
    bool m_dragMacro = false; // a macro is open on m_undoStack while a slider is held
    QString m_totalTip; // what the total's tooltip says without problems
};

} // namespace Rubric
