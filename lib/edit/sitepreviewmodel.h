#pragma once

#include "siteedit.h"

#include <QAbstractTableModel>

namespace Rubric {

// The files of a site edit's preview as rows: those that change, then those refused
// (unchanged files are left out), for the preview dialog's list.
class SitePreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { PathColumn, StatusColumn, LinesColumn, ColumnCount };
    enum Roles { DiffRole = Qt::UserRole, BeforeTextRole, AfterTextRole, RefusedRole };

    explicit SitePreviewModel(QObject *parent = nullptr);

    void setPreview(const SitePreview &preview);
    const SitePreview &preview() const { return m_preview; }
    const FilePlan &plan(int row) const { return m_preview.files.at(m_rows.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SitePreview m_preview;
    QList<int> m_rows;        // indexes into m_preview.files
    QList<int> m_changedLines; // per row: lines removed or added
};

} // namespace Rubric
