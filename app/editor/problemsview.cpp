#include "problemsview.h"

#include "models/problemsmodel.h"
#include "validate/fixer.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rubric {

ProblemsView::ProblemsView(ProblemsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_fix(new QPushButton(tr("Fix"), this))
{
    m_list->setModel(model);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Problems"));
    m_list->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ProblemsModel::LineColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ProblemsModel::CodeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_fix->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_fix);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    // A click shows the problem; so does activation (Enter, or a double-click), unless the
    // style already activates on a single click, which would show it twice.
    const auto show = [this](const QModelIndex &index) { Q_EMIT showRequested(m_model->problem(index.row())); };
    connect(m_list, &QTreeView::clicked, this, show);
    if (!m_list->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_list))
        connect(m_list, &QTreeView::activated, this, show);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (const int row = currentRow(); row >= 0)
            Q_EMIT fixRequested(m_model->problem(row));
    });
    auto update = [this] {
        const int row = currentRow();
        const bool fixable = row >= 0 && Fixer::canFix(m_model->problem(row));
        m_fix->setEnabled(fixable);
        m_fix->setToolTip(fixable ? Fixer::describe(m_model->problem(row)) : tr("Select a problem that has a mechanical fix"));
        updateSummary();
    };
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, update);
    connect(model, &QAbstractItemModel::dataChanged, this, update);
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
    update();
}

int ProblemsView::currentRow() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() && index.row() < m_model->rowCount() ? index.row() : -1;
}

void ProblemsView::updateSummary()
{
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("No problems: the review follows the site's rules."));
    else
        m_summary->setText(tr("%1, %2").arg(tr("%n error(s)", nullptr, m_model->errorCount()),
                                           tr("%n warning(s)", nullptr, m_model->warningCount())));
}

} // namespace Rubric
