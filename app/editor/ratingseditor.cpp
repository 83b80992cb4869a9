#include "ratingseditor.h"

#include "costperformancedialog.h"
#include "document/costperformance.h"
#include "document/reviewdocument.h"
#include "document/tenths.h"
#include "site/siteindex.h"
#include "models/ratingsmodel.h"

#include <QAbstractItemDelegate>
#include <QDataWidgetMapper>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QToolButton>
#include <QUndoStack>

namespace Rubric {

RatingsEditor::RatingsEditor(RatingsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_mapper(new QDataWidgetMapper(this))
    , m_total(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2); // five axes and the total beside the chart, not under it
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_populating = true; });
    m_mapper->setModel(model);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        m_populating = false;
        updateLabels();
    });
    m_mapper->setOrientation(Qt::Vertical);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);

    for (int axis = 0; axis < model->axisCount(); ++axis) {
        auto *label = new QLabel(this);
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(0.0, 1.0);
        spin->setSingleStep(0.1);
        spin->setDecimals(1);
        spin->setObjectName(model->index(axis, 0).data(RatingsModel::AxisIdRole).toString());
        auto *slider = new QSlider(Qt::Horizontal, this);
        slider->setMinimumWidth(60); // usable in a half-width side-by-side view too
        slider->setRange(0, 10);
        slider->setPageStep(1);
        slider->setTickPosition(QSlider::TicksBelow);
        slider->setAccessibleName(spin->objectName());
        label->setBuddy(spin);
        connect(slider, &QSlider::valueChanged, spin, [spin](int tenths) { spin->setValue(Tenths::toDouble(tenths)); });
        connect(spin, &QDoubleSpinBox::valueChanged, slider, [slider](double value) {
            slider->setValue(Tenths::fromDouble(value));
        });
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, axis] { commit(axis); });
        connect(slider, &QSlider::sliderReleased, this, &RatingsEditor::endDrag);
        m_mapper->addMapping(spin, axis);
        layout->addWidget(label, axis, 0);
        layout->addWidget(slider, axis, 1);
        layout->addWidget(spin, axis, 2);
        if (spin->objectName() == CostPerformance::axisId()) {
            m_calculate = new QToolButton(this);
            m_calculate->setObjectName(QStringLiteral("calculateCostPerformance"));
            m_calculate->setText(tr("Calculate…"));
            m_calculate->setToolTip(tr("Compute the cost-performance from the price of the cheapest equivalent product"));
            m_calculate->setVisible(false); // until a document to calculate for is given
            connect(m_calculate, &QToolButton::clicked, this, &RatingsEditor::openCalculator);
            // Under the sliders, beside the total: a column of its own would widen the
            // ratings for one button and leave the chart beside them too little room.
            layout->addWidget(m_calculate, model->axisCount(), 1, Qt::AlignRight);
        }
        m_labels.append(label);
        m_spins.append(spin);
        m_sliders.append(slider);
    }
    auto *totalLabel = new QLabel(tr("Total"), this);
    QFont bold = totalLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    totalLabel->setFont(bold);
    m_total->setFont(bold);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setToolTip(tr("The sum of the axes, computed"));
    m_total->setObjectName(QStringLiteral("total"));
    layout->addWidget(totalLabel, model->axisCount(), 0);
    layout->addWidget(m_total, model->axisCount(), 2);
    layout->setColumnStretch(1, 1);

    m_populating = true;
    m_mapper->setCurrentIndex(RatingsModel::ValueColumn);
    m_populating = false;
    updateLabels();
}

void RatingsEditor::enableCalculator(ReviewDocument *document, std::function<const SiteIndex *()> site)
{
    m_document = document;
    m_site = std::move(site);
    if (!m_calculate)
        return;
    // Only where the layout has a price to divide by (products, not companies).
    const auto update = [this] {
        const FieldSpec *price = m_document ? m_document->schema().field(QStringLiteral("price")) : nullptr;
        m_calculate->setVisible(price && price->isRequiredFor(m_document->string(QStringLiteral("layout"))));
    };
    update();
    if (document)
        connect(document, &ReviewDocument::textChanged, m_calculate, update);
}

