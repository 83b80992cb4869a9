#include "searchindex.h"
#include "searchtext.h"

#include "schema/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <optional>

namespace Rubric {

namespace {

constexpr int IndexVersion = 3;

struct Section
{
    QString heading;
    int firstLine = 1;
    qint64 offset = 0; // bytes into the file, so a query reads and folds only this section
    qint64 length = 0;
    QStringList lines; // folded
    QStringList raw;   // as in the file (the snippets show these)
};

// Fills a section's lines from its bytes: decoded and folded as one text (far fewer
// allocations than line by line; folding never adds or removes a line break).
void foldLines(Section &section, QByteArrayView bytes)
{
    const QString raw = QString::fromUtf8(bytes);
    const QString folded = SearchText::fold(raw);
    section.raw = raw.split(u'\n');
    section.lines = folded.split(u'\n');
    for (QStringList *list : {&section.raw, &section.lines}) {
        for (QString &line : *list) {
            if (line.endsWith(u'\r'))
                line.chop(1);
        }
    }
}

// The `## ` sections of a file's bytes, each line folded; the front matter is its own first
// "section" (an empty one when the bytes start with a heading: a section read back alone).
QList<Section> sectionsOf(const QByteArray &bytes)
{
    QList<Section> out;
    out.append(Section{});
    qsizetype start = 0;
    int lineNumber = 1;
    while (start < bytes.size()) {
        if (bytes.at(start) == '#' && QByteArrayView(bytes).sliced(start).startsWith("## ")) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            out.last().length = start - out.last().offset;
            out.append(Section{QString::fromUtf8(QByteArrayView(bytes).sliced(start + 3, end - start - 3)).trimmed(),
                               lineNumber, start, 0, {}, {}});
        }
        const qsizetype next = bytes.indexOf('\n', start);
        if (next < 0)
            break;
        start = next + 1;
        ++lineNumber;
    }
    out.last().length = bytes.size() - out.last().offset;
    for (Section &section : out) {
        if (section.length > 0 || &section == &out.last() || section.firstLine > 1)
            foldLines(section, QByteArrayView(bytes).sliced(section.offset, section.length));
    }
    return out;
}

// The line around a match: the file's own text where folding kept its length (so the
// column holds in it too), else the folded text; long lines (paragraphs) cut to a window.
QString snippet(const QString &folded, const QString &raw, qsizetype column)
{
    constexpr qsizetype Width = 160;
    constexpr qsizetype Before = 40;
    const QString &line = raw.size() == folded.size() ? raw : folded;
    if (line.size() <= Width)
        return line;
    const qsizetype from = std::clamp<qsizetype>(column - Before, 0, line.size() - Width);
    return (from > 0 ? QStringLiteral("…") : QString()) + line.mid(from, Width)
        + (from + Width < line.size() ? QStringLiteral("…") : QString());
}

QList<Section> sectionsOf(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? sectionsOf(file.readAll()) : QList<Section>{};
}

} // namespace

SearchIndex::SearchIndex(const QString &indexPath, const QString &siteRoot)
    : m_indexPath(indexPath)
    , m_root(QDir(siteRoot).absolutePath())
    , m_connection(QUuid::createUuid().toString())
{
}

SearchIndex::~SearchIndex()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SearchIndex::open(bool *recreated)
{
    if (recreated)
        *recreated = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!db.isValid())
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.close();
        db.setDatabaseName(m_indexPath);
        if (db.open()) {
            QSqlQuery q(db);
            configure(db);
            // Damage anywhere (header, pages, FTS5 structures) fails one of these: the file is
            // then thrown away, never read for results. The full checks read the whole file
            // (0.25 s of CPU on the corpus), so they run only when the file changed since
            // this class last wrote or checked it (a crash, another writer, a stomp).
            const bool trusted = stampFile() == stamp(m_indexPath);
            const bool healthy = (trusted
                                  || (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next()
                                      && q.value(0).toString() == QLatin1String("ok")))
                && q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) && q.next()
                && q.value(0).toInt() == IndexVersion
                && q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")) && q.next()
                && q.value(0).toString() == schemaFingerprint()
                && (trusted || q.exec(QStringLiteral("INSERT INTO fts(fts) VALUES('integrity-check')")));
            if (healthy) {
                if (!trusted)
                    markChecked();
                return true;
            }
        }
        db.close();
    }
    if (recreated)
        *recreated = true;
    QFile::remove(m_indexPath);
    QFile::remove(m_indexPath + QLatin1String("-journal"));
    QFile::remove(stampPath());
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    configure(db);
    const bool ok = createSchema();
    if (ok)
        markChecked();
    return ok;
}

