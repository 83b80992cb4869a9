#include "librarydock.h"

#include "libraryview.h"
#include "site/librarymodel.h"
#include "site/siteindex.h"
#include "translate/translationpairs.h"
#include "translate/translationrecord.h"
#include "validate/sitechecks.h"
#include "validate/validator.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QtConcurrent/QtConcurrentMap>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace Rubric {

LibraryDock::LibraryDock(QStatusBar *statusBar, QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_statusBar(statusBar)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Open a site folder with File > Open Site… to browse all its reviews."), this))
    , m_progress(new QProgressBar(statusBar))
{
    setObjectName(QStringLiteral("LibraryDock"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);
    setWidget(m_stack);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Indexing %v of %m"));
    m_progress->hide();
    statusBar->addPermanentWidget(m_progress);
}

LibraryDock::~LibraryDock() = default;

QString LibraryDock::siteRoot() const
{
    return m_index ? m_index->root() : QString();
}

void LibraryDock::openSite(const QString &root)
{
    const QString absolute = QDir(root).absolutePath();
    if (m_index && m_index->root() == absolute)
        return;
    delete m_view;
    delete m_index;
    m_index = new SiteIndex(absolute, this);
    m_index->setWatching(true);
    m_view = new LibraryView(m_index, m_stack);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
    setWindowTitle(tr("Library — %1").arg(QDir::toNativeSeparators(absolute)));
    connect(m_view, &LibraryView::openRequested, this, &LibraryDock::openRequested);
    connect(m_view, &LibraryView::sideBySideRequested, this, &LibraryDock::sideBySideRequested);
    connect(m_view, &LibraryView::compareRequested, this, &LibraryDock::compareRequested);
    connect(m_view, &LibraryView::bookletRequested, this, &LibraryDock::bookletRequested);
    connect(m_index, &SiteIndex::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setVisible(done < total);
    });
    connect(m_index, &SiteIndex::finished, this, [this] {
        m_progress->hide();
        m_statusBar->showMessage(tr("Indexed %n reviews", nullptr, int(m_index->records().size())), 5000);
        checkSite();
    });
    connect(m_index, &SiteIndex::recordChanged, this, [this](int row) {
        if (!m_index->isIndexing()) {
            const ReviewRecord &record = m_index->records().at(row);
            m_view->model()->setProblemCount(record.path,
                                             int(Validator::validateFile(m_index->absolutePath(record), m_index->schema(), record.path).size()
                                                 + m_siteProblems.value(record.path).size()));
            refreshTranslationState(record.path);
        }
    });
    m_progress->setValue(0);
    m_progress->show();
    m_index->start();
    QSettings().setValue(QStringLiteral("site/root"), absolute);
    show();
    raise();
}

Problems LibraryDock::siteProblems(const QString &absolutePath) const
{
    if (!m_index)
        return {};
    return m_siteProblems.value(QDir(m_index->root()).relativeFilePath(absolutePath));
}

void LibraryDock::checkSite()
{
    // Every review checked off the GUI thread, the rules across files on the index; the
    // library's problem column fills in when done.
    m_siteProblems.clear();
    const QHash<int, Problems> across = SiteChecks::check(*m_index);
    for (auto it = across.cbegin(); it != across.cend(); ++it)
        m_siteProblems.insert(m_index->records().at(it.key()).path, it.value());
    struct Item
    {
        QString path;
        QString sitePath;
    };
    QList<Item> items;
    for (const auto &record : m_index->records())
        items.append({m_index->absolutePath(record), record.path});
    const Schema schema = m_index->schema();
    const int generation = ++m_checkGeneration;
    auto *watcher = new QFutureWatcher<QPair<QString, int>>(this);
    connect(watcher, &QFutureWatcher<QPair<QString, int>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_checkGeneration || !m_view)
            return; // another site, or checked again since
        QHash<QString, int> counts;
        for (const auto &[path, count] : watcher->future().results())
            counts.insert(path, count + int(m_siteProblems.value(path).size()));
        m_view->model()->setProblemCounts(counts);
        Q_EMIT siteChecked();
    });
    watcher->setFuture(QtConcurrent::mapped(items, [schema](const Item &item) {
        return qMakePair(item.sitePath, int(Validator::validateFile(item.path, schema, item.sitePath).size()));
    }));
    checkTranslations(generation);
}

void LibraryDock::checkTranslations(int generation)
{
    // Every pair's translation state, off the GUI thread, from the texts and the site's
    // translation record; the library's translation status column fills in when done.
    QString error;
    const auto record = TranslationRecord::load(m_index->root(), &error);
    if (!record) {
        m_statusBar->showMessage(error, 10000);
        return;
    }
    QList<TranslationPair> pairs = TranslationPairs::find(*m_index, *record);
    auto *watcher = new QFutureWatcher<QHash<QString, TranslationState>>(this);
    connect(watcher, &QFutureWatcher<QHash<QString, TranslationState>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_checkGeneration && m_view)
            m_view->model()->setTranslationStates(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([pairs, root = m_index->root(), schema = m_index->schema(), record = *record]() mutable {
        for (auto &pair : pairs)
            TranslationPairs::computeState(pair, root, schema, record);
        return TranslationPairs::statesByPath(pairs);
    }));
}

void LibraryDock::refreshTranslationState(const QString &sitePath)
{
    QString error;
    const auto record = TranslationRecord::load(m_index->root(), &error);
    if (!record)
        return;
    for (auto pair : TranslationPairs::find(*m_index, *record)) {
        if (pair.source != sitePath && pair.target != sitePath)
            continue;
        TranslationPairs::computeState(pair, m_index->root(), m_index->schema(), *record);
        for (const auto &path : {pair.source, pair.target}) {
            if (!path.isEmpty())
                m_view->model()->setTranslationState(path, pair.state);
        }
    }
}

void LibraryDock::fileSaved(const QString &path)
{
    if (m_index && QDir::cleanPath(path).startsWith(m_index->root() + u'/'))
        m_index->refresh(path);
}

} // namespace Rubric
