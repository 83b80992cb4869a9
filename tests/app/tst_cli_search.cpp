#include "clirunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;

// `rubric search` end to end on a small site: grep-like lines, JSON, --limit, exit codes,
// and the index kept in the cache folder.
class TestCliSearch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_site;
    QTemporaryDir m_cache;

    Test::CliResult run(const QStringList &arguments) const
    {
        QProcessEnvironment cache;
        cache.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
        return Test::runRubric(QStringList{QStringLiteral("search")} + arguments, cache);
    }

    void write(const QString &sitePath, const QByteArray &bytes)
    {
        const QString path = m_site.filePath(sitePath);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_site.isValid() && m_cache.isValid());
        write(QStringLiteral("_products/en/sony/a.md"),
              "---\nlayout: product\nlang: en\ncompany_id: sony\ntags: [Sony]\n---\n## Overview\nFive balanced armature drivers.\n");
        write(QStringLiteral("_products/ja/sony/a.md"),
              "---\nlayout: product\nlang: ja\ncompany_id: sony\ntags: [Sony]\n---\n## \xE6\xA6\x82\xE8\xA6\x81\n"
              "\xEF\xBC\xA9\xEF\xBC\xA5\xEF\xBC\xAD balanced\n"); // ## 概要 / ＩＥＭ balanced
    }

    void printsLinesLikeGrep()
    {
        const auto result = run({m_site.path(), QStringLiteral("armature")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("_products/en/sony/a.md:8:15: Five balanced armature drivers.\n"));
        // The index now lives in the cache folder, one file per site.
        QDirIterator it(m_cache.path(), {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        QVERIFY(it.next().contains(QStringLiteral("/site-search/")));
        QVERIFY(!it.hasNext());
    }

    void widthFoldedAndFields()
    {
        const auto result = run({m_site.path(), QStringLiteral("iem lang:ja")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("_products/ja/sony/a.md:8:1: ")), qPrintable(result.out));
    }

    void jsonAndLimit()
    {
        const auto result = run({m_site.path(), QStringLiteral("balanced"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                 QStringLiteral("1")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].toObject().value(QStringLiteral("line")).toInt(), 8);
        QVERIFY(hits[0].toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/sony/a.md")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("nothing found") << QStringList{QStringLiteral("zyzzyva")} << 1;
        QTest::newRow("missing query") << QStringList{} << 2;
        QTest::newRow("bad limit") << QStringList{QStringLiteral("balanced"), QStringLiteral("--limit"), QStringLiteral("x")} << 2;
        QTest::newRow("unknown comparison value") << QStringList{QStringLiteral("total>=abc")} << 2;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QCOMPARE(run(QStringList{m_site.path()} + arguments).exitCode, exitCode);
    }

    void missingFolderIsAnError()
    {
        const auto result = run({m_site.filePath(QStringLiteral("nope")), QStringLiteral("x")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
