#include "libraryview.h"
#include "search/savedviewsbox.h"

#include "document/tenths.h"
#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "site/siteindex.h"
#include "tags/tagspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Rubric {

namespace {

// Shows a language code ("ja") as the schema names it ("日本語"); sorting and filtering
// still use the code.
class LanguageDelegate final : public QStyledItemDelegate
{
public:
    LanguageDelegate(const Schema &schema, QObject *parent)
        : QStyledItemDelegate(parent)
    {
        for (const auto &language : schema.languages())
            m_names.insert(language.code, language.name);
    }

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        const QString code = value.toString();
        return m_names.value(code, QStyledItemDelegate::displayText(value, locale));
    }

private:
    QHash<QString, QString> m_names;
};

} // namespace

LibraryView::LibraryView(SiteIndex *index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_model(new LibraryModel(index, this))
    , m_filter(new LibraryFilter(m_model, this))
    , m_search(new QLineEdit(this))
    , m_lang(new QComboBox(this))
    , m_layout(new QComboBox(this))
    , m_rangeColumn(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_orphans(new QCheckBox(tr("Without a translation only"), this))
    , m_translationState(new QComboBox(this))
    , m_withProblems(new QCheckBox(tr("With problems only"), this))
    , m_git(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    const Schema &schema = index->schema();
    m_search->setPlaceholderText(tr("Search name, company, tags…"));
    m_search->setClearButtonEnabled(true);
    m_lang->addItem(tr("All languages"));
    for (const auto &language : schema.languages())
        m_lang->addItem(language.name, language.code);
    m_layout->addItem(tr("All layouts"));
    for (const auto &layout : schema.layouts())
        m_layout->addItem(layout.id, layout.id);
    for (const auto kind : {LibraryModel::TotalColumn, LibraryModel::AxisColumn, LibraryModel::PriceColumn,
                            LibraryModel::DateColumn}) {
        const int count = kind == LibraryModel::AxisColumn ? int(schema.axes().size()) : 1;
        for (int axis = 0; axis < count; ++axis) {
            const int column = m_model->column(kind, axis);
            m_rangeColumn->addItem(m_model->headerData(column, Qt::Horizontal).toString(), column);
        }
    }
    m_translationState->addItem(tr("Any translation status"));
    for (const auto state : {TranslationState::Missing, TranslationState::Untranslated, TranslationState::Outdated,
                             TranslationState::Done})
        m_translationState->addItem(TranslationStatus::stateName(state), TranslationStatus::stateId(state));
    // Short entries: the filter bar is full at 1280 pixels; the tooltips say it whole.
    m_git->addItem(tr("Git: any"));
    m_git->addItem(tr("Git: changed"), QStringLiteral("changed"));
    m_git->setItemData(1, tr("Modified, new or untracked since the last commit"), Qt::ToolTipRole);
    for (const auto &id : {QStringLiteral("modified"), QStringLiteral("new"), QStringLiteral("untracked")})
        m_git->addItem(tr("Git: %1").arg(LibraryModel::gitStatusName(id)), id);
    m_git->setToolTip(tr("Reviews changed since the last commit of the site's git repository"));
    m_git->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_git->hide(); // until the site's git status is known
    m_from->setPlaceholderText(tr("from"));
    m_to->setPlaceholderText(tr("to"));
    m_from->setMaximumWidth(90);
    m_to->setMaximumWidth(90);
    m_from->setClearButtonEnabled(true);
    m_to->setClearButtonEnabled(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_lang);
    bar->addWidget(m_layout);
    bar->addWidget(m_rangeColumn);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_orphans);
    bar->addWidget(m_translationState);
    bar->addWidget(m_withProblems);
    bar->addWidget(m_git);

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_model->column(LibraryModel::DateColumn), Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(m_model->column(LibraryModel::LangColumn), new LanguageDelegate(schema, m_table));
    applyDefaultColumns();
    restoreColumns();
    // The Git column waits for the site's git status: none in a site outside a repository.
    m_restoringColumns = true;
    m_table->setColumnHidden(m_model->column(LibraryModel::GitStatusColumn), true);
    m_restoringColumns = false;
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &LibraryView::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, &LibraryView::saveColumns);
    connect(header, &QHeaderView::sectionResized, this, &LibraryView::saveColumns);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &LibraryView::saveColumns);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    // Issue 18: the saved search views beside the count they change (the filter bar is full).
    auto *footer = new QHBoxLayout;
    footer->addWidget(new SavedViewsBox(m_filter, index->root(), this));
    footer->addWidget(m_summary, 1);
    layout->addLayout(footer);

    connect(m_search, &QLineEdit::textChanged, m_filter, &LibraryFilter::setText);
    for (QComboBox *combo : {m_lang, m_layout, m_rangeColumn})
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryView::applyFilters);
    for (QLineEdit *edit : {m_from, m_to})
        connect(edit, &QLineEdit::textChanged, this, &LibraryView::applyFilters);
    connect(m_orphans, &QCheckBox::toggled, this, &LibraryView::applyFilters);
    connect(m_translationState, &QComboBox::currentIndexChanged, this, &LibraryView::applyFilters);
    connect(m_withProblems, &QCheckBox::toggled, this, &LibraryView::applyFilters);
    connect(m_git, &QComboBox::currentIndexChanged, this, &LibraryView::applyFilters);
    connect(m_table, &QTableView::activated, this, [this] { openRows(selectedRows()); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &LibraryView::showContextMenu);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LibraryView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LibraryView::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LibraryView::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LibraryView::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryView::updateSummary);
    updateSummary();
}

