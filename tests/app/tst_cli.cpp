// The headless subcommands, run as users run them: the real `rubric` binary on copies of
// corpus files, checking exit codes, messages and the exact bytes left on disk.

#include "tst_cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Rubric::Test;

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    if (!m_lockedFolder.isEmpty()) {
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_lockedFolder});
        QFile::setPermissions(m_lockedFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_lockedFolder.clear();
    }
    m_dir.reset();
}

QString TestCli::copyOf(const QString &relative, const QByteArray &from, const QByteArray &to)
{
    const QString path = m_dir->filePath(QStringLiteral("site/") + relative);
    QByteArray bytes = readFile(corpusDir() + u'/' + relative);
    if (bytes.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return {};
    if (!from.isEmpty()) {
        if (!bytes.contains(from))
            return {};
        bytes.replace(from, to);
    }
    if (!writeFile(path, bytes) || !setModificationTime(path, oldModificationTime()))
        return {};
    return path;
}

// --- show ---------------------------------------------------------------------------

void TestCli::show_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("lines");    // each must be a whole line of the output
    QTest::addColumn<QStringList>("problems"); // "line:column severity [code]", all of them

    QTest::newRow("an English product review")
        << ierM9()
        << list({"layout: product", "title: Sony IER-M9 Product Review", "date: 2025-08-07", "price: 1093",
                 "tags: [Balanced armature, In-ear monitors, Pro Audio, Sony]", "total: 3.2",
                 "scientific_validity: 0.7", "technology_level: 0.8", "cost_performance: 0.3",
                 "reliability_support: 0.8", "design_rationality: 0.6"})
        << QStringList();
    QTest::newRow("a Japanese product review")
        << ierM9Ja() << list({"title: Sony IER-M9 製品レビュー", "lang: ja", "price: 163900", "total: 3.2",
                            "cost_performance: 0.3"})
        << QStringList();
    QTest::newRow("a company review")
        << QStringLiteral("_companies/en/sony.md")
        << list({"layout: company", "total: 3.4", "reliability_support: 0.6", "design_rationality: 0.7"})
        << QStringList();
    QTest::newRow("an axis written as an integer")
        << QStringLiteral("_products/en/genelec/genelec-7382a.md")
        << list({"total: 4.3", "cost_performance: 1.0", "technology_level: 0.7"}) << QStringList();
    QTest::newRow("duplicate keys are problems found while loading")
        << QStringLiteral("_products/ja/tannoy/tannoy-gold-8.md") << list({"date: 2025-09-22", "total: 2.9"})
        << list({"9:1 warning [frontmatter.duplicate-key]", "10:1 warning [frontmatter.duplicate-key]"});
}

void TestCli::show()
{
    QFETCH(QString, file);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, problems);
    const QString path = copyOf(file);
    QVERIFY(!path.isEmpty());
    const CliResult result = runRubric({QStringLiteral("show"), path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList output = linesOf(result.out);
    for (const auto &line : std::as_const(lines))
        QVERIFY2(output.contains(line), qPrintable(line + QStringLiteral(" missing in:\n") + result.out));

    // `path:line:column: severity: message [code]`, reduced to what does not depend on wording.
    static const QRegularExpression problem(QStringLiteral("^(\\d+:\\d+): (error|warning): .* (\\[[^]]+\\])$"));
    QStringList reported;
    for (const auto &line : output) {
        if (!line.startsWith(path + u':'))
            continue;
        const QRegularExpressionMatch match = problem.match(line.sliced(path.size() + 1));
        QVERIFY2(match.hasMatch(), qPrintable(line));
        reported.append(match.captured(1) + u' ' + match.captured(2) + u' ' + match.captured(3));
    }
    QCOMPARE(reported, problems);
}

void TestCli::showJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("total");
    QTest::addColumn<QList<double>>("axes"); // in the order of axisIds
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("problemCodes");

    QTest::newRow("an English product review")
        << ierM9() << 3.2 << QList<double>{0.7, 0.8, 0.3, 0.8, 0.6} << QStringLiteral("price") << QJsonValue(1093)
        << QStringList();
    QTest::newRow("a Japanese product review")
        << ierM9Ja() << 3.2 << QList<double>{0.7, 0.8, 0.3, 0.8, 0.6} << QStringLiteral("title")
        << QJsonValue(s("Sony IER-M9 製品レビュー")) << QStringList();
    QTest::newRow("an axis written as an integer")
        << QStringLiteral("_products/en/genelec/genelec-7382a.md") << 4.3 << QList<double>{0.8, 0.7, 1.0, 0.9, 0.9}
        << QStringLiteral("rating") << QJsonValue(QJsonArray{4.3, 0.8, 0.7, 1, 0.9, 0.9}) << QStringList();
    QTest::newRow("a tag that YAML reads as a number stays the text written")
        << QStringLiteral("_products/en/creative/creative-t60.md") << 2.3 << QList<double>{0.5, 0.4, 0.3, 0.6, 0.5}
        << QStringLiteral("tags")
        << QJsonValue(QJsonArray::fromStringList(list({"Speakers", "Desktop", "2.0", "Bluetooth", "USB-C"})))
        << QStringList();
    QTest::newRow("duplicate keys are listed as problems")
        << QStringLiteral("_products/ja/tannoy/tannoy-gold-8.md") << 2.9 << QList<double>{0.3, 0.7, 0.6, 0.5, 0.8}
        << QStringLiteral("date") << QJsonValue(QStringLiteral("2025-09-22"))
        << list({"frontmatter.duplicate-key", "frontmatter.duplicate-key"});
}

