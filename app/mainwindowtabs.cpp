#include "mainwindowtabs.h"

#include "document/reviewdocument.h"
#include "documentview.h"
#include "models/problemsmodel.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>

namespace Rubric {

DocumentTabs::DocumentTabs(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_tabs(new QTabWidget(this))
    , m_rightTabs(new QTabWidget(this))
    , m_activeTabs(m_tabs)
{
    for (QTabWidget *tabs : {m_tabs, m_rightTabs}) {
        tabs->setDocumentMode(true);
        tabs->setTabsClosable(true);
        tabs->setMovable(true);
        addWidget(tabs);
        connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] { setActiveTabs(tabs); });
        // A click on a group's tab that is already current changes nothing else, nor focus.
        connect(tabs, &QTabWidget::tabBarClicked, this, [this, tabs] { setActiveTabs(tabs); });
        connect(tabs, &QTabWidget::tabCloseRequested, this, [this, tabs](int index) {
            if (auto *view = qobject_cast<DocumentView *>(tabs->widget(index)))
                Q_EMIT closeRequested(view);
        });
    }
    m_rightTabs->hide();
    // The actions follow the group the user works in.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QTabWidget *tabs : {m_tabs, m_rightTabs}) {
            if (now && tabs->isAncestorOf(now))
                setActiveTabs(tabs);
        }
    });
}

DocumentTabs::~DocumentTabs()
{
    // Focus moves while the widgets are torn down, after this destructor: no more calls.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    // The views go before their documents (the Workspace's) do.
    const auto views = m_views;
    m_views.clear();
    qDeleteAll(views);
}

QTabWidget *DocumentTabs::tabsOf(DocumentView *view) const
{
    return m_rightTabs->indexOf(view) >= 0 ? m_rightTabs : m_tabs;
}

QTabWidget *DocumentTabs::openingTabs() const
{
    return m_activeTabs == m_rightTabs && m_rightTabs->isVisible() ? m_rightTabs : m_tabs;
}

DocumentView *DocumentTabs::currentView() const
{
    return qobject_cast<DocumentView *>(m_activeTabs->currentWidget());
}

void DocumentTabs::add(DocumentView *view, QTabWidget *target)
{
    m_views.insert(view->document(), view);
    // The problems count on the tab follows every check.
    ProblemsModel *problems = view->problemsModel();
    connect(problems, &QAbstractItemModel::modelReset, this, &DocumentTabs::titlesChanged);
    connect(problems, &QAbstractItemModel::rowsInserted, this, &DocumentTabs::titlesChanged);
    connect(problems, &QAbstractItemModel::rowsRemoved, this, &DocumentTabs::titlesChanged);
    target->setCurrentIndex(target->addTab(view, view->displayName()));
    showGroups(target);
}

void DocumentTabs::moveTo(DocumentView *view, QTabWidget *target)
{
    QTabWidget *from = tabsOf(view);
    if (from != target) {
        from->removeTab(from->indexOf(view));
        target->addTab(view, view->displayName());
        if (from == m_rightTabs && from->count() == 0) {
            from->hide();
            for (DocumentView *each : std::as_const(m_views))
                each->setCompact(false);
        }
        Q_EMIT titlesChanged();
    }
    target->setCurrentWidget(view);
    showGroups(target);
}

void DocumentTabs::showGroups(QTabWidget *target)
{
    if (target == m_rightTabs && m_rightTabs->isHidden()) {
        m_rightTabs->show();
        const int half = width() / 2;
        setSizes({half, half}); // side by side: half each
    }
    if (m_rightTabs->isVisible()) {
        for (DocumentView *each : std::as_const(m_views))
            each->setCompact(true);
    }
    setActiveTabs(target);
}

void DocumentTabs::remove(const ReviewDocument *document)
{
    DocumentView *view = m_views.take(document);
    if (!view)
        return;
    QTabWidget *tabs = tabsOf(view);
    tabs->removeTab(tabs->indexOf(view));
    delete view;
    if (tabs == m_rightTabs && tabs->count() == 0) {
        tabs->hide();
        for (DocumentView *each : std::as_const(m_views))
            each->setCompact(false);
    }
    setActiveTabs(tabs);
}

void DocumentTabs::showView(DocumentView *view)
{
    QTabWidget *tabs = tabsOf(view);
    tabs->setCurrentWidget(view);
    setActiveTabs(tabs);
}

void DocumentTabs::setActiveTabs(QTabWidget *tabs)
{
    m_activeTabs = tabs->count() > 0 || tabs == m_tabs ? tabs : m_tabs;
    Q_EMIT currentChanged();
}

void DocumentTabs::updateTitles(const QList<ReviewDocument *> &documents,
                                const std::function<QString(const ReviewDocument *)> &suffix)
{
    // Both languages of a review share a file name: tabs of equal names say the language.
    QHash<QString, int> named;
    for (const ReviewDocument *document : documents) {
        if (DocumentView *view = viewOf(document))
            ++named[view->displayName()];
    }
    for (const ReviewDocument *document : documents) {
        DocumentView *view = viewOf(document);
        if (!view)
            continue;
        QTabWidget *tabs = tabsOf(view);
        const int i = tabs->indexOf(view);
        QString name = view->displayName();
        if (named.value(name) > 1 && !document->lang().isEmpty())
            name = tr("%1 (%2)").arg(name, document->lang());
        if (const int problems = view->problemsModel()->rowCount())
            name = tr("%1 (%2)", "tab: name (problems)").arg(name).arg(problems);
        tabs->setTabText(i, name + (document->isModified() ? QStringLiteral(" *") : QString()) + suffix(document));
        tabs->setTabToolTip(i, QDir::toNativeSeparators(document->filePath()));
    }
}

} // namespace Rubric
