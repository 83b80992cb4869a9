#include "search/searchindex.h"
#include "search/searchtext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;

// SearchIndex on a small synthetic site: results equal an independent brute-force scan,
// the index follows changed, added, removed and renamed files, and a damaged file is rebuilt.
class TestSearchIndex final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void write(const QString &sitePath, const QString &text)
    {
        const QString path = m_dir.filePath(sitePath);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }

    QStringList sitePaths() const
    {
        return {u"_products/en/sony/ier-m9.md"_qs, u"_products/ja/sony/ier-m9.md"_qs,
                u"_products/en/moondrop/blessing3.md"_qs, u"_companies/ja/moondrop.md"_qs};
    }

    void writeSite()
    {
        write(sitePaths()[0], u"---\ntitle: \"Sony IER-M9\"\nlang: en\n---\n## Overview\nFive balanced armature drivers.\n"
                              "Compared with the Moondrop Blessing3.\n## Cost-Performance\nCalculation: 299 USD ÷ 1,093 USD ≈ 0.27\n"_qs);
        write(sitePaths()[1], u"---\ntitle: \"Sony IER-M9 製品レビュー\"\nlang: ja\n---\n## 概要\nバランスド・アーマチュアを5基搭載。\n"
                              "ＩＥＭとしては音場が広い。\n## コストパフォーマンス\n価格は１０９３ドル、ｺｽﾄﾊﾟﾌｫｰﾏﾝｽは低い。\n"_qs);
        write(sitePaths()[2], u"---\ntitle: \"Moondrop Blessing3\"\n---\n## Overview\nA hybrid IEM with dynamic and balanced armature drivers.\n"
                              "## Advice\nBalanced cables are optional.\n"_qs);
        write(sitePaths()[3], u"---\ntitle: \"Moondrop 企業レビュー\"\n---\n## 概要\nバランスドアーマチュアの製品は少ない。\n"_qs);
    }

    // Independent of SearchIndex: a section (text up to the next "## " line) matches when
    // its folded text contains every positive term and no excluded one; each of its lines
    // containing a positive term is a hit.
    QSet<QString> bruteForce(const QStringList &positive, const QStringList &excluded) const
    {
        QSet<QString> hits;
        const QStringList all = allFiles();
        for (const QString &sitePath : all) {
            QFile file(m_dir.filePath(sitePath));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            qsizetype start = 0;
            for (qsizetype i = 0; i <= lines.size(); ++i) {
                if (i < lines.size() && !(lines[i].startsWith(u"## "_qs) && i > 0))
                    continue;
                QString folded;
                for (qsizetype k = start; k < i; ++k)
                    folded += lines[k].normalized(QString::NormalizationForm_KC).toLower() + u'\n';
                const bool match = std::all_of(positive.cbegin(), positive.cend(), [&](const QString &p) { return folded.contains(p.toLower()); })
                    && std::none_of(excluded.cbegin(), excluded.cend(), [&](const QString &e) { return folded.contains(e.toLower()); });
                if (match) {
                    for (qsizetype k = start; k < i; ++k) {
                        const QString line = lines[k].normalized(QString::NormalizationForm_KC).toLower();
                        if (std::any_of(positive.cbegin(), positive.cend(), [&](const QString &p) { return line.contains(p.toLower()); }))
                            hits.insert(sitePath + u':' + QString::number(k + 1));
                    }
                }
                start = i;
            }
        }
        return hits;
    }

    QStringList allFiles() const
    {
        QStringList out;
        QDirIterator it(m_dir.path(), {u"*.md"_qs}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(QDir(m_dir.path()).relativeFilePath(it.next()));
        return out;
    }

    static QSet<QString> keys(const QList<SearchHit> &hits)
    {
        QSet<QString> out;
        for (const SearchHit &hit : hits)
            out.insert(hit.path + u':' + QString::number(hit.line));
        return out;
    }

    QString indexPath() const { return m_dir.filePath(u"index.sqlite"_qs); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeSite();
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("positive");
        QTest::addColumn<QStringList>("excluded");
        QTest::newRow("english word") << u"Moondrop"_qs << QStringList{u"moondrop"_qs} << QStringList{};
        QTest::newRow("english phrase") << u"\"balanced armature\""_qs << QStringList{u"balanced armature"_qs} << QStringList{};
        QTest::newRow("exclusion") << u"balanced -dynamic"_qs << QStringList{u"balanced"_qs} << QStringList{u"dynamic"_qs};
        QTest::newRow("japanese without spaces") << u"アーマチュア"_qs << QStringList{u"アーマチュア"_qs} << QStringList{};
        QTest::newRow("japanese single character") << u"広"_qs << QStringList{u"広"_qs} << QStringList{};
        QTest::newRow("full width query finds ascii") << u"ＩＥＭ"_qs << QStringList{u"iem"_qs} << QStringList{};
        QTest::newRow("half width katakana query") << u"ｺｽﾄﾊﾟﾌｫｰﾏﾝｽ"_qs << QStringList{u"コストパフォーマンス"_qs} << QStringList{};
        QTest::newRow("two terms in one section") << u"sony 0.27"_qs << QStringList{u"sony"_qs, u"0.27"_qs} << QStringList{};
        QTest::newRow("absent word") << u"sennheiser"_qs << QStringList{u"sennheiser"_qs} << QStringList{};
    }
    void matchesBruteForce()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, positive);
        QFETCH(QStringList, excluded);
        QFile::remove(indexPath());
        SearchIndex index(indexPath(), m_dir.path());
        QVERIFY(index.open());
        QVERIFY(index.rebuild(allFiles()));
        QCOMPARE(keys(index.search(query, 1000)), bruteForce(positive, excluded));
    }

    void followsChangedAddedRemovedRenamed()
    {
        QFile::remove(indexPath());
        SearchIndex index(indexPath(), m_dir.path());
        QVERIFY(index.open());
        QVERIFY(index.rebuild(allFiles()));
        QVERIFY(index.search(u"zyzzyva"_qs, 10).isEmpty());

        write(sitePaths()[2], u"---\n---\n## Overview\nNow about the zyzzyva.\n"_qs); // changed
        QVERIFY(index.update(sitePaths()[2]));
        QCOMPARE(keys(index.search(u"zyzzyva"_qs, 10)), QSet<QString>{sitePaths()[2] + u":4"_qs});
        QVERIFY(index.search(u"hybrid"_qs, 10).isEmpty());

        const QString added = u"_products/en/acme/new.md"_qs;
        write(added, u"---\n---\n## Overview\nAnother zyzzyva.\n"_qs);
        QVERIFY(index.update(added));
        QCOMPARE(keys(index.search(u"zyzzyva"_qs, 10)).size(), 2);

        const QString renamed = u"_products/en/acme/renamed.md"_qs;
        QVERIFY(QFile::rename(m_dir.filePath(added), m_dir.filePath(renamed)));
        QVERIFY(index.update(added)); // gone: removed
        QVERIFY(index.update(renamed));
        QCOMPARE(keys(index.search(u"another"_qs, 10)), QSet<QString>{renamed + u":4"_qs});

        QVERIFY(QFile::remove(m_dir.filePath(renamed)));
        QVERIFY(index.update(renamed));
        QVERIFY(index.search(u"another"_qs, 10).isEmpty());

        writeSite();
        QVERIFY(index.rebuild(allFiles())); // over a used index: old rows do not linger
        QVERIFY(index.search(u"zyzzyva"_qs, 10).isEmpty());
        QCOMPARE(keys(index.search(u"hybrid"_qs, 10)), QSet<QString>{sitePaths()[2] + u":5"_qs});
    }

    void limitedResultsReadPageAfterPage()
    {
        // 600 sections that have the word but are excluded, then 5 that are not: the hits lie
        // beyond the first pages of ranked candidates, and a limit must still find them, in
        // the order of the unlimited search.
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 600; ++i) {
            paths.append(u"_products/en/many/m%1.md"_qs.arg(i));
            const QString path = dir.filePath(paths.last());
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // Repeated words rank these first (bm25 weighs term frequency).
            file.write("---\n---\n## Overview\nalpha alpha alpha alpha beta\n");
        }
        for (int i = 0; i < 5; ++i) {
            paths.append(u"_products/en/few/f%1.md"_qs.arg(i));
            const QString path = dir.filePath(paths.last());
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("---\n---\n## Overview\nOne alpha among many other words here.\n");
        }
        SearchIndex index(dir.filePath(u"index.sqlite"_qs), dir.path());
        QVERIFY(index.open());
        QVERIFY(index.rebuild(paths));
        const QList<SearchHit> all = index.search(u"alpha -beta"_qs, 0);
        QCOMPARE(all.size(), 5);
        for (const int limit : {1, 3, 5, 10}) {
            const QList<SearchHit> limited = index.search(u"alpha -beta"_qs, limit);
            QCOMPARE(limited.size(), std::min(limit, 5));
            for (qsizetype i = 0; i < limited.size(); ++i)
                QCOMPARE(limited.at(i).path, all.at(i).path);
        }
        // Without exclusions the first page holds the hits; pages never repeat a section.
        QList<SearchHit> alpha = index.search(u"alpha"_qs, 400);
        QCOMPARE(alpha.size(), 400);
        QSet<QString> seen;
        for (const SearchHit &hit : alpha)
            seen.insert(hit.path);
        QCOMPARE(seen.size(), 400);
    }

    void damagedFileIsRebuilt()
    {
        QFile::remove(indexPath());
        {
            SearchIndex index(indexPath(), m_dir.path());
            bool recreated = false;
            QVERIFY(index.open(&recreated));
            QVERIFY(recreated);
            QVERIFY(index.rebuild(allFiles()));
            QVERIFY(!index.search(u"moondrop"_qs, 10).isEmpty());
        }
        {
            SearchIndex index(indexPath(), m_dir.path());
            bool recreated = true;
            QVERIFY(index.open(&recreated));
            QVERIFY(!recreated);
            QVERIFY(!index.search(u"moondrop"_qs, 10).isEmpty());
        }
        QFile file(indexPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4096);
        file.seek(file.size() / 2);
        file.write(QByteArray(4096, '\xA5'));
        file.close();
        SearchIndex index(indexPath(), m_dir.path());
        bool recreated = false;
        QVERIFY(index.open(&recreated));
        QVERIFY(recreated);
        QVERIFY(index.search(u"moondrop"_qs, 10).isEmpty()); // empty until rebuilt, never wrong
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