void RatingsEditor::openCalculator()
{
    if (!m_document)
        return;
    const SiteIndex *site = m_site ? m_site() : nullptr;
    CostPerformanceDialog dialog(m_document, site ? site->records() : ReviewRecords(), this);
    dialog.exec();
}

void RatingsEditor::setUndoStack(QUndoStack *stack)
{
    endDrag();
    m_undoStack = stack;
}

RatingsEditor::~RatingsEditor()
{
    endDrag();
}

void RatingsEditor::commit(int axis)
{
    if (m_populating)
        return;
    // A drag passes through several values, each a change the chart and the text show at
    // once; the first opens a macro that the release closes, so undo takes back the drag.
    if (m_undoStack && !m_dragMacro && m_sliders.at(axis)->isSliderDown()) {
        m_undoStack->beginMacro(tr("Set %1").arg(m_labels.at(axis)->text().replace(QLatin1String("&&"), QLatin1String("&"))));
        m_dragMacro = true;
    }
    m_mapper->itemDelegate()->setModelData(m_spins.at(axis), m_model, m_model->index(axis, RatingsModel::ValueColumn));
}

void RatingsEditor::showAxis(const QString &axisId)
{
    if (m_spins.isEmpty())
        return;
    QDoubleSpinBox *spin = m_spins.constFirst();
    for (QDoubleSpinBox *each : std::as_const(m_spins)) {
        if (each->objectName() == axisId)
            spin = each;
    }
    for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(m_total, 8, 8); // the whole block, down to the total
            scroll->ensureWidgetVisible(spin, 8, 8);
            break;
        }
    }
    spin->setFocus(Qt::OtherFocusReason);
}

void RatingsEditor::endDrag()
{
    if (!m_dragMacro)
        return;
    m_dragMacro = false;
    if (m_undoStack)
        m_undoStack->endMacro();
}

void RatingsEditor::setProblems(const QList<QPair<QString, QString>> &fieldAndMessage, const QString &ratingKey)
{
    for (int axis = 0; axis < m_labels.size(); ++axis) {
        const QString id = m_spins.at(axis)->objectName();
        QStringList messages;
        for (const auto &[field, message] : fieldAndMessage) {
            if (field == id)
                messages.append(message);
        }
        m_labels.at(axis)->setStyleSheet(messages.isEmpty() ? QString() : QStringLiteral("color: #c62828; font-weight: bold;"));
        m_labels.at(axis)->setToolTip(messages.join(u'\n'));
    }
    QStringList totalMessages;
    for (const auto &[field, message] : fieldAndMessage) {
        if (field == ratingKey)
            totalMessages.append(message);
    }
    m_total->setStyleSheet(totalMessages.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    m_total->setToolTip(totalMessages.isEmpty() ? (m_totalTip.isEmpty() ? tr("The sum of the axes, computed") : m_totalTip)
                                                : totalMessages.join(u'\n'));
}

void RatingsEditor::setHistoryTips(const QHash<QString, QString> &byId, const QString &ratingKey)
{
    for (int axis = 0; axis < m_spins.size(); ++axis) {
        const QString tip = byId.value(m_spins.at(axis)->objectName());
        m_spins.at(axis)->setToolTip(tip);
        m_sliders.at(axis)->setToolTip(tip);
    }
    const QString total = byId.value(ratingKey);
    m_totalTip = total.isEmpty() ? QString() : tr("The sum of the axes, computed") + u'\n' + total;
    if (m_total->styleSheet().isEmpty()) // no problem shown there
        m_total->setToolTip(m_totalTip.isEmpty() ? tr("The sum of the axes, computed") : m_totalTip);
}

void RatingsEditor::updateLabels()
{
    for (int axis = 0; axis < m_labels.size(); ++axis)
        m_labels.at(axis)->setText(m_model->index(axis, RatingsModel::LabelColumn).data().toString().replace(
            u'&', QLatin1String("&&"))); // a label with a buddy reads & as a shortcut mark
    const QString total = m_model->index(m_model->totalRow(), RatingsModel::ValueColumn).data().toString();
    m_total->setText(total.isEmpty() ? QStringLiteral("–") : total);
}

} // namespace Rubric