QList<int> LibraryView::defaultOrder() const
{
    // What a reviewer looks for first (which review, which language, its score, whether it
    // needs work, whether it changed since the last commit), then when, whose and what
    // kind, the price, each axis, and the long tags last, where the last column stretches.
    QList<int> order;
    for (const auto kind : {LibraryModel::NameColumn, LibraryModel::LangColumn, LibraryModel::TotalColumn,
                            LibraryModel::ProblemsColumn, LibraryModel::TranslationStateColumn, LibraryModel::TranslationColumn,
                            LibraryModel::GitStatusColumn,
                            LibraryModel::DateColumn, LibraryModel::CompanyColumn, LibraryModel::LayoutColumn,
                            LibraryModel::PriceColumn}) {
        order.append(m_model->column(kind));
    }
    for (int axis = 0; axis < m_index->schema().axes().size(); ++axis)
        order.append(m_model->column(LibraryModel::AxisColumn, axis));
    order.append(m_model->column(LibraryModel::TagsColumn));
    return order;
}

void LibraryView::applyDefaultColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QList<int> order = defaultOrder();
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    // Columns as wide as their headers (the values are short), the name wider, the dates
    // and prices as wide as their values.
    const QFontMetrics metrics(header->font());
    for (int column = 0; column < m_model->columnCount(); ++column) {
        header->setSectionHidden(column, false);
        m_table->setColumnWidth(column, std::max(48, metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24));
    }
    m_table->setColumnWidth(m_model->column(LibraryModel::NameColumn), 200);
    m_table->setColumnWidth(m_model->column(LibraryModel::DateColumn), metrics.horizontalAdvance(QStringLiteral("0000-00-00")) + 24);
    m_table->setColumnWidth(m_model->column(LibraryModel::PriceColumn), metrics.horizontalAdvance(QStringLiteral("000,000 JPY")) + 16);
    m_table->setColumnWidth(m_model->column(LibraryModel::TagsColumn), 160);
    int gitWidth = 0; // as wide as its longest status, which the header "Git" is not
    for (const auto &id : {QStringLiteral("modified"), QStringLiteral("new"), QStringLiteral("untracked"), QStringLiteral("deleted")})
        gitWidth = std::max(gitWidth, metrics.horizontalAdvance(LibraryModel::gitStatusName(id)) + 16);
    m_table->setColumnWidth(m_model->column(LibraryModel::GitStatusColumn), gitWidth);
}

QString LibraryView::settingsKey() const
{
    // Per column count: a schema with other axes has other columns.
    return QStringLiteral("library/columns-%1").arg(m_model->columnCount());
}

void LibraryView::saveColumns()
{
    if (m_restoringColumns)
        return;
    QSettings().setValue(settingsKey(), m_table->horizontalHeader()->saveState());
}

