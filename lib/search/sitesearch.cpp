#include "sitesearch.h"
#include "searchtext.h"

#include "schema/schema.h"
#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "site/siteindex.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>

namespace Rubric {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::SiteSearch)
};

// The field terms' prefixes and the `--where` expression each stands for.
QString whereOf(const QString &raw)
{
    static const QLatin1String prefixes[] = {QLatin1String("company:"), QLatin1String("lang:"), QLatin1String("layout:")};
    for (const auto prefix : prefixes) {
        if (raw.startsWith(prefix, Qt::CaseInsensitive))
            return prefix.chopped(1) + u'=' + raw.mid(prefix.size());
    }
    return raw;
}

} // namespace

SearchResolver::SearchResolver(SiteIndex *index)
    : m_index(index)
{
}

void SearchResolver::ensureModel()
{
    // Made on the first field term: most queries are words, and a model of every record
    // is a visible share of a whole `rubric search` process.
    if (m_model)
        return;
    m_model = std::make_unique<LibraryModel>(m_index);
    m_filter = std::make_unique<LibraryFilter>(m_model.get());
}

SearchResolver::~SearchResolver() = default;

std::optional<SearchQuery> SearchResolver::resolve(const QString &text, QString *error)
{
    const auto isField = [this](const QString &word) {
        static const QRegularExpression operators(QStringLiteral("[<>=!~]"));
        const qsizetype op = word.indexOf(operators);
        if (op <= 0)
            return false;
        ensureModel();
        return m_model->columnForId(word.left(op)) >= 0;
    };
    SearchQuery query = SearchQuery::parse(text, isField);
    const auto reset = qScopeGuard([this] {
        if (m_filter) {
            m_filter->setTag({});
            m_filter->setConditions({});
        }
    });
    for (auto &group : query.groups) {
        for (auto &term : group) {
            if (term.kind == SearchQuery::Term::Section) {
                for (const auto &section : m_index->schema().sections()) {
                    if (section.id == term.raw || (!section.axisId.isEmpty() && section.axisId == term.raw)) {
                        for (const auto &heading : m_index->schema().sectionHeadings(section, {}))
                            term.headings.insert(SearchText::fold(heading));
                    }
                }
                continue;
            }
            if (term.kind != SearchQuery::Term::Field || query.fieldPaths.contains(term.raw))
                continue;
            ensureModel();
            if (term.raw.startsWith(QLatin1String("tag:"), Qt::CaseInsensitive)) {
                m_filter->setConditions({});
                m_filter->setTag(term.raw.mid(4));
            } else {
                QString why;
                const auto condition = m_filter->parseCondition(whereOf(term.raw), &why);
                if (!condition) {
                    if (error)
                        *error = Tr::tr("%1: %2").arg(term.raw, why);
                    return std::nullopt;
                }
                m_filter->setTag({});
                m_filter->setConditions({*condition});
            }
            QSet<QString> &paths = query.fieldPaths[term.raw];
            for (int r = 0; r < m_filter->rowCount(); ++r)
                paths.insert(m_model->record(m_filter->mapToSource(m_filter->index(r, 0)).row()).path);
        }
    }
    return query;
}

SiteSearch::SiteSearch(const QString &root, const QString &indexPath)
    : m_root(root)
    , m_indexPath(indexPath.isEmpty() ? defaultIndexPath(root) : indexPath)
    , m_site(std::make_unique<SiteIndex>(root))
    , m_index(std::make_unique<SearchIndex>(m_indexPath, root))
{
}

SiteSearch::~SiteSearch() = default;

QString SiteSearch::defaultIndexPath(const QString &root)
{
    const QByteArray key = QDir(root).canonicalPath().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key.isEmpty() ? root.toUtf8() : key, QCryptographicHash::Sha1);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/site-search/")
           + QString::fromLatin1(hash.toHex()) + QLatin1String(".sqlite");
}

SiteSearch::OpenResult SiteSearch::open()
{
    OpenResult result;
    m_site->indexNow();
    // The library model reads the records as they are when it is made.
    m_resolver = std::make_unique<SearchResolver>(m_site.get());
    QHash<QString, SearchIndex::Stamp> current;
    for (const auto &record : m_site->records())
        current.insert(record.path, {record.size, record.modified});
    QDir().mkpath(QFileInfo(m_indexPath).absolutePath());
    if (!m_index->open(&result.recreated)) {
        m_error = m_index->errorString();
        return result;
    }
    const auto synced = m_index->sync(current);
    result.ok = synced.ok;
    result.updated = synced.updated;
    result.removed = synced.removed;
    if (!result.ok)
        m_error = m_index->errorString();
    return result;
}

QList<SearchHit> SiteSearch::search(const QString &text, int limit, QString *error)
{
    if (!m_resolver) {
        if (error)
            *error = Tr::tr("the site is not open");
        return {};
    }
    const std::optional<SearchQuery> query = m_resolver->resolve(text, error);
    if (!query)
        return {};
    const QList<SearchHit> hits = m_index->search(*query, limit);
    if (hits.isEmpty() && !m_index->errorString().isEmpty() && error)
        *error = m_indexPath + QLatin1String(": ") + m_index->errorString();
    return hits;
}

} // namespace Rubric
