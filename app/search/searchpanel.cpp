#include "searchpanel.h"

#include "search/searchhighlight.h"
#include "search/searchresultsmodel.h"
#include "search/searchservice.h"
#include "site/siteindex.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rubric {

namespace {

constexpr int MaxHistory = 20;
const QString HistoryKey = QStringLiteral("search/history");

// Completes the word under the cursor (the last one), not the whole query.
class WordCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        const qsizetype space = path.lastIndexOf(u' ');
        QString word = path.mid(space + 1);
        if (word.startsWith(u'-'))
            word.remove(0, 1);
        return {word};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = widget() ? static_cast<QComboBox *>(widget())->lineEdit()->text() : QString();
        const qsizetype space = text.lastIndexOf(u' ');
        const QString word = text.mid(space + 1);
        return text.left(space + 1) + (word.startsWith(u'-') ? QStringLiteral("-") : QString())
               + index.data().toString();
    }
};

// The snippets with the query's words in bold (HtmlRole), elided to the column's width.
class HtmlDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString html = index.data(SearchResultsModel::HtmlRole).toString();
        if (html.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRect rect = style ? style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget) : opt.rect;
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setDefaultFont(opt.font);
        doc.setHtml(html);
        doc.setTextWidth(-1);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        const bool selected = opt.state & QStyle::State_Selected;
        context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->setClipRect(rect);
        painter->translate(rect.left() + 2, rect.top() + (rect.height() - doc.size().height()) / 2);
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_query(new QComboBox(this))
    , m_completer(new WordCompleter(this))
    , m_completions(new QStringListModel(this))
    , m_view(new QTreeView(this))
    , m_results(new SearchResultsModel(this))
    , m_status(new QLabel(this))
    , m_saveView(new QPushButton(tr("Save as &View…"), this))
    , m_replace(new QPushButton(tr("&Replace in Results…"), this))
    , m_typing(new QTimer(this))
{
    m_query->setEditable(true);
    m_query->setInsertPolicy(QComboBox::NoInsert);
    m_query->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_query->lineEdit()->setPlaceholderText(
        tr("Words, \"phrases\", -exclude, OR, tag: company: lang: layout: section:, total>=3.5"));
    m_query->lineEdit()->setClearButtonEnabled(true);
    m_query->setToolTip(tr("Search every review of the site in both languages.\n"
                           "Width and case do not matter (ＩＥＭ = iem); Japanese needs no spaces.\n"
                           "Fields: tag:, company:, lang:, layout:, section: (section or axis id);\n"
                           "comparisons as in the library: total>=3.5, price<100, date>2026-01-01."));
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_query->setCompleter(m_completer);

    m_view->setModel(m_results);
    m_view->setItemDelegateForColumn(SearchResultsModel::TextColumn, new HtmlDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SearchResultsModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SearchResultsModel::LanguageColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SearchResultsModel::SectionColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(SearchResultsModel::LineColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(SearchResultsModel::SectionColumn, 180);

    m_saveView->setToolTip(tr("Keep the reviews found as a named view of the library"));
    m_replace->setToolTip(tr("Replace text in the reviews found, with a preview of every change"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_saveView);
    top->addWidget(m_replace);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_history = QSettings().value(HistoryKey).toStringList();
    m_query->addItems(m_history);
    m_query->setCurrentIndex(-1);

    // As one types: a pause of a quarter second runs the query (queries take milliseconds).
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, [this] { run(m_query->currentText()); });
    connect(m_query, &QComboBox::editTextChanged, this, [this] { m_typing->start(); });
    connect(m_query->lineEdit(), &QLineEdit::returnPressed, this, [this] { search(m_query->currentText()); });
    connect(m_query, &QComboBox::activated, this, [this](int row) { search(m_query->itemText(row)); });
    connect(m_view, &QTreeView::activated, this, &SearchPanel::activate);
    connect(m_saveView, &QPushButton::clicked, this, &SearchPanel::saveViewRequested);
    connect(m_replace, &QPushButton::clicked, this, &SearchPanel::replaceRequested);
    setService(nullptr, nullptr);
}

void SearchPanel::setService(SearchService *service, SiteIndex *index)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_index = index;
    m_pending = 0;
    m_results->clear();
    m_terms.clear();
    setEnabled(service);
    m_status->setText(service ? (service->isReady() ? QString() : tr("Indexing the site…"))
                              : tr("Open a site to search its reviews."));
    if (service) {
        connect(service, &SearchService::searched, this, &SearchPanel::showResults);
        connect(service, &SearchService::ready, this, [this] {
            // The query typed while the index was being built runs now.
            if (!m_pendingQuery.isEmpty())
                run(std::exchange(m_pendingQuery, {}));
            else if (m_status->text() == tr("Indexing the site…"))
                m_status->clear();
            updateCompletions();
        });
        connect(service, &SearchService::failed, this, [this](const QString &error) {
            m_status->setText(tr("Search index: %1").arg(error));
        });
    }
    updateCompletions();
    updateButtons();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->lineEdit()->selectAll();
}

void SearchPanel::search(const QString &text)
{
    m_typing->stop();
    if (m_query->currentText() != text)
        m_query->setEditText(text);
    remember(text);
    run(text);
}

void SearchPanel::remember(const QString &text)
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return;
    m_history.removeAll(query);
    m_history.prepend(query);
    while (m_history.size() > MaxHistory)
        m_history.removeLast();
    QSettings().setValue(HistoryKey, m_history);
    // Rebuilding the list must not change the text being edited.
    const QString current = m_query->currentText();
    const QSignalBlocker blocker(m_query);
    m_query->clear();
    m_query->addItems(m_history);
    m_query->setCurrentIndex(-1);
    m_query->setEditText(current);
}

