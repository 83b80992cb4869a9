// The translators' commands on copies of corpus files: rubric translate, rubric status
// (text and JSON) and rubric xliff export/import, with their exit codes.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Rubric;
using namespace Rubric::Test;

class TestCliTranslate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void translateCreatesOnceAndNeverOverwrites();
    void translateRefusesAnUnknownLanguage();
    void statusListsThePairsThatNeedWork();
    void statusJson();
    void xliffRoundTrip();
    void xliffUsage_data();
    void xliffUsage();

private:
    bool copy(const QStringList &paths)
    {
        for (const auto &path : paths) {
            const QString to = m_site->filePath(path);
            if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(corpusDir() + u'/' + path, to))
                return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_site;
    const QString m_radius = QStringLiteral("_products/en/radius/radius-hp-w100.md");
    const QString m_jvc = QStringLiteral("_products/en/jvc/jvc-ha-d710.md");
    const QString m_jvcJa = QStringLiteral("_products/ja/victor/jvc-ha-d710.md");
};

void TestCliTranslate::init()
{
    m_site = std::make_unique<QTemporaryDir>();
    QVERIFY(copy({m_radius, ierM9(), ierM9Ja(), m_jvc, m_jvcJa}));
}

void TestCliTranslate::translateCreatesOnceAndNeverOverwrites()
{
    const CliResult first = runRubric({QStringLiteral("translate"), m_site->filePath(m_radius), QStringLiteral("--to"), QStringLiteral("ja")});
    QCOMPARE(first.exitCode, 0);
    const QString created = m_site->filePath(QStringLiteral("_products/ja/radius/radius-hp-w100.md"));
    QCOMPARE(first.out.trimmed(), created);
    QVERIFY2(first.err.contains(QLatin1String("price 260 is still in USD")), qPrintable(first.err));
    const QByteArray bytes = readFile(created);
    QVERIFY(bytes.contains("lang: ja\n"));
    QVERIFY(readFile(m_site->filePath(QStringLiteral("rubric-translations.yml"))).contains(QByteArray(QByteArray("source: ") + m_radius.toUtf8())));

    const CliResult again = runRubric({QStringLiteral("translate"), m_site->filePath(m_radius)}); // --to defaults to ja
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
    QCOMPARE(readFile(created), bytes);
}

void TestCliTranslate::translateRefusesAnUnknownLanguage()
{
    const CliResult result = runRubric({QStringLiteral("translate"), m_site->filePath(m_radius), QStringLiteral("--to"), QStringLiteral("fr")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("unknown language \"fr\"")), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_site->filePath(QStringLiteral("_products/fr"))));
}

void TestCliTranslate::statusListsThePairsThatNeedWork()
{
    const CliResult result = runRubric({QStringLiteral("status"), m_site->path()});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(linesOf(result.out),
             QStringList({QStringLiteral("missing      _products/en/radius/radius-hp-w100.md -> (ja)"),
                          QStringLiteral("3 pairs: 1 missing, 0 untranslated, 0 outdated, 2 done")}));
    const CliResult all = runRubric({QStringLiteral("status"), m_site->path(), QStringLiteral("--all")});
    QCOMPARE(linesOf(all.out).size(), 4);
    QVERIFY(all.out.contains(QLatin1String("done         _products/en/jvc/jvc-ha-d710.md -> _products/ja/victor/jvc-ha-d710.md\n")));
    const CliResult bad = runRubric({QStringLiteral("status"), m_site->path(), QStringLiteral("--state"), QStringLiteral("finished")});
    QCOMPARE(bad.exitCode, 1);
}

void TestCliTranslate::statusJson()
{
    QCOMPARE(runRubric({QStringLiteral("translate"), m_site->filePath(m_radius)}).exitCode, 0);
    const CliResult result = runRubric({QStringLiteral("status"), m_site->path(), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    QHash<QString, QJsonObject> bySource;
    for (const auto &row : rows)
        bySource.insert(row.toObject().value(QStringLiteral("source")).toString(), row.toObject());
    QCOMPARE(bySource.value(m_jvc).value(QStringLiteral("target")).toString(), m_jvcJa);
    QCOMPARE(bySource.value(m_jvc).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    const QJsonObject radius = bySource.value(m_radius);
    QCOMPARE(radius.value(QStringLiteral("state")).toString(), QStringLiteral("untranslated"));
    QCOMPARE(radius.value(QStringLiteral("target_lang")).toString(), QStringLiteral("ja"));
    // Eight sections (References included) and the summary still hold the English text.
    QCOMPARE(radius.value(QStringLiteral("items")).toObject().value(QStringLiteral("untranslated")).toInt(), 9);
}

void TestCliTranslate::xliffRoundTrip()
{
    const QString xlf = m_site->filePath(QStringLiteral("out.xlf"));
    const CliResult exported = runRubric({QStringLiteral("xliff"), QStringLiteral("export"), m_site->filePath(ierM9()),
                                          m_site->filePath(m_jvc), QStringLiteral("-o"), xlf});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains(QLatin1String("2 reviews")), qPrintable(exported.out));
    const QByteArray xml = readFile(xlf);
    QVERIFY(xml.contains("rubric:target=\"_products/ja/victor/jvc-ha-d710.md\""));
    QVERIFY(xml.contains("<ph id=\"1\">"));
    const QByteArray before = readFile(m_site->filePath(m_jvcJa));
    const CliResult unchanged = runRubric({QStringLiteral("xliff"), QStringLiteral("import"), xlf});
    QCOMPARE(unchanged.exitCode, 0);
    QCOMPARE(linesOf(unchanged.out).size(), 2);
    QVERIFY2(!unchanged.out.contains(QLatin1String("applied")), qPrintable(unchanged.out));
    QCOMPARE(readFile(m_site->filePath(m_jvcJa)), before);

    // A translated title comes back into the front matter, in place.
    QByteArray translated = xml;
    const QByteArray oldTitle = "<target state=\"translated\">JVC HA-D710 製品レビュー</target>";
    QVERIFY2(translated.contains(oldTitle), xml.left(2000).constData());
    translated.replace(oldTitle, QByteArray("<target state=\"translated\">JVC HA-D710（ビクター）製品レビュー</target>"));
    QVERIFY(writeFile(xlf, translated));
    const CliResult imported = runRubric({QStringLiteral("xliff"), QStringLiteral("import"), xlf});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(QLatin1String("jvc-ha-d710.md: 1 units applied")), qPrintable(imported.out));
    QString mismatch;
    QCOMPARE(readFile(m_site->filePath(m_jvcJa)),
             withChanges(before, {{3, s("title: \"JVC HA-D710 製品レビュー\""), s("title: \"JVC HA-D710（ビクター）製品レビュー\"")}}, &mismatch));
}

void TestCliTranslate::xliffUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no action") << QStringList{QStringLiteral("xliff")} << 2;
    QTest::newRow("export without an output") << QStringList{QStringLiteral("xliff"), QStringLiteral("export"), QStringLiteral("a.md")} << 2;
    QTest::newRow("import of a missing file") << QStringList{QStringLiteral("xliff"), QStringLiteral("import"), QStringLiteral("/no/such.xlf")} << 2;
}

void TestCliTranslate::xliffUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliResult result = runRubric(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliTranslate)
#include "tst_cli_translate.moc"
