#include "sitepreviewmodel.h"

#include "document/utf8.h"

namespace Rubric {

SitePreviewModel::SitePreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SitePreviewModel::setPreview(const SitePreview &preview)
{
    beginResetModel();
    m_preview = preview;
    m_rows.clear();
    m_changedLines.clear();
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_preview.files.size(); ++i) {
            const FilePlan &file = m_preview.files.at(i);
            if (pass == 0 ? file.isChange() : file.isRefused()) {
                m_rows.append(i);
                // The diff's own lines, less its file header.
                int lines = 0;
                for (const auto line : QStringView(file.diff).split(u'\n')) {
                    if ((line.startsWith(u'-') && !line.startsWith(u"---")) || (line.startsWith(u'+') && !line.startsWith(u"+++")))
                        ++lines;
                }
                m_changedLines.append(lines);
            }
        }
    }
    endResetModel();
}

int SitePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SitePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SitePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FilePlan &file = plan(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn: return file.path;
        case StatusColumn:
            if (file.isRefused())
                return tr("Refused: %1").arg(file.refusal);
            return file.needsCostPerformance ? tr("Changes; recalculate cost-performance") : tr("Changes");
        case LinesColumn: return file.isRefused() ? QVariant() : QVariant(m_changedLines.at(index.row()));
        }
        return {};
    case Qt::ToolTipRole: return index.column() == StatusColumn ? data(index, Qt::DisplayRole) : QVariant();
    case DiffRole: return file.diff;
    case BeforeTextRole: return decodeUtf8(file.before);
    case AfterTextRole: return file.afterText;
    case RefusedRole: return file.isRefused();
    }
    return {};
}

QVariant SitePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn: return tr("File");
    case StatusColumn: return tr("Status");
    case LinesColumn: return tr("Lines");
    }
    return {};
}

} // namespace Rubric