void SearchPanel::run(const QString &text)
{
    const QString query = text.trimmed();
    if (!m_service)
        return;
    if (query.isEmpty()) {
        m_pending = 0;
        m_lastQuery.clear();
        m_terms.clear();
        m_results->clear();
        m_status->clear();
        updateButtons();
        return;
    }
    if (!m_service->isReady()) {
        m_pendingQuery = query;
        m_status->setText(tr("Indexing the site…"));
        return;
    }
    m_lastQuery = query;
    m_pending = m_service->search(query, 0);
}

void SearchPanel::showResults(int id, const QList<SearchHit> &hits, const QString &error, qint64 milliseconds)
{
    if (id != m_pending)
        return; // an older query, overtaken while typing
    m_pending = 0;
    if (!error.isEmpty()) {
        m_results->clear();
        m_terms.clear();
        m_status->setText(error);
        updateButtons();
        Q_EMIT resultsShown();
        return;
    }
    m_terms = SearchHighlight::terms(m_lastQuery);
    m_results->setResults(hits, m_index, m_terms);
    // Few reviews: all open; many: the reader scans the titles first.
    if (m_results->rowCount() <= 8)
        m_view->expandAll();
    else
        m_view->collapseAll();
    if (hits.isEmpty()) {
        m_status->setText(tr("No match for %1").arg(m_lastQuery));
    } else {
        const int reviews = m_results->rowCount();
        const qsizetype files = m_results->paths().size();
        m_status->setText(tr("%n hit(s)", nullptr, int(hits.size())) + QStringLiteral(" · ")
                          + tr("%n review(s)", nullptr, reviews) + QStringLiteral(" · ")
                          + tr("%n file(s)", nullptr, int(files)) + QStringLiteral(" · ")
                          + tr("%1 ms").arg(milliseconds));
    }
    updateButtons();
    Q_EMIT resultsShown();
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex hit = index.parent().isValid() || !m_results->hasChildren(index.siblingAtColumn(0))
                                ? index
                                : m_results->index(0, 0, index.siblingAtColumn(0));
    Q_EMIT hitActivated(hit.data(SearchResultsModel::PathRole).toString(),
                        hit.data(SearchResultsModel::LineRole).toInt(), hit.data(SearchResultsModel::ColumnRole).toInt());
}

void SearchPanel::updateCompletions()
{
    QStringList words{QStringLiteral("tag:"), QStringLiteral("company:"), QStringLiteral("lang:en"),
                      QStringLiteral("lang:ja"), QStringLiteral("layout:product"), QStringLiteral("layout:company"),
                      QStringLiteral("section:")};
    if (m_index) {
        QSet<QString> tags, companies;
        for (const auto &record : m_index->records()) {
            for (const auto &tag : record.tags)
                tags.insert(tag);
            if (!record.companyId.isEmpty())
                companies.insert(record.companyId);
        }
        for (const auto &tag : tags)
            words.append(QStringLiteral("tag:") + tag);
        for (const auto &company : companies)
            words.append(QStringLiteral("company:") + company);
        for (const auto &section : m_index->schema().sections()) {
            words.append(QStringLiteral("section:") + section.id);
            if (!section.axisId.isEmpty() && section.axisId != section.id)
                words.append(QStringLiteral("section:") + section.axisId);
        }
    }
    words.removeDuplicates();
    words.sort(Qt::CaseInsensitive);
    m_completions->setStringList(words);
}

void SearchPanel::updateButtons()
{
    const bool any = m_results->rowCount() > 0;
    m_saveView->setEnabled(any);
    m_replace->setEnabled(any);
}

} // namespace Rubric
