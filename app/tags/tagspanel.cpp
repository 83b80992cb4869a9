#include "tagspanel.h"

#include "edit/tagsmodel.h"
#include "siteedit/siteeditcontroller.h"
#include "site/siteindex.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Rubric {

namespace {

enum class Show { All, NearDuplicates, Singletons, NoCounterpart };

// The filter box matches the tag and its counterpart; the Show box picks a kind of tag.
class TagsFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShow(Show show)
    {
        m_show = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        switch (m_show) {
        case Show::All: break;
        case Show::NearDuplicates:
            if (index.data(TagsModel::NearRole).toStringList().isEmpty())
                return false;
            break;
        case Show::Singletons:
            if (!index.data(TagsModel::SingletonRole).toBool())
                return false;
            break;
        case Show::NoCounterpart:
            if (!index.data(TagsModel::CounterpartRole).toString().isEmpty())
                return false;
            break;
        }
        const QRegularExpression pattern = filterRegularExpression();
        return pattern.pattern().isEmpty() || index.data(TagsModel::NameRole).toString().contains(pattern)
            || index.data(TagsModel::CounterpartRole).toString().contains(pattern);
    }

private:
    Show m_show = Show::All;
};

} // namespace

TagsPanel::TagsPanel(Workspace *workspace, SiteEditController *siteEdit, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_siteEdit(siteEdit)
    , m_model(new TagsModel(this))
    , m_proxy(new TagsFilter(this))
    , m_language(new QComboBox)
    , m_show(new QComboBox)
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
    , m_rename(new QPushButton(tr("&Rename…")))
    , m_merge(new QPushButton(tr("&Merge into…")))
    , m_both(new QCheckBox(tr("Both &languages")))
    , m_summary(new QLabel)
    , m_refresh(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_show->addItem(tr("All tags"), int(Show::All));
    m_show->addItem(tr("Near duplicates"), int(Show::NearDuplicates));
    m_show->addItem(tr("Used once"), int(Show::Singletons));
    m_show->addItem(tr("No counterpart"), int(Show::NoCounterpart));
    m_filter->setPlaceholderText(tr("Filter tags"));
    m_filter->setClearButtonEnabled(true);
    m_both->setToolTip(tr("Also rename the tags' counterparts in the other language (learned from translation pairs)"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TagsModel::CountColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(true);
    // A few rows are no list to tidy: ask for room for a dozen.
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 14);
    m_view->setColumnWidth(TagsModel::TagColumn, 220);
    m_view->setColumnWidth(TagsModel::CountColumn, 70);
    m_view->setColumnWidth(TagsModel::CounterpartColumn, 200);

    auto *top = new QHBoxLayout;
    top->addWidget(m_language);
    top->addWidget(m_show);
    top->addWidget(m_filter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_both);
    bottom->addWidget(m_rename);
    bottom->addWidget(m_merge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400); // a save or a git pull changes many records at once
    connect(m_refresh, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_language, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<TagsFilter *>(m_proxy)->setShow(Show(m_show->currentData().toInt()));
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TagsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TagsPanel::updateActions);
    connect(m_rename, &QPushButton::clicked, this, &TagsPanel::rename);
    connect(m_merge, &QPushButton::clicked, this, &TagsPanel::merge);
    connect(m_view, &QTreeView::doubleClicked, this, &TagsPanel::rename);
    connect(workspace, &Workspace::siteOpened, this, &TagsPanel::siteChanged);
    connect(workspace, &Workspace::siteClosed, this, &TagsPanel::siteChanged);
    siteChanged();
}

void TagsPanel::siteChanged()
{
    Site *site = m_workspace->site();
    m_language->clear();
    if (site) {
        for (const LanguageSpec &language : site->schema().languages())
            m_language->addItem(language.name.isEmpty() ? language.code : language.name, language.code);
        SiteIndex *index = site->index();
        connect(index, &SiteIndex::recordsAdded, this, &TagsPanel::scheduleRefresh);
        connect(index, &SiteIndex::recordChanged, this, &TagsPanel::scheduleRefresh);
        connect(index, &SiteIndex::recordRemoved, this, &TagsPanel::scheduleRefresh);
        connect(index, &SiteIndex::finished, this, &TagsPanel::scheduleRefresh);
    }
    m_stale = true;
    scheduleRefresh();
}

void TagsPanel::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refresh->start();
}

void TagsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refresh->start(0);
}

