#include "searchindex.h"
#include "searchtext.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Rubric {

namespace {

constexpr int IndexVersion = 1;

struct Section
{
    QString heading;
    int firstLine = 1;
    QStringList lines; // folded
};

// The file's `## ` sections, each line folded; the front matter is its own first "section".
QList<Section> sectionsOf(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    QList<Section> out;
    if (!*ok)
        return out;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    out.append(Section{});
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(QLatin1String("## ")))
            out.append(Section{line.mid(3).trimmed(), int(i + 1), {}});
        out.last().lines.append(SearchText::fold(line));
    }
    return out;
}

struct Term
{
    QString folded;
    bool exclude = false;
};

QList<Term> parse(const QString &query)
{
    QList<Term> terms;
    qsizetype i = 0;
    while (i < query.size()) {
        if (query[i].isSpace()) {
            ++i;
            continue;
        }
        Term term;
        if (query[i] == u'-') {
            term.exclude = true;
            ++i;
        }
        qsizetype end;
        if (i < query.size() && query[i] == u'"') {
            end = query.indexOf(u'"', i + 1);
            if (end < 0)
                end = query.size();
            term.folded = SearchText::fold(QStringView(query).mid(i + 1, end - i - 1));
            i = end + 1;
        } else {
            end = i;
            while (end < query.size() && !query[end].isSpace())
                ++end;
            term.folded = SearchText::fold(QStringView(query).mid(i, end - i));
            i = end;
        }
        if (!term.folded.isEmpty())
            terms.append(term);
    }
    return terms;
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
            // Damage anywhere (header, pages, FTS5 structures) fails one of these: the file is
            // then thrown away, never read for results.
            const bool healthy = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next()
                && q.value(0).toString() == QLatin1String("ok")
                && q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) && q.next()
                && q.value(0).toInt() == IndexVersion
                && q.exec(QStringLiteral("INSERT INTO fts(fts) VALUES('integrity-check')"));
            if (healthy)
                return true;
        }
        db.close();
    }
    if (recreated)
        *recreated = true;
    QFile::remove(m_indexPath);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    return createSchema();
}

bool SearchIndex::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value)"))
        && q.exec(QStringLiteral("INSERT INTO meta VALUES('version', %1)").arg(IndexVersion))
        && q.exec(QStringLiteral("CREATE TABLE sections(id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT, heading TEXT, first_line INTEGER)"))
        && q.exec(QStringLiteral("CREATE INDEX sections_path ON sections(path)"))
        && q.exec(QStringLiteral("CREATE VIRTUAL TABLE fts USING fts5(body, content='', detail=none, "
                                 "tokenize='unicode61 remove_diacritics 0')"));
    if (!ok)
        m_error = q.lastError().text();
    return ok;
}

bool SearchIndex::insertFile(const QString &sitePath)
{
    bool ok = false;
    const QList<Section> sections = sectionsOf(m_root + u'/' + sitePath, &ok);
    if (!ok)
        return true; // gone: removed already
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT INTO sections(path, heading, first_line) VALUES(?, ?, ?)"));
    QSqlQuery text(db);
    text.prepare(QStringLiteral("INSERT INTO fts(rowid, body) VALUES(?, ?)"));
    for (const Section &section : sections) {
        row.addBindValue(sitePath);
        row.addBindValue(section.heading);
        row.addBindValue(section.firstLine);
        if (!row.exec())
            return false;
        text.addBindValue(row.lastInsertId());
        text.addBindValue(SearchText::tokens(section.lines.join(u'\n')).join(u' '));
        if (!text.exec())
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
    QSqlQuery rows(QSqlDatabase::database(m_connection, false));
    rows.prepare(QStringLiteral("DELETE FROM sections WHERE path = ?"));
    rows.addBindValue(sitePath);
    return rows.exec();
}

bool SearchIndex::update(const QString &sitePath)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    const bool ok = remove(sitePath) && insertFile(sitePath);
    return ok ? db.commit() : (db.rollback(), false);
}

bool SearchIndex::rebuild(const QStringList &sitePaths)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    db.transaction();
    bool ok = q.exec(QStringLiteral("DELETE FROM sections")) && q.exec(QStringLiteral("INSERT INTO fts(fts) VALUES('delete-all')"));
    for (const QString &path : sitePaths)
        ok = ok && insertFile(path);
    return ok ? db.commit() : (db.rollback(), false);
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    const QList<Term> terms = parse(query);
    QStringList positive;
    for (const Term &term : terms) {
        if (!term.exclude) {
            const QString expression = SearchText::matchExpression(term.folded);
            if (!expression.isEmpty())
                positive.append(expression);
        }
    }
    QList<SearchHit> hits;
    if (positive.isEmpty())
        return hits;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.path, s.heading, s.first_line FROM fts JOIN sections s ON s.id = fts.rowid "
                             "WHERE fts MATCH ? ORDER BY bm25(fts)"));
    q.addBindValue(positive.join(QStringLiteral(" AND ")));
    if (!q.exec())
        return hits;
    // The index over-selects (no positions): each candidate section is confirmed on its text.
    QHash<QString, QList<Section>> files;
    while (q.next() && hits.size() < limit) {
        const QString path = q.value(0).toString();
        const QString heading = q.value(1).toString();
        const int firstLine = q.value(2).toInt();
        // A file's sections are read and folded once per query, however many of them match.
        auto cached = files.find(path);
        if (cached == files.end()) {
            bool read = false;
            QList<Section> sections = sectionsOf(m_root + u'/' + path, &read);
            cached = files.insert(path, read ? sections : QList<Section>{});
        }
        const QList<Section> &sections = cached.value();
        const bool ok = !sections.isEmpty();
        const auto it = std::find_if(sections.cbegin(), sections.cend(), [&](const Section &s) {
            return s.firstLine == firstLine && s.heading == heading;
        });
        if (!ok || it == sections.cend())
            continue;
        const QString body = it->lines.join(u'\n');
        const bool all = std::all_of(terms.cbegin(), terms.cend(), [&](const Term &t) {
            return body.contains(t.folded) != t.exclude;
        });
        if (!all)
            continue;
        for (qsizetype i = 0; i < it->lines.size() && hits.size() < limit; ++i) {
            for (const Term &t : terms) {
                const qsizetype column = t.exclude ? -1 : it->lines[i].indexOf(t.folded);
                if (column >= 0) {
                    hits.append({path, heading, int(it->firstLine + i), int(column + 1), it->lines[i]});
                    break;
                }
            }
        }
    }
    return hits;
}

} // namespace Rubric