void LibraryView::restoreColumns()
{
    const QByteArray state = QSettings().value(settingsKey()).toByteArray();
    if (state.isEmpty())
        return;
    m_restoringColumns = true;
    QHeaderView *header = m_table->horizontalHeader();
    if (!header->restoreState(state) || header->count() != m_model->columnCount())
        applyDefaultColumns();
    header->setSectionHidden(m_model->column(LibraryModel::NameColumn), false); // always there to open a row by
    m_restoringColumns = false;
}

void LibraryView::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    // The columns in the order they are shown, checked when visible.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != m_model->column(LibraryModel::NameColumn));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, &LibraryView::resetColumns);
    menu.exec(header->viewport()->mapToGlobal(position));
}

void LibraryView::setColumnShown(int column, bool shown)
{
    if (column == m_model->column(LibraryModel::NameColumn) && !shown)
        return;
    m_table->horizontalHeader()->setSectionHidden(column, !shown);
    saveColumns();
}

void LibraryView::resetColumns()
{
    applyDefaultColumns();
    saveColumns();
}

void LibraryView::applyFilters()
{
    QList<LibraryFilter::Condition> conditions;
    if (m_lang->currentIndex() > 0)
        conditions.append({m_model->column(LibraryModel::LangColumn), LibraryFilter::Op::Equal, m_lang->currentData()});
    if (m_layout->currentIndex() > 0)
        conditions.append({m_model->column(LibraryModel::LayoutColumn), LibraryFilter::Op::Equal, m_layout->currentData()});
    const int column = m_rangeColumn->currentData().toInt();
    bool ok = false;
    // A bound that does not read (yet: the user is typing) is ignored, not an error.
    const QVariant from = m_filter->valueFor(column, m_from->text().trimmed(), &ok);
    if (ok && !m_from->text().trimmed().isEmpty())
        conditions.append({column, LibraryFilter::Op::GreaterOrEqual, from});
    const QVariant to = m_filter->valueFor(column, m_to->text().trimmed(), &ok);
    if (ok && !m_to->text().trimmed().isEmpty())
        conditions.append({column, LibraryFilter::Op::LessOrEqual, to});
    if (m_orphans->isChecked())
        conditions.append({m_model->column(LibraryModel::TranslationColumn), LibraryFilter::Op::Less, 2});
    if (m_translationState->currentIndex() > 0)
        conditions.append({m_model->column(LibraryModel::TranslationStateColumn), LibraryFilter::Op::Equal,
                           m_translationState->currentData()});
    if (m_withProblems->isChecked())
        conditions.append({m_model->column(LibraryModel::ProblemsColumn), LibraryFilter::Op::Greater, 0});
    if (m_git->isVisibleTo(this) && m_git->currentIndex() > 0)
        conditions.append({m_model->column(LibraryModel::GitStatusColumn), LibraryFilter::Op::Equal, m_git->currentData()});
    m_filter->setConditions(conditions);
    updateSummary();
}

QList<int> LibraryView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    return rows;
}

QStringList LibraryView::selectedPaths() const
{
    QStringList paths;
    for (int row : selectedRows())
        paths.append(m_index->absolutePath(m_model->record(row)));
    return paths;
}

void LibraryView::openRows(const QList<int> &rows)
{
    QStringList paths;
    for (int row : rows) {
        if (row >= 0)
            paths.append(m_index->absolutePath(m_model->record(row)));
    }
    if (!paths.isEmpty())
        Q_EMIT openRequested(paths);
}

QList<int> LibraryView::meanOf(const QList<int> &rows) const
{
    const int axes = int(m_index->schema().axes().size());
    QList<int> mean;
    for (int axis = 0; axis < axes; ++axis) {
        int sum = 0, count = 0;
        for (int row : rows) {
            if (const auto tenths = m_model->record(row).axis(axis)) {
                sum += *tenths;
                ++count;
            }
        }
        mean.append(count ? (sum + count / 2) / count : 0);
    }
    return mean;
}