void TestCli::showJson()
{
    QFETCH(QString, file);
    QFETCH(double, total);
    QFETCH(QList<double>, axes);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, problemCodes);
    const QString path = copyOf(file);
    QVERIFY(!path.isEmpty());
    const CliResult result = runRubric({QStringLiteral("show"), path, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(json.isObject());
    const QJsonObject root = json.object();
    QCOMPARE(root.value(QStringLiteral("file")).toString(), path);
    QCOMPARE(root.value(QStringLiteral("total")).toDouble(), total);
    const QJsonObject axisValues = root.value(QStringLiteral("axes")).toObject();
    QCOMPARE(axisValues.keys().size(), axisIds().size());
    for (qsizetype i = 0; i < axisIds().size(); ++i)
        QCOMPARE(axisValues.value(axisIds().at(i)).toDouble(-1), axes.at(i));
    QCOMPARE(root.value(QStringLiteral("fields")).toObject().value(field), value);
    QStringList codes;
    for (const auto &problem : root.value(QStringLiteral("problems")).toArray())
        codes.append(problem.toObject().value(QStringLiteral("code")).toString());
    QCOMPARE(codes, problemCodes);

    // The same data as the text output: every field, the total and each axis.
    const QStringList text = linesOf(runRubric({QStringLiteral("show"), path}).out);
    const QStringList fields = root.value(QStringLiteral("fields")).toObject().keys();
    for (const auto &key : fields) {
        const bool listed = std::any_of(text.cbegin(), text.cend(),
                                        [&key](const QString &line) { return line.startsWith(key + u':'); });
        QVERIFY2(listed, qPrintable(key));
    }
    QVERIFY(text.contains(QStringLiteral("total: ") + QString::number(total, 'f', 1)));
    for (qsizetype i = 0; i < axisIds().size(); ++i)
        QVERIFY(text.contains(axisIds().at(i) + QStringLiteral(": ") + QString::number(axes.at(i), 'f', 1)));
}

void TestCli::showFailsOnUnreadableFile_data()
{
    QTest::addColumn<QString>("file"); // of the corpus, or a name that does not exist
    QTest::addColumn<QByteArray>("from"); // what is broken in the copy
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line"); // 0: the message names no line

    QTest::newRow("a missing file") << QStringLiteral("_products/en/sony/missing.md") << QByteArray()
                                    << QByteArray() << QStringLiteral("load.io") << 0;
    QTest::newRow("a folder") << QStringLiteral("_products/en/sony") << QByteArray() << QByteArray()
                              << QStringLiteral("load.io") << 0;
    QTest::newRow("invalid UTF-8 in the title")
        << ierM9() << QByteArray("IER-M9 Product") << QByteArray("IER\xff Product")
                                                << QStringLiteral("load.invalid-utf8") << 3;
    QTest::newRow("no front matter") << ierM9() << QByteArray("---\nlayout") << QByteArray("layout")
                                     << QStringLiteral("load.no-front-matter") << 1;
    QTest::newRow("front matter never closed")
        << ierM9() << QByteArray("sony-ier-m9/\n---\n") << QByteArray("sony-ier-m9/\n")
        << QStringLiteral("load.front-matter-unclosed") << 1;
    QTest::newRow("a YAML syntax error") << ierM9() << QByteArray("price: 1093") << QByteArray("price: 1093: 5")
                                         << QStringLiteral("load.yaml-syntax") << 10;
}

void TestCli::showFailsOnUnreadableFile()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, code);
    QFETCH(int, line);
    QString path = m_dir->filePath(QStringLiteral("site/") + file);
    if (QFile::exists(corpusDir() + u'/' + file) && QFileInfo(corpusDir() + u'/' + file).isFile())
        path = copyOf(file, from, to);
    else
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(!path.isEmpty());

    const CliResult text = runRubric({QStringLiteral("show"), path});
    QCOMPARE(text.exitCode, 2);
    const QString where = line > 0 ? QString(path + u':' + QString::number(line) + u':') : QString(path + u':');
    QVERIFY2(text.err.startsWith(where), qPrintable(text.err));
    QVERIFY2(text.err.contains(u'[' + code + u']'), qPrintable(text.err));

    // JSON still parses, and carries the same problem.
    const CliResult json = runRubric({QStringLiteral("show"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 2);
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8());
    QVERIFY2(document.isObject(), qPrintable(json.out));
    const QJsonObject problem = document.object().value(QStringLiteral("problems")).toArray().first().toObject();
    QCOMPARE(problem.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(problem.value(QStringLiteral("line")).toInt(), line);
}

void TestCli::unknownCommandIsRefused_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("suggestion"); // empty: none

    QTest::newRow("a swapped pair of letters") << QStringLiteral("valdiate") << QStringLiteral("validate");
    QTest::newRow("a missing letter") << QStringLiteral("lst") << QStringLiteral("list");
    QTest::newRow("capitals") << QStringLiteral("Show") << QStringLiteral("show");
    QTest::newRow("nothing like a command") << QStringLiteral("frobnicate") << QString();
}

void TestCli::unknownCommandIsRefused()
{
    QFETCH(QString, word);
    QFETCH(QString, suggestion);
    // The editor (offscreen here) would never exit: runRubric gives up after a minute.
    const CliResult result = runRubric({word, m_dir->path()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(word), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("validate")) && result.err.contains(QLatin1String("export-pdf")),
             qPrintable(result.err)); // the list of commands
    if (!suggestion.isEmpty())
        QVERIFY2(result.err.contains(u'"' + suggestion + u'"'), qPrintable(result.err));
    else
        QVERIFY2(!result.err.contains(QLatin1String("?\n")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(word)); // and no file of that name was created
}

QTEST_GUILESS_MAIN(TestCli)
