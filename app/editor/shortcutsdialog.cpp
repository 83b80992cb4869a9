#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rubric {

namespace {

QString plain(QString text)
{
    // "&Save As…" reads "Save As…"; "&&" is a literal ampersand.
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    return text;
}

void addRow(QStandardItemModel *model, QAction *action, const QString &menuPath)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    QList<QStandardItem *> row;
    row.append(new QStandardItem(plain(action->text())));
    row.append(new QStandardItem(keys.join(QLatin1String(", "))));
    row.append(new QStandardItem(menuPath));
    for (QStandardItem *item : row)
        item->setEditable(false);
    model->appendRow(row);
}

void collect(QStandardItemModel *model, QMenu *menu, const QString &path, QSet<QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || seen.contains(action))
            continue;
        seen.insert(action);
        if (QMenu *sub = action->menu()) {
            collect(model, sub, path + QStringLiteral(" › ") + plain(sub->title()), seen);
            continue;
        }
        if (!action->text().isEmpty())
            addRow(model, action, path);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Menu")});
    QSet<QAction *> seen;
    auto *mainWindow = qobject_cast<QMainWindow *>(window);
    if (mainWindow && mainWindow->menuBar()) {
        for (QAction *top : mainWindow->menuBar()->actions()) {
            if (QMenu *menu = top->menu())
                collect(m_model, menu, plain(menu->title()), seen);
        }
    }
    // Actions outside the menus that still answer a key (e.g. tab switching).
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty() && !action->text().isEmpty() && !action->menu()) {
            seen.insert(action);
            addRow(m_model, action, tr("Window"));
        }
    }

    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search actions and keys…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // menu order until a header is clicked
    m_view->header()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(640, 520);
    m_search->setFocus();
}

} // namespace Rubric