void TagsPanel::refresh(bool wait)
{
    m_stale = false;
    Site *site = m_workspace->site();
    const QString lang = m_language->currentData().toString();
    QString other;
    if (site) {
        for (const QString &code : site->schema().languageCodes()) {
            if (code != lang && other.isEmpty())
                other = code;
        }
    }
    const ReviewRecords records = site ? site->index()->records() : ReviewRecords();
    const int generation = ++m_generation;
    if (wait) {
        showTaxonomy(TagTaxonomy::build(records, lang, other));
        return;
    }
    auto *watcher = new QFutureWatcher<TagTaxonomy>(this);
    connect(watcher, &QFutureWatcher<TagTaxonomy>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showTaxonomy(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([records, lang, other] { return TagTaxonomy::build(records, lang, other); }));
}

void TagsPanel::showTaxonomy(const TagTaxonomy &taxonomy)
{
    const QStringList selected = selectedTags();
    m_model->setTaxonomy(taxonomy);
    // Keep the selection across a refresh (a rename's own apply refreshes the list).
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (selected.contains(index.data(TagsModel::NameRole).toString()))
            m_view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_summary->setText(m_workspace->site()
                           ? tr("%n tags, %1 near-duplicate groups, %2 used once", nullptr, int(taxonomy.tags.size()))
                                 .arg(taxonomy.nearDuplicates.size())
                                 .arg(taxonomy.singletons.size())
                           : tr("Open a site to see its tags."));
    updateActions();
}

void TagsPanel::renameTag(const QString &lang, const QString &tag)
{
    if (auto *dock = qobject_cast<QDockWidget *>(parentWidget())) {
        dock->show();
        dock->raise();
    }
    const int language = m_language->findData(lang);
    if (language >= 0 && language != m_language->currentIndex()) {
        m_language->setCurrentIndex(language);
        m_stale = true;
    }
    if (m_stale || m_model->lang() != lang)
        refresh(true);
    m_show->setCurrentIndex(0);
    m_filter->setText(tag);
    m_view->clearSelection();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(TagsModel::NameRole).toString() == tag) {
            m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            rename();
            return;
        }
    }
}

QStringList TagsPanel::selectedTags() const
{
    QList<QPair<int, QString>> tags;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        tags.append({index.data(TagsModel::CountRole).toInt(), index.data(TagsModel::NameRole).toString()});
    std::sort(tags.begin(), tags.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList names;
    for (const auto &tag : std::as_const(tags))
        names.append(tag.second);
    return names;
}

void TagsPanel::updateActions()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_rename->setEnabled(selected == 1);
    // One tag with near-duplicates: merge its other spellings into it.
    m_merge->setEnabled(selected >= 2 || (selected == 1 && !selectedNear().isEmpty()));
}

void TagsPanel::rename()
{
    const QStringList tags = selectedTags();
    if (tags.size() != 1)
        return;
    bool ok = false;
    const QString target = QInputDialog::getText(this, tr("Rename Tag"),
                                                 tr("Rename \"%1\" (%n reviews) to:", nullptr,
                                                    m_model->taxonomy().find(tags.constFirst())->count)
                                                     .arg(tags.constFirst()),
                                                 QLineEdit::Normal, tags.constFirst(), &ok)
                               .trimmed();
    if (ok && !target.isEmpty() && target != tags.constFirst())
        renameSelected(target);
}

QStringList TagsPanel::selectedNear() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.constFirst().data(TagsModel::NearRole).toStringList() : QStringList();
}

void TagsPanel::merge()
{
    QStringList tags = selectedTags();
    if (tags.size() == 1)
        tags += selectedNear();
    if (tags.size() < 2)
        return;
    bool ok = false;
    // The most used spelling first: usually the one to keep; another may be typed.
    const QString target = QInputDialog::getItem(this, tr("Merge Tags"),
                                                 tr("Merge %1 into:").arg(tags.join(QLatin1String(", "))), tags, 0, true, &ok)
                               .trimmed();
    if (ok && !target.isEmpty())
        renameTags(tags, target);
}

bool TagsPanel::renameSelected(const QString &target)
{
    return renameTags(selectedTags(), target);
}

bool TagsPanel::renameTags(const QStringList &tags, const QString &target)
{
    Site *site = m_workspace->site();
    if (!site || tags.isEmpty())
        return false;
    QString error;
    const auto rename = tagRename(site->index()->records(), tags, target, m_model->lang(),
                                  m_model->taxonomy().otherLang, m_both->isChecked(), &error);
    if (!rename) {
        QMessageBox::warning(this, tr("Rename Tag"), error);
        return false;
    }
    return m_siteEdit->preview(rename->files, rename->description);
}

} // namespace Rubric