void SearchIndex::configure(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // Pages read through a mapping instead of copied per read (queries join and rank
    // thousands of rows); a bigger page cache for the one-transaction first build.
    q.exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
    q.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    // A cache, rebuilt from the site when lost: no fsync, the rollback journal in memory. A
    // crash mid-write leaves a file that no longer matches our stamp, so the next open runs
    // the full checks and rebuilds what fails them (and sync re-reads what is missing).
    q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    q.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"));
}

QString SearchIndex::schemaFingerprint() const
{
    // The site's schema decides the section ids and headings a query names: another schema,
    // another index (rebuilt rather than trusted). Hex only: safe inside the SQL literal.
    QFile file(m_root + u'/' + Schema::overrideFileName());
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("builtin");
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

QString SearchIndex::stampPath() const
{
    return m_indexPath + QLatin1String(".checked");
}

QByteArray SearchIndex::stampFile() const
{
    QFile file(stampPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray SearchIndex::stamp(const QString &path)
{
    // Nanoseconds: a write right after ours must not look like ours.
    std::error_code error;
    const std::filesystem::path native(QFile::encodeName(path).toStdString());
    const auto size = std::filesystem::file_size(native, error);
    if (error)
        return QByteArray("none");
    const auto time = std::filesystem::last_write_time(native, error);
    if (error)
        return QByteArray("none");
    return QByteArray::number(qulonglong(size)) + ' ' + QByteArray::number(qlonglong(time.time_since_epoch().count()));
}

void SearchIndex::markChecked() const
{
    // Not atomic on purpose: a torn stamp only forces the full checks next time.
    QFile file(stampPath());
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(stamp(m_indexPath));
}

bool SearchIndex::commit(bool ok)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    ok = ok ? db.commit() : (db.rollback(), false);
    if (ok)
        markChecked();
    return ok;
}

bool SearchIndex::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value)"))
        && q.exec(QStringLiteral("INSERT INTO meta VALUES('version', %1)").arg(IndexVersion))
        && q.exec(QStringLiteral("INSERT INTO meta VALUES('schema', '%1')").arg(schemaFingerprint()))
        && q.exec(QStringLiteral("CREATE TABLE files(path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER)"))
        && q.exec(QStringLiteral("CREATE TABLE sections(id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT, heading TEXT, "
                                 "first_line INTEGER, byte_offset INTEGER, byte_length INTEGER)"))
        && q.exec(QStringLiteral("CREATE INDEX sections_path ON sections(path)"))
        // The text is tokenized already (SearchText::tokens: folded words and CJK pairs,
        // separated by spaces), so FTS5's cheapest tokenizer only splits it again: unicode61
        // cost a tenth of a first build for nothing. A 16 MB pending-terms hash (1 MB by
        // default) flushes, and so merges, less often during a build.
        && q.exec(QStringLiteral("CREATE VIRTUAL TABLE fts USING fts5(body, content='', detail=none, tokenize='ascii')"))
        && q.exec(QStringLiteral("INSERT INTO fts(fts, rank) VALUES('hashsize', 16777216)"));
    if (!ok)
        m_error = q.lastError().text();
    return ok;
}

// A file read, split and tokenized: all of indexing but the SQLite writes, so it runs on
// worker threads while the one connection writes the previous batch.
struct SearchIndex::PreparedFile
{
    struct Row
    {
        QString heading;
        int firstLine = 1;
        qint64 offset = 0;
        qint64 length = 0;
        QByteArray tokens; // UTF-8, bound as is: SQLite converts no text on the writer thread
    };
    bool read = false;
    qint64 size = 0;
    qint64 modified = 0;
    QList<Row> rows;
};

