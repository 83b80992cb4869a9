#include "search/sitesearch.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Rubric;

namespace {

// What the test wrote into each review: the brute-force scan below reads these, never the index.
struct Doc
{
    QString path;
    QString company;
    QString lang;
    QStringList tags;
    int totalTenths = 0;
    int costTenths = 0;
    double price = 0;
    QDate date;
    QList<QPair<QString, QStringList>> sections; // heading ("" = front matter) and lines
};

struct Case
{
    const char *name;
    QString query;
    std::function<bool(const Doc &)> file;                     // file-level terms
    std::function<bool(const QString &heading)> section;       // null: any section
    QList<QStringList> words;                                  // AND of ORs, already folded
};

QString fold(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toLower();
}

} // namespace

// SiteSearch on a synthetic site: field terms, comparisons, OR and section: against an
// independent scan of what the test wrote; the index in the cache folder follows changed,
// added and removed files and is rebuilt when of another version or damaged.
class TestSiteSearch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Doc> m_docs;

    static QList<Case> cases()
    {
        const auto any = std::function<bool(const Doc &)>([](const Doc &) { return true; });
        return {
            {"a word", u"moondrop"_qs, any, {}, {{u"moondrop"_qs}}},
            {"a tag", u"tag:Budget"_qs, [](const Doc &d) { return d.tags.contains(u"Budget"_qs); }, {}, {}},
            {"a company and a word", u"company:sony armature"_qs, [](const Doc &d) { return d.company == u"sony"_qs; }, {},
             {{u"armature"_qs}}},
            {"a language and japanese", u"lang:ja アーマチュア"_qs, [](const Doc &d) { return d.lang == u"ja"_qs; }, {},
             {{u"アーマチュア"_qs}}},
            {"a layout", u"layout:company"_qs, [](const Doc &d) { return d.path.startsWith(u"_companies"_qs); }, {}, {}},
            {"total at least", u"total>=3.5 balanced"_qs, [](const Doc &d) { return d.totalTenths >= 35; }, {},
             {{u"balanced"_qs}}},
            {"cost performance below", u"cost_performance<0.3"_qs, [](const Doc &d) { return d.costTenths < 3; }, {}, {}},
            {"date after", u"date>2025-09-15"_qs, [](const Doc &d) { return d.date > QDate(2025, 9, 15); }, {}, {}},
            {"price below", u"price<300 word3"_qs, [](const Doc &d) { return d.price < 300; }, {}, {{u"word3"_qs}}},
            {"two words or", u"word1 OR word2"_qs, any, {}, {{u"word1"_qs, u"word2"_qs}}},
            {"two tags or", u"tag:Tag1 OR tag:Tag2"_qs,
             [](const Doc &d) { return d.tags.contains(u"Tag1"_qs) || d.tags.contains(u"Tag2"_qs); }, {}, {}},
            {"or and a field", u"word1 OR word2 company:acme"_qs, [](const Doc &d) { return d.company == u"acme"_qs; }, {},
             {{u"word1"_qs, u"word2"_qs}}},
            {"section by axis id", u"section:cost_performance ratio"_qs, any,
             [](const QString &h) { return h == u"Cost-Performance"_qs || h == u"コストパフォーマンス"_qs; }, {{u"ratio"_qs}}},
            {"section by heading", u"section:overview"_qs, any,
             [](const QString &h) { return h == u"Overview"_qs || h == u"概要"_qs; }, {}},
            {"excluded tag", u"moondrop -tag:Tag0"_qs, [](const Doc &d) { return !d.tags.contains(u"Tag0"_qs); }, {},
             {{u"moondrop"_qs}}},
        };
    }

    void write(const QString &sitePath, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(sitePath);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    void writeDoc(const Doc &d)
    {
        const bool company = d.path.startsWith(u"_companies"_qs);
        QString text = u"---\nlayout: "_qs + (company ? u"company"_qs : u"product"_qs) + u"\ntitle: \"Review "_qs + d.path
                       + u"\"\ntarget_name: \"T\"\ncompany_id: "_qs + d.company + u"\nlang: "_qs + d.lang + u"\nref: "_qs
                       + QFileInfo(d.path).baseName() + u"\ndate: "_qs + d.date.toString(Qt::ISODate) + u"\nrating: ["_qs
                       + QString::number(d.totalTenths / 10.0, 'f', 1) + u", 0.5, 0.5, "_qs
                       + QString::number(d.costTenths / 10.0, 'f', 1) + u", 0.5, 0.5]\n"_qs
                       + (company ? QString() : u"price: "_qs + QString::number(d.price) + u'\n') + u"summary: \"s\"\ntags: ["_qs
                       + d.tags.join(u", "_qs) + u"]\npermalink: /x/\n---\n"_qs;
        for (qsizetype s = 1; s < d.sections.size(); ++s)
            text += u"## "_qs + d.sections[s].first + u'\n' + d.sections[s].second.join(u'\n') + u'\n';
        write(d.path, text.toUtf8());
    }

    void makeSite()
    {
        const QStringList companies{u"acme"_qs, u"sony"_qs, u"moondrop"_qs};
        for (int i = 0; i < 30; ++i) {
            Doc d;
            d.company = companies[i % 3];
            d.lang = i % 2 ? u"ja"_qs : u"en"_qs;
            d.path = u"_products/%1/%2/p%3.md"_qs.arg(d.lang, d.company).arg(i);
            d.tags = {u"Tag%1"_qs.arg(i % 4), i % 5 == 0 ? u"Budget"_qs : u"Flagship"_qs};
            d.totalTenths = 10 + (i * 7) % 31;
            d.costTenths = i % 10;
            d.price = 20 + 50 * i;
            d.date = QDate(2025, 8, 1).addDays(i * 3);
            const bool ja = d.lang == u"ja"_qs;
            d.sections = {{QString(), {}},
                          {ja ? u"概要"_qs : u"Overview"_qs,
                           {u"Word%1 balanced armature."_qs.arg(i % 7),
                            ja ? u"バランスド・アーマチュア%1"_qs.arg(i % 3 ? u"を搭載"_qs : QString()) : u"Compared with Moondrop."_qs}},
                          {ja ? u"コストパフォーマンス"_qs : u"Cost-Performance"_qs,
                           {u"Ratio 0.%1 word%2"_qs.arg(d.costTenths).arg((i + 1) % 7), i % 4 ? u"MOONDROP ratio"_qs : u"none"_qs}}};
            m_docs.append(d);
        }
        for (const QString &company : companies) {
            Doc d;
            d.company = company;
            d.lang = u"en"_qs;
            d.path = u"_companies/en/%1.md"_qs.arg(company);
            d.tags = {u"Company"_qs};
            d.totalTenths = 30;
            d.costTenths = 5;
            d.date = QDate(2025, 9, 1);
            d.sections = {{QString(), {}}, {u"Overview"_qs, {u"Company word1 of moondrop fame."_qs}}};
            m_docs.append(d);
        }
        for (const Doc &d : std::as_const(m_docs))
            writeDoc(d);
    }

    // path:line of every hit the query must give, from m_docs alone.
    QSet<QString> bruteForce(const Case &c) const
    {
        QSet<QString> hits;
        for (const Doc &d : m_docs) {
            if (!c.file(d))
                continue;
            QFile file(m_dir.filePath(d.path));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            // Sections by "## " lines; the front matter is the first.
            QList<QPair<QString, qsizetype>> starts{{QString(), 0}};
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines[i].startsWith(u"## "_qs))
                    starts.append({lines[i].mid(3), i});
            }
            for (qsizetype s = 0; s < starts.size(); ++s) {
                const QString heading = starts[s].first;
                if (c.section ? !c.section(heading) : (c.words.isEmpty() && s > 0))
                    continue;
                const qsizetype from = starts[s].second;
                const qsizetype to = s + 1 < starts.size() ? starts[s + 1].second : lines.size();
                QString body;
                for (qsizetype i = from; i < to; ++i)
                    body += fold(lines[i]) + u'\n';
                const bool all = std::all_of(c.words.cbegin(), c.words.cend(), [&](const QStringList &group) {
                    return std::any_of(group.cbegin(), group.cend(), [&](const QString &w) { return body.contains(w); });
                });
                if (!all)
                    continue;
                bool any = false;
                for (qsizetype i = from; i < to; ++i) {
                    const QString line = fold(lines[i]);
                    for (const QStringList &group : c.words) {
                        if (std::any_of(group.cbegin(), group.cend(), [&](const QString &w) { return line.contains(w); })) {
                            hits.insert(d.path + u':' + QString::number(i + 1));
                            any = true;
                            break;
                        }
                    }
                }
                if (!any)
                    hits.insert(d.path + u':' + QString::number(from + 1));
            }
        }
        return hits;
    }

    static QSet<QString> keys(const QList<SearchHit> &hits)
    {
        QSet<QString> out;
        for (const SearchHit &hit : hits)
            out.insert(hit.path + u':' + QString::number(hit.line));
        return out;
    }

    QString indexPath() const { return m_dir.filePath(u"cache/search.sqlite"_qs); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        makeSite();
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << i;
    }
    void matchesBruteForce()
    {
        QFETCH(int, index);
        const Case c = cases().at(index);
        SiteSearch search(m_dir.path(), indexPath());
        QVERIFY(search.open().ok);
        QString error;
        const QSet<QString> expected = bruteForce(c);
        QVERIFY(!expected.isEmpty()); // every case finds something, so a filter that drops all fails
        QCOMPARE(keys(search.search(c.query, 0, &error)), expected);
        QVERIFY(error.isEmpty());
    }

    void unknownColumnIsAnError()
    {
        SiteSearch search(m_dir.path(), indexPath());
        QVERIFY(search.open().ok);
        QString error;
        QVERIFY(search.search(u"total>=abc"_qs, 0, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void defaultPathIsPerSiteInTheCache()
    {
        const QString a = SiteSearch::defaultIndexPath(m_dir.path());
        QVERIFY(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
        QCOMPARE(SiteSearch::defaultIndexPath(m_dir.path() + u"/."_qs), a);
        QVERIFY(SiteSearch::defaultIndexPath(m_dir.filePath(u"_products"_qs)) != a);
    }

    void updatesOnlyWhatChanged()
    {
        QFile::remove(indexPath());
        {
            SiteSearch search(m_dir.path(), indexPath());
            const auto first = search.open();
            QVERIFY(first.ok);
            QVERIFY(first.recreated);
            QCOMPARE(first.updated, int(m_docs.size()));
        }
        {
            SiteSearch search(m_dir.path(), indexPath());
            const auto again = search.open();
            QVERIFY(again.ok);
            QVERIFY(!again.recreated);
            QCOMPARE(again.updated, 0);
            QCOMPARE(again.removed, 0);
        }
        const QString changed = m_docs[4].path;
        QFile file(m_dir.filePath(changed));
        QVERIFY(file.open(QIODevice::Append));
        file.write("## Advice\nA zyzzyva appears.\n");
        file.close();
        write(u"_products/en/acme/added.md"_qs, "---\nlayout: product\nlang: en\n---\n## Overview\nAnother zyzzyva.\n");
        QVERIFY(QFile::remove(m_dir.filePath(m_docs[6].path)));
        SiteSearch search(m_dir.path(), indexPath());
        const auto after = search.open();
        QVERIFY(after.ok);
        QVERIFY(!after.recreated);
        QCOMPARE(after.updated, 2);
        QCOMPARE(after.removed, 1);
        QCOMPARE(keys(search.search(u"zyzzyva"_qs, 0)),
                 (QSet<QString>{changed + u":22"_qs, u"_products/en/acme/added.md:6"_qs}));
        QVERIFY(keys(search.search(u"balanced"_qs, 0)).size() > 0);
        for (const QString &key : keys(search.search(u"balanced"_qs, 0)))
            QVERIFY2(!key.startsWith(m_docs[6].path), qPrintable(key));
        // Put the site back for the other functions.
        QFile::remove(m_dir.filePath(u"_products/en/acme/added.md"_qs));
        writeDoc(m_docs[4]);
        writeDoc(m_docs[6]);
    }

    void otherVersionOrDamageRebuilds()
    {
        QFile::remove(indexPath());
        {
            SiteSearch search(m_dir.path(), indexPath());
            QVERIFY(search.open().ok);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"version"_qs);
            db.setDatabaseName(indexPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE meta SET value = 1 WHERE key = 'version'"_qs));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"version"_qs);
        {
            SiteSearch search(m_dir.path(), indexPath());
            const auto opened = search.open();
            QVERIFY(opened.ok);
            QVERIFY(opened.recreated);
            QCOMPARE(opened.updated, int(m_docs.size()));
            QVERIFY(!search.search(u"moondrop"_qs, 0).isEmpty());
        }
        QFile file(indexPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(4096, '\xA5'));
        file.close();
        SiteSearch search(m_dir.path(), indexPath());
        const auto opened = search.open();
        QVERIFY(opened.ok);
        QVERIFY(opened.recreated);
        QCOMPARE(keys(search.search(u"moondrop"_qs, 0)), bruteForce(cases().at(0)));
    }
};

QTEST_GUILESS_MAIN(TestSiteSearch)
#include "tst_sitesearch.moc"
