#include "sitepreviewdialog.h"

#include "edit/sitepreviewmodel.h"
#include "recovery/diffview.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Rubric {

SitePreviewDialog::SitePreviewDialog(const SitePreview &preview, QWidget *parent)
    : QDialog(parent)
    , m_model(new SitePreviewModel(this))
    , m_summary(new QLabel(this))
    , m_files(new QTableView(this))
    , m_diff(new DiffView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Site Edit: %1").arg(preview.description));
    m_model->setPreview(preview);
    // Counts as "label: n", which read right for any n without plural translations.
    m_summary->setText(tr("Files to change: %1. Refused and left as they are: %2.")
                           .arg(preview.changeCount())
                           .arg(preview.refusedCount()));
    m_summary->setWordWrap(true);
    m_files->setModel(m_model);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setSelectionMode(QAbstractItemView::SingleSelection);
    m_files->verticalHeader()->hide();
    m_files->horizontalHeader()->setSectionResizeMode(SitePreviewModel::PathColumn, QHeaderView::Stretch);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_diff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    // Nothing to apply: only Cancel means something.
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(preview.changeCount() > 0);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_files->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    if (m_model->rowCount() > 0)
        m_files->selectRow(0);
    resize(900, 640);
}

const SitePreview &SitePreviewDialog::preview() const
{
    return m_model->preview();
}

void SitePreviewDialog::showRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_diff->setTexts({}, {});
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    if (index.data(SitePreviewModel::RefusedRole).toBool()) {
        m_diff->setPlainText(m_model->index(row, SitePreviewModel::StatusColumn).data().toString());
        return;
    }
    m_diff->setTexts(index.data(SitePreviewModel::BeforeTextRole).toString(),
                     index.data(SitePreviewModel::AfterTextRole).toString());
}

} // namespace Rubric