SearchIndex::PreparedFile SearchIndex::prepareFile(const QString &absolute)
{
    PreparedFile out;
    const QFileInfo info(absolute);
    out.size = info.size();
    out.modified = info.lastModified().toMSecsSinceEpoch();
    const QList<Section> sections = sectionsOf(absolute, &out.read);
    for (const Section &section : sections) {
        out.rows.append({section.heading, section.firstLine, section.offset, section.length,
                         SearchText::tokens(section.lines.join(u'\n')).join(u' ').toUtf8()});
    }
    return out;
}

// The three inserts of a file, compiled once per batch of files (not once per file: SQLite's
// statement compilation was a visible share of a first build).
struct SearchIndex::Writer
{
    explicit Writer(const QSqlDatabase &db)
        : file(db)
        , row(db)
        , text(db)
    {
        file.prepare(QStringLiteral("INSERT OR REPLACE INTO files(path, size, mtime) VALUES(?, ?, ?)"));
        row.prepare(QStringLiteral("INSERT INTO sections(path, heading, first_line, byte_offset, byte_length) VALUES(?, ?, ?, ?, ?)"));
        text.prepare(QStringLiteral("INSERT INTO fts(rowid, body) VALUES(?, ?)"));
    }
    QSqlQuery file;
    QSqlQuery row;
    QSqlQuery text;
};

bool SearchIndex::insertFile(const QString &sitePath)
{
    Writer writer(QSqlDatabase::database(m_connection, false));
    return writeFile(writer, sitePath, prepareFile(m_root + u'/' + sitePath));
}

bool SearchIndex::insertFiles(const QStringList &sitePaths)
{
    // Batches: the next one is read and folded on the pool while this thread writes.
    constexpr qsizetype Batch = 64;
    const QString root = m_root;
    const auto start = [&](qsizetype from) {
        return QtConcurrent::mapped(sitePaths.mid(from, Batch), [root](const QString &path) { return prepareFile(root + u'/' + path); });
    };
    Writer writer(QSqlDatabase::database(m_connection, false));
    QFuture<PreparedFile> next = start(0);
    for (qsizetype from = 0; from < sitePaths.size(); from += Batch) {
        const QList<PreparedFile> prepared = next.results();
        if (m_cancel && m_cancel->load()) {
            m_error = QStringLiteral("cancelled");
            return false;
        }
        if (from + Batch < sitePaths.size())
            next = start(from + Batch);
        for (qsizetype i = 0; i < prepared.size(); ++i) {
            if (!writeFile(writer, sitePaths[from + i], prepared[i])) {
                next.waitForFinished();
                return false;
            }
        }
    }
    return true;
}

bool SearchIndex::writeFile(Writer &writer, const QString &sitePath, const PreparedFile &prepared)
{
    if (!prepared.read)
        return true; // gone: removed already
    writer.file.bindValue(0, sitePath);
    writer.file.bindValue(1, prepared.size);
    writer.file.bindValue(2, prepared.modified);
    if (!writer.file.exec())
        return false;
    for (const auto &section : prepared.rows) {
        writer.row.bindValue(0, sitePath);
        writer.row.bindValue(1, section.heading);
        writer.row.bindValue(2, section.firstLine);
        writer.row.bindValue(3, section.offset);
        writer.row.bindValue(4, section.length);
        if (!writer.row.exec())
            return false;
        writer.text.bindValue(0, writer.row.lastInsertId());
        writer.text.bindValue(1, section.tokens);
        if (!writer.text.exec())
            return false;
    }
    return true;
}

bool SearchIndex::remove(const QString &sitePath)
{
    // SQLite 3.40's contentless FTS5 forgets a row only when given its old text, which is
    // gone once the file changed. So only the section rows go: the FTS5 rows left behind
    // match nothing (the join drops them; ids are never reused, AUTOINCREMENT) and vanish at
    // the next rebuild.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery rows(db);
    rows.prepare(QStringLiteral("DELETE FROM sections WHERE path = ?"));
    rows.addBindValue(sitePath);
    QSqlQuery file(db);
    file.prepare(QStringLiteral("DELETE FROM files WHERE path = ?"));
    file.addBindValue(sitePath);
    return rows.exec() && file.exec();
}

