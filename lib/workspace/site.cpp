#include "site.h"

#include "history/gitrepository.h"
#include "search/searchservice.h"
#include "search/sitesearch.h"
#include "site/siteindex.h"
#include "translate/translationpairs.h"
#include "validate/sitevalidation.h"
#include "validate/validator.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Rubric {

Site::Site(const QString &root, QObject *parent)
    : QObject(parent)
    , m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
    , m_schemaError()
    , m_schema(Schema::forSite(m_root, &m_schemaError))
    , m_index(new SiteIndex(m_root, this))
    , m_search(new SearchService(m_index, SiteSearch::defaultIndexPath(m_root), this))
    , m_refreshTimer(new QTimer(this))
{
    // Changed files arrive one signal each; gather those of one event loop turn (a pull
    // delivers hundreds) so the record is read and the pairs found once per batch.
    m_repository = GitRepository::discover(m_root);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &Site::refreshQueued);
    connect(m_index, &SiteIndex::finished, this, &Site::check);
    connect(m_index, &SiteIndex::recordChanged, this, [this](int row) {
        if (!m_index->isIndexing())
            queueRefresh(m_index->records().at(row).path);
    });
    if (auto record = TranslationRecord::load(m_root, &m_recordError))
        m_record = std::move(*record);
}

Site::~Site()
{
    delete m_search; // before the SiteIndex it listens to (children go in creation order)
}

bool Site::contains(const QString &absolutePath) const
{
    return QDir::cleanPath(absolutePath).startsWith(m_root + u'/');
}

QString Site::sitePath(const QString &absolutePath) const
{
    return QDir(m_root).relativeFilePath(absolutePath);
}

QString Site::absolutePath(const QString &sitePath) const
{
    return QDir::cleanPath(m_root + u'/' + sitePath);
}

void Site::start()
{
    m_index->setWatching(true);
    m_index->start();
}

void Site::fileSaved(const QString &absolutePath)
{
    if (contains(absolutePath))
        m_index->refresh(QDir::cleanPath(absolutePath)); // recordChanged follows
}

Problems Site::siteProblems(const QString &absolutePath) const
{
    return m_siteProblems.value(sitePath(absolutePath));
}

void Site::check()
{
    // The one site validation (each review, then the rules across files), off the GUI thread.
    const int generation = ++m_generation;
    m_pendingParts = 2; // the problems and the translation states
    using Watcher = QFutureWatcher<SiteValidationResult>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // checked again since
        const SiteValidationResult result = watcher->result();
        m_siteProblems = result.siteProblems;
        m_problemCounts.clear();
        for (const auto &record : m_index->records())
            m_problemCounts.insert(record.path, result.count(record.path));
        partChecked();
    });
    watcher->setFuture(SiteValidation::validateAsync(m_index->records(), m_root, m_schema));
    checkTranslations();
}

void Site::checkTranslations()
{
    // Every pair's state, off the GUI thread, from the texts and the translation record.
    QList<TranslationPair> pairs = TranslationPairs::find(*m_index, m_record);
    const int generation = ++m_translationGeneration;
    using Watcher = QFutureWatcher<QHash<QString, TranslationState>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_translationGeneration)
            return; // the record was read again since
        m_translationStates = watcher->result();
        Q_EMIT translationStatesChanged(m_translationStates);
        partChecked();
    });
    watcher->setFuture(QtConcurrent::run([pairs, root = m_root, schema = m_schema, record = m_record]() mutable {
        for (auto &pair : pairs)
            TranslationPairs::computeState(pair, root, schema, record);
        return TranslationPairs::statesByPath(pairs);
    }));
}

void Site::partChecked()
{
    if (m_pendingParts > 0 && --m_pendingParts == 0) {
        m_checked = true;
        Q_EMIT checked();
    }
}

bool Site::reloadTranslationRecord(QString *error)
{
    m_recordError.clear();
    auto record = TranslationRecord::load(m_root, &m_recordError);
    if (!record) {
        if (error)
            *error = m_recordError;
        return false;
    }
    m_record = std::move(*record);
    checkTranslations();
    return true;
}

void Site::queueRefresh(const QString &sitePath)
{
    m_queued.insert(sitePath);
    m_refreshTimer->start();
}

void Site::refreshQueued()
{
    const QSet<QString> queued = std::exchange(m_queued, {});
    for (const QString &path : queued) {
        const int count = int(Validator::validateFile(absolutePath(path), m_schema, path).size()
                              + m_siteProblems.value(path).size());
        m_problemCounts.insert(path, count);
        Q_EMIT problemCountChanged(path, count);
    }
    // One read of the record and one pairing for the whole batch.
    QString error;
    if (auto record = TranslationRecord::load(m_root, &error)) {
        m_record = std::move(*record);
        m_recordError.clear();
    } else if (error != std::exchange(m_recordError, error)) {
        Q_EMIT message(error); // the last record read is used meanwhile
    }
    QHash<QString, TranslationState> states;
    for (auto pair : TranslationPairs::find(*m_index, m_record)) {
        if (!queued.contains(pair.source) && !queued.contains(pair.target))
            continue;
        TranslationPairs::computeState(pair, m_root, m_schema, m_record);
        for (const auto &path : {pair.source, pair.target}) {
            if (!path.isEmpty())
                states.insert(path, pair.state);
        }
    }
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        m_translationStates.insert(it.key(), it.value());
    if (!states.isEmpty())
        Q_EMIT translationStatesChanged(states);
}

} // namespace Rubric
