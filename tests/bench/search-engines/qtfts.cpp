// Variant C through Qt SQL (QSQLITE): NFKC + case fold, CJK runs as overlapping bigrams + final
// unigram, contentless FTS5 with detail=none, one row per "## " section, one transaction.
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <vector>
static bool isCjk(QChar c) { const ushort u = c.unicode(); return (u >= 0x3040 && u <= 0x30ff) || (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff); }
static QString segment(const QString &in) {
    const QString s = in.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out; out.reserve(s.size() * 2);
    for (qsizetype i = 0; i < s.size();) {
        if (!isCjk(s[i])) { out += s[i++]; continue; }
        qsizetype j = i; while (j < s.size() && isCjk(s[j])) ++j;
        out += u' ';
        for (qsizetype k = i; k + 1 < j; ++k) { out += s[k]; out += s[k + 1]; out += u' '; }
        out += s[j - 1]; out += u' ';
        i = j;
    }
    return out;
}
int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QString path = qEnvironmentVariable("OUT", QStringLiteral("/tmp/search-engines")) + QStringLiteral("/qtfts.db"); QFile::remove(path);
    QElapsedTimer t; t.start();
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE")); db.setDatabaseName(path); db.open();
    QSqlQuery q(db);
    q.exec(QStringLiteral("pragma journal_mode=off")); q.exec(QStringLiteral("pragma synchronous=off"));
    if (!q.exec(QStringLiteral("create virtual table t using fts5(body, content='', detail=none, tokenize='unicode61 remove_diacritics 0')"))) { printf("%s\n", qPrintable(q.lastError().text())); return 2; }
    db.transaction();
    QSqlQuery ins(db); ins.prepare(QStringLiteral("insert into t(rowid, body) values(?, ?)"));
    qint64 rid = 0; qint64 bytes = 0; qint64 segMs = 0; QElapsedTimer st;
    QDirIterator it(qEnvironmentVariable("CORPUS", QStringLiteral("/work/shared/corpus")), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next()); f.open(QIODevice::ReadOnly); const QByteArray b = f.readAll(); bytes += b.size();
        const QString text = QString::fromUtf8(b);
        for (const QString &sec : text.split(QStringLiteral("\n## "))) {
            st.start(); const QString s = segment(sec); segMs += st.elapsed();
            ins.bindValue(0, ++rid); ins.bindValue(1, s); ins.exec();
        }
    }
    db.commit();
    q.exec(QStringLiteral("insert into t(t) values('optimize')"));
    printf("build %.2f s (segmenting %.2f s) rows %lld text %.1f MB size %.1f MB\n", t.elapsed() / 1000.0, segMs / 1000.0, rid, bytes / 1e6, QFileInfo(path).size() / 1e6);
    for (const char *qq : {"moondrop", "バラ AND ラン AND ンス AND スド", "balanced AND armature", "sony NOT balanced", "円*"}) {
        std::vector<double> ts; int n = 0;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer qt; qt.start(); QSqlQuery s(db); s.prepare(QStringLiteral("select rowid from t where t match ? order by bm25(t) limit 50"));
            s.bindValue(0, QString::fromUtf8(qq)); s.exec(); n = 0; while (s.next()) ++n; ts.push_back(qt.nsecsElapsed() / 1e6);
        }
        std::sort(ts.begin(), ts.end()); printf("%-32s hits %d p95 %.2f ms\n", qq, n, ts[27]);
    }
}