void LibraryView::showContextMenu(const QPoint &position)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.constFirst();
    const ReviewRecord &record = m_model->record(row);
    QMenu menu(this);
    menu.addAction(rows.size() > 1 ? tr("Open %n Reviews", nullptr, int(rows.size())) : tr("Open"), this,
                   [this, rows] { openRows(rows); });
    const int company = m_index->companyReview(row);
    if (company >= 0 && company != row)
        menu.addAction(tr("Open Company Review"), this, [this, company] { openRows({company}); });
    for (const auto &language : m_index->schema().languages()) {
        const int other = language.code == record.lang ? -1 : m_index->counterpart(row, language.code);
        if (other >= 0) {
            menu.addAction(tr("Open Translation (%1)").arg(language.name), this, [this, other] { openRows({other}); });
            menu.addAction(tr("Open Both Languages Side by Side"), this, [this, row, other] {
                Q_EMIT sideBySideRequested(m_index->absolutePath(m_model->record(row)),
                                           m_index->absolutePath(m_model->record(other)));
            });
        }
    }
    menu.addSeparator();
    menu.addAction(tr("Compare on the Chart"), this, [this, row] {
        QList<int> tenths;
        for (int axis = 0; axis < m_index->schema().axes().size(); ++axis)
            tenths.append(m_model->record(row).axis(axis).value_or(0));
        Q_EMIT compareRequested(m_model->record(row).targetName, tenths);
    });
    const QList<int> products = m_index->productsOf(company >= 0 ? company : row);
    if (!products.isEmpty()) {
        menu.addAction(tr("Compare the Company's Mean on the Chart"), this, [this, products, record] {
            Q_EMIT compareRequested(tr("%1 (mean of %n products)", nullptr, int(products.size())).arg(record.companyId),
                                    meanOf(products));
        });
    }
    // Issue 17: a tag renamed site-wide, through the Tags dock and the site edit preview.
    if (auto *tags = window()->findChild<TagsPanel *>(); tags && !record.tags.isEmpty()) {
        QMenu *rename = menu.addMenu(tr("Rename Tag"));
        for (const QString &tag : record.tags)
            rename->addAction(tr("%1…").arg(tag), tags, [tags, lang = record.lang, tag] { tags->renameTag(lang, tag); });
    }
    menu.addSeparator();
    menu.addAction(tr("Export %n Review(s) as PDF Booklet…", nullptr, int(rows.size())), this,
                   [this] { Q_EMIT bookletRequested(selectedPaths()); });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void LibraryView::setGitStatus(const QHash<QString, QString> &statuses, const QStringList &deleted)
{
    m_model->setGitStatuses(statuses);
    m_deleted = deleted;
    if (m_git->isHidden()) {
        m_git->show();
        m_restoringColumns = true;
        m_table->setColumnHidden(m_model->column(LibraryModel::GitStatusColumn), false);
        m_restoringColumns = false;
        applyFilters();
    }
    updateSummary();
}

void LibraryView::updateSummary()
{
    QString text = tr("%1 of %2 reviews").arg(m_filter->rowCount()).arg(m_model->rowCount());
    // Deleted reviews have no row: the summary names how many, the tooltip which.
    if (!m_deleted.isEmpty() && m_model->hasGitStatus())
        text += QStringLiteral("   ·   ") + tr("%n deleted since the last commit", nullptr, int(m_deleted.size()));
    m_summary->setToolTip(m_deleted.isEmpty() ? QString() : tr("Deleted since the last commit:\n%1").arg(m_deleted.join(u'\n')));
    const QList<int> rows = selectedRows();
    if (rows.size() == 1) {
        const int row = rows.constFirst();
        const ReviewRecord &record = m_model->record(row);
        const QList<int> products = m_index->productsOf(row);
        if (!products.isEmpty()) {
            QStringList means;
            const QList<int> mean = meanOf(products);
            int total = 0;
            for (int axis = 0; axis < mean.size(); ++axis) {
                total += mean.at(axis);
                means.append(Tenths::format(mean.at(axis)));
            }
            text += QStringLiteral("   ·   ") + tr("%1: %n product reviews, mean %2 (%3)", nullptr, int(products.size()))
                                                    .arg(record.targetName, Tenths::format(total), means.join(QLatin1String(" / ")));
        } else if (!record.readable) {
            text += QStringLiteral("   ·   ") + record.error;
        }
    }
    m_summary->setText(text);
}

} // namespace Rubric