bool SearchIndex::update(const QString &sitePath)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    return commit(remove(sitePath) && insertFile(sitePath));
}

bool SearchIndex::rebuild(const QStringList &sitePaths)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    db.transaction();
    bool ok = q.exec(QStringLiteral("DELETE FROM sections")) && q.exec(QStringLiteral("DELETE FROM files"))
        && q.exec(QStringLiteral("INSERT INTO fts(fts) VALUES('delete-all')"));
    // Bulk: the path index is made once at the end rather than grown row by row.
    ok = ok && q.exec(QStringLiteral("DROP INDEX sections_path"));
    ok = ok && insertFiles(sitePaths);
    ok = ok && q.exec(QStringLiteral("CREATE INDEX sections_path ON sections(path)"));
    return commit(ok);
}

QHash<QString, SearchIndex::Stamp> SearchIndex::stamps() const
{
    QHash<QString, Stamp> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT path, size, mtime FROM files"))) {
        while (q.next())
            out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return out;
}

SearchIndex::SyncResult SearchIndex::sync(const QHash<QString, Stamp> &current)
{
    SyncResult result;
    const QHash<QString, Stamp> stored = stamps();
    QStringList stale;
    QStringList gone;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const auto was = stored.constFind(it.key());
        if (was == stored.cend() || !(was.value() == it.value()))
            stale.append(it.key());
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!current.contains(it.key()))
            gone.append(it.key());
    }
    // A first build (nothing stored) is a rebuild: one transaction, no per-file deletes.
    if (stored.isEmpty()) {
        result.ok = rebuild(stale);
        result.updated = int(stale.size());
        return result;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    bool ok = true;
    for (const QString &path : std::as_const(gone))
        ok = ok && remove(path);
    for (const QString &path : std::as_const(stale))
        ok = ok && remove(path);
    ok = ok && insertFiles(stale);
    result.ok = commit(ok);
    result.updated = int(stale.size());
    result.removed = int(gone.size());
    return result;
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    return search(SearchQuery::parse(query), limit);
}

