#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Rubric {

// Help > Keyboard Shortcuts: every action of a window's menus (and any other action the
// window holds that has a shortcut), with its menu path and shortcuts, filtered as the
// user types (by name, menu or key, e.g. "ctrl+f").
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Columns { ActionColumn, ShortcutColumn, MenuColumn, ColumnCount };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QSortFilterProxyModel *filteredModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }

private:
    QLineEdit *m_search;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_view;
};

} // namespace Rubric