QList<SearchHit> SearchIndex::search(const SearchQuery &query, int limit) const
{
    using Term = SearchQuery::Term;
    QList<SearchHit> hits;
    m_error.clear();
    if (query.groups.isEmpty())
        return hits;
    if (limit <= 0)
        limit = std::numeric_limits<int>::max();
    QStringList expression;
    for (const auto &group : query.groups) {
        QStringList alternatives;
        bool usable = true;
        for (const Term &term : group) {
            const QString e = term.kind == Term::Text && !term.exclude ? SearchText::matchExpression(term.folded) : QString();
            if (e.isEmpty()) {
                usable = false;
                break;
            }
            alternatives.append(u'(' + e + u')');
        }
        if (usable)
            expression.append(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    const bool needsText = std::any_of(query.groups.cbegin(), query.groups.cend(), [](const auto &group) {
        return std::any_of(group.cbegin(), group.cend(), [](const Term &t) { return t.kind == Term::Text; });
    });
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Ranked words are read a page at a time: SQLite then keeps only the best offset+window
    // rows while sorting (a top-N sort) instead of ordering every candidate, which was most
    // of a query with thousands of candidates (`usd`: 13,000 sections, 30 ms -> 3 ms). The
    // rowid breaks bm25 ties so that pages neither repeat nor skip a row.
    const bool paged = !expression.isEmpty() && limit < std::numeric_limits<int>::max();
    qint64 offset = 0;
    qint64 window = std::max<qint64>(qint64(limit) * 4, 256);
    const auto run = [&] {
        if (!expression.isEmpty()) {
            // Ranked on the FTS rows alone, joined for the page only (the join of every
            // candidate before sorting was a tenth of a query). LEFT JOIN: a row left behind
            // by a removed file still counts towards the page (path NULL, skipped below).
            q.prepare(QStringLiteral("SELECT s.path, s.heading, s.first_line, s.byte_offset, s.byte_length FROM "
                                     "(SELECT rowid AS id, bm25(fts) AS score FROM fts WHERE fts MATCH ? ORDER BY score, rowid%1) f "
                                     "LEFT JOIN sections s ON s.id = f.id ORDER BY f.score, f.id")
                          .arg(paged ? QStringLiteral(" LIMIT %1 OFFSET %2").arg(window).arg(offset) : QString()));
            q.addBindValue(expression.join(QStringLiteral(" AND ")));
        } else {
            // No words to narrow by (fields, sections, exclusions): a file's front matter stands
            // for the file unless sections or words are asked for.
            q.prepare(query.hasSectionTerm() || needsText
                          ? QStringLiteral("SELECT path, heading, first_line, byte_offset, byte_length FROM sections ORDER BY path, first_line")
                          : QStringLiteral("SELECT path, '', 1, 0, 0 FROM files ORDER BY path"));
        }
        if (q.exec())
            return true;
        // Damage SQLite meets while reading: never trusted again without the full checks.
        m_error = q.lastError().text();
        QFile::remove(stampPath());
        return false;
    };
    if (!run())
        return hits;
    QString openPath;
    QFile file;
    qint64 rows = 0;
    while (hits.size() < limit) {
        if (!q.next()) {
            if (!paged || rows < offset + window)
                break; // that page was the last
            offset += window;
            window *= 4;
            if (!run())
                return hits;
            continue;
        }
        ++rows;
        if (q.isNull(0))
            continue; // a removed file's orphan FTS row
        const QString path = q.value(0).toString();
        const QString heading = q.value(1).toString();
        const int firstLine = q.value(2).toInt();
        // Cheap checks first: fields and headings need no file read.
        const QString foldedHeading = query.hasSectionTerm() ? SearchText::fold(heading) : QString();
        auto cheap = [&](const Term &t) -> std::optional<bool> {
            switch (t.kind) {
            case Term::Field:
                return query.fieldPaths.value(t.raw).contains(path) != t.exclude;
            case Term::Section:
                return t.headings.contains(foldedHeading) != t.exclude;
            case Term::Text:
                break;
            }
            return std::nullopt;
        };
        bool possible = true;
        for (const auto &group : query.groups) {
            const bool anyOpen = std::any_of(group.cbegin(), group.cend(), [&](const Term &t) {
                const auto v = cheap(t);
                return !v || *v;
            });
            if (!anyOpen) {
                possible = false;
                break;
            }
        }
        if (!possible)
            continue;
        QStringList lines;
        QStringList rawLines;
        if (needsText) {
            // Only this section's bytes are read and folded (its offset is stored).
            if (openPath != path) {
                file.close();
                file.setFileName(m_root + u'/' + path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                openPath = path;
            }
            if (!file.seek(q.value(3).toLongLong()))
                continue;
            const QList<Section> read = sectionsOf(file.read(q.value(4).toLongLong()));
            // A file changed since it was indexed: its section no longer starts here.
            const bool intact = firstLine == 1 ? read.size() == 1 : read.size() == 2 && read[0].lines.isEmpty() && read[1].heading == heading;
            if (!intact)
                continue;
            for (const Section &s : read) {
                lines += s.lines;
                rawLines += s.raw;
            }
        }
        const QString body = lines.join(u'\n');
        const bool all = std::all_of(query.groups.cbegin(), query.groups.cend(), [&](const auto &group) {
            return std::any_of(group.cbegin(), group.cend(), [&](const Term &t) {
                const auto v = cheap(t);
                return v ? *v : body.contains(t.folded) != t.exclude;
            });
        });
        if (!all)
            continue;
        bool any = false;
        for (qsizetype i = 0; i < lines.size() && hits.size() < limit; ++i) {
            for (const auto &group : query.groups) {
                const auto it = std::find_if(group.cbegin(), group.cend(), [&](const Term &t) {
                    return t.kind == Term::Text && !t.exclude && lines[i].contains(t.folded);
                });
                if (it != group.cend()) {
                    const qsizetype column = lines[i].indexOf(it->folded);
                    hits.append({path, heading, int(firstLine + i), int(column + 1), snippet(lines[i], rawLines.value(i), column)});
                    any = true;
                    break;
                }
            }
        }
        if (!any && hits.size() < limit)
            hits.append({path, heading, firstLine, 1, snippet(lines.value(0), rawLines.value(0), 0)});
    }
    return hits;
}

} // namespace Rubric
