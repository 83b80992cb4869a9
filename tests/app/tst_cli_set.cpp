// `rubric set`: the file differs from the original exactly in the expected lines, and a
// refused or failed command leaves it byte-identical and not rewritten.

#include "tst_cli.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Rubric::Test;

namespace {

LineChange change(int line, const char *before, const char *after)
{
    return {line, s(before), s(after)};
}

} // namespace

void TestCli::set_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<LineChanges>("changes");

    const char *rating = "rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]";
    QTest::newRow("an axis changes the rating and its score line")
        << ierM9() << list({"cost_performance=0.4"})
        << LineChanges{change(9, rating, "rating: [3.3, 0.7, 0.8, 0.4, 0.8, 0.6]"),
                       change(33, "$$ \\Large \\text{0.3} $$", "$$ \\Large \\text{0.4} $$")};
    QTest::newRow("the title keeps its quotes")
        << ierM9() << list({"title=Sony IER-M9 In-Ear Review"})
        << LineChanges{change(3, "title: \"Sony IER-M9 Product Review\"", "title: \"Sony IER-M9 In-Ear Review\"")};
    QTest::newRow("a list of tags")
        << ierM9() << list({"tags=[a, b]"})
        << LineChanges{change(12, "tags: [Balanced armature, In-ear monitors, Pro Audio, Sony]", "tags: [a, b]")};
    QTest::newRow("a tag YAML would read as a number is quoted to stay text")
        << ierM9() << list({"tags=[Sony, 2.0]"})
        << LineChanges{change(12, "tags: [Balanced armature, In-ear monitors, Pro Audio, Sony]",
                              "tags: [Sony, \"2.0\"]")};
    QTest::newRow("a price with decimals")
        << ierM9() << list({"price=129.99"}) << LineChanges{change(10, "price: 1093", "price: 129.99")};
    // Only the field: the body's end date `(2025.8.7)` is prose the command leaves alone.
    QTest::newRow("the date field")
        << ierM9() << list({"date=2025-08-09"}) << LineChanges{change(8, "date: 2025-08-07", "date: 2025-08-09")};
    QTest::newRow("quotes in a value are escaped")
        << ierM9() << list({"summary=He said \"no\"."})
        << LineChanges{change(11,
                              "summary: \"A professional in-ear monitor featuring five balanced armature drivers. "
                              "While showcasing excellent technical capabilities, it faces challenges in "
                              "cost-performance.\"",
                              "summary: \"He said \\\"no\\\".\"")};
    QTest::newRow("several fields and axes at once")
        << ierM9() << list({"title=X Product Review", "cost_performance=0.4", "design_rationality=1.0", "price=999"})
        << LineChanges{change(3, "title: \"Sony IER-M9 Product Review\"", "title: \"X Product Review\""),
                       change(9, rating, "rating: [3.7, 0.7, 0.8, 0.4, 0.8, 1.0]"),
                       change(10, "price: 1093", "price: 999"),
                       change(33, "$$ \\Large \\text{0.3} $$", "$$ \\Large \\text{0.4} $$"),
                       change(45, "$$ \\Large \\text{0.6} $$", "$$ \\Large \\text{1.0} $$")};
    QTest::newRow("a Japanese review")
        << ierM9Ja() << list({"cost_performance=0.5", "title=ソニー IER-M9 製品レビュー", "tags=[イヤホン, ソニー]"})
        << LineChanges{change(3, "title: \"Sony IER-M9 製品レビュー\"", "title: \"ソニー IER-M9 製品レビュー\""),
                       change(9, rating, "rating: [3.4, 0.7, 0.8, 0.5, 0.8, 0.6]"),
                       change(12, "tags: [インイヤーモニター, ソニー, バランスドアーマチュア, プロオーディオ]",
                              "tags: [イヤホン, ソニー]"),
                       change(33, "$$ \\Large \\text{0.3} $$", "$$ \\Large \\text{0.5} $$")};
    QTest::newRow("a company review")
        << QStringLiteral("_companies/en/sony.md") << list({"reliability_support=0.2"})
        << LineChanges{change(9, "rating: [3.4, 0.6, 0.8, 0.7, 0.6, 0.7]", "rating: [3.0, 0.6, 0.8, 0.7, 0.2, 0.7]"),
                       change(38, "$$ \\Large \\text{0.6} $$", "$$ \\Large \\text{0.2} $$")};
    QTest::newRow("the other axes keep their integer spelling")
        << QStringLiteral("_products/en/genelec/genelec-7382a.md") << list({"technology_level=0.8"})
        << LineChanges{change(9, "rating: [4.3, 0.8, 0.7, 1, 0.9, 0.9]", "rating: [4.4, 0.8, 0.8, 1, 0.9, 0.9]"),
                       change(33, "$$ \\Large \\text{0.7} $$", "$$ \\Large \\text{0.8} $$")};
    QTest::newRow("a price keeps its inline comment")
        << QStringLiteral("_products/en/amphion/amphion-two18x.md") << list({"price=9000"})
        << LineChanges{change(10, "price: 8200 # per pair", "price: 9000 # per pair")};
    // This file opens with `--- ` and shows a stale total (3.2) in its Overview.
    QTest::newRow("the total shown in Overview follows the rating")
        << QStringLiteral("_products/en/nuarl/nuarl-sound-a-japan-tuning-edition.md") << list({"cost_performance=0.1"})
        << LineChanges{change(9, "rating: [2.4, 0.5, 0.7, 0.2, 0.4, 0.6]", "rating: [2.3, 0.5, 0.7, 0.1, 0.4, 0.6]"),
                       change(18, "$$ \\Large \\text{3.2} $$", "$$ \\Large \\text{2.3} $$"),
                       change(36, "$$ \\Large \\text{0.2} $$", "$$ \\Large \\text{0.1} $$")};
    QTest::newRow("a file without a final newline")
        << QStringLiteral("_products/en/soranik/soranik-mems-3.md") << list({"design_rationality=0.1"})
        << LineChanges{change(9, "rating: [2.8, 0.5, 1.0, 0.0, 0.6, 0.7]", "rating: [2.2, 0.5, 1.0, 0.0, 0.6, 0.1]"),
                       change(45, "$$ \\Large \\text{0.7} $$", "$$ \\Large \\text{0.1} $$")};
    QTest::newRow("a duplicated key changes the occurrence the site reads")
        << QStringLiteral("_products/ja/tannoy/tannoy-gold-8.md") << list({"date=2025-09-01"})
        << LineChanges{change(10, "date: 2025-09-22", "date: 2025-09-01")};
}

void TestCli::set()
{
    QFETCH(QString, file);
    QFETCH(QStringList, assignments);
    QFETCH(LineChanges, changes);
    const QString path = copyOf(file);
    QVERIFY(!path.isEmpty());
    QString mismatch;
    const QByteArray expected = withChanges(readFile(path), changes, &mismatch);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    const CliResult result = runRubric(QStringList{QStringLiteral("set"), path} + assignments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.err, QString());
    QCOMPARE(QString::fromUtf8(readFile(path)), QString::fromUtf8(expected));

    // And the file reads back with the new ratings.
    const QJsonObject axes = QJsonDocument::fromJson(runRubric({QStringLiteral("show"), path, QStringLiteral("--json")})
                                                         .out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("axes"))
                                 .toObject();
    for (const auto &assignment : std::as_const(assignments)) {
        const QString key = assignment.section(u'=', 0, 0);
        if (axisIds().contains(key))
            QCOMPARE(axes.value(key).toDouble(-1), assignment.section(u'=', 1).toDouble());
    }
}

void TestCli::setKeepsLineBreaksAndByteOrderMark_data()
{
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("byteOrderMark");

    QTest::newRow("CRLF line breaks") << true << false;
    QTest::newRow("a UTF-8 byte order mark") << false << true;
    QTest::newRow("both") << true << true;
}

void TestCli::setKeepsLineBreaksAndByteOrderMark()
{
    QFETCH(bool, crlf);
    QFETCH(bool, byteOrderMark);
    // Not in the corpus, but what an editor on another system saves.
    const auto variant = [&](QByteArray bytes) -> QByteArray {
        if (crlf)
            bytes.replace("\n", "\r\n");
        if (byteOrderMark)
            bytes.prepend("\xEF\xBB\xBF");
        return bytes;
    };
    const QByteArray original = readFile(corpusDir() + u'/' + ierM9());
    QString mismatch;
    const QByteArray expected = withChanges(
        original,
        {change(3, "title: \"Sony IER-M9 Product Review\"", "title: \"X\""),
         change(9, "rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]", "rating: [3.3, 0.7, 0.8, 0.4, 0.8, 0.6]"),
         change(12, "tags: [Balanced armature, In-ear monitors, Pro Audio, Sony]", "tags: [a]"),
         change(33, "$$ \\Large \\text{0.3} $$", "$$ \\Large \\text{0.4} $$")},
        &mismatch);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    const QString path = m_dir->filePath(QStringLiteral("review.md"));
    QVERIFY(writeFile(path, variant(original)));

    const CliResult result = runRubric({QStringLiteral("set"), path, QStringLiteral("cost_performance=0.4"),
                                        QStringLiteral("title=X"), QStringLiteral("tags=[a]")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(readFile(path), variant(expected));
}

void TestCli::setNumberReadsTheSameOnTheSite_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("line"); // the line written when the value is accepted

    QTest::newRow("a leading zero, read as octal 83") << QStringLiteral("0123") << QStringLiteral("price: 123");
    QTest::newRow("a leading zero, read as octal 511") << QStringLiteral("0777") << QStringLiteral("price: 777");
}

// The site reads front matter as YAML 1.1, where a plain 0123 is the octal integer 83: a
// price typed with a leading zero must be written without it, or refused.
void TestCli::setNumberReadsTheSameOnTheSite()
{
    QFETCH(QString, price);
    QFETCH(QString, line);
    const QString path = copyOf(ierM9());
    QVERIFY(!path.isEmpty());
    const QByteArray before = readFile(path);

    const CliResult result = runRubric({QStringLiteral("set"), path, QStringLiteral("price=") + price});
    if (result.exitCode == 1) {
        QCOMPARE(readFile(path), before);
        return;
    }
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(linesOf(QString::fromUtf8(readFile(path))).at(9), line);
}

void TestCli::setRefusesInvalidValue_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("mentions"); // part of the message

    QTest::newRow("an axis above 1") << list({"cost_performance=1.5"}) << QStringLiteral("\"1.5\"");
    QTest::newRow("an axis not a multiple of 0.1") << list({"cost_performance=0.45"}) << QStringLiteral("\"0.45\"");
    QTest::newRow("a negative axis") << list({"cost_performance=-0.1"}) << QStringLiteral("\"-0.1\"");
    QTest::newRow("an empty axis") << list({"cost_performance="}) << QStringLiteral("cost_performance");
    QTest::newRow("an axis that is not a number") << list({"cost_performance=high"}) << QStringLiteral("\"high\"");
    QTest::newRow("an unknown key") << list({"colour=red"}) << QStringLiteral("unknown key \"colour\"");
    QTest::newRow("a list without its closing bracket") << list({"tags=[a, b"}) << QStringLiteral("\"[a, b\"");
    QTest::newRow("a list without brackets") << list({"tags=a, b"}) << QStringLiteral("tags");
    QTest::newRow("a nested list") << list({"tags=[a, [b]]"}) << QStringLiteral("tags");
    QTest::newRow("a month and day that do not exist") << list({"date=2025-13-40"}) << QStringLiteral("\"2025-13-40\"");
    QTest::newRow("a date not written YYYY-MM-DD") << list({"date=2025-8-7"}) << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("a layout that does not exist") << list({"layout=blog"}) << QStringLiteral("product, company");
    QTest::newRow("a language that does not exist") << list({"lang=fr"}) << QStringLiteral("lang");
    QTest::newRow("the computed rating list") << list({"rating=[3.3, 0.7, 0.8, 0.4, 0.8, 0.6]"})
                                              << QStringLiteral("rating");
    QTest::newRow("a negative price") << list({"price=-1"}) << QStringLiteral("price");
    QTest::newRow("a price that is not a number") << list({"price=cheap"}) << QStringLiteral("\"cheap\"");
    QTest::newRow("a title on two lines") << list({"title=a\nb"}) << QStringLiteral("single line");
    QTest::newRow("no equals sign") << list({"title"}) << QStringLiteral("KEY=VALUE");
    QTest::newRow("no key") << list({"=x"}) << QStringLiteral("KEY=VALUE");
    QTest::newRow("several, the last one invalid")
        << list({"title=New", "cost_performance=0.4", "price=abc"}) << QStringLiteral("\"abc\"");
    QTest::newRow("several, the first one invalid")
        << list({"date=2025-02-30", "title=New", "cost_performance=0.4"}) << QStringLiteral("\"2025-02-30\"");
}

void TestCli::setRefusesInvalidValue()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, mentions);
    const QString path = copyOf(ierM9());
    QVERIFY(!path.isEmpty());
    const QByteArray before = readFile(path);

    const CliResult result = runRubric(QStringList{QStringLiteral("set"), path} + assignments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(path + QStringLiteral(": ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QCOMPARE(readFile(path), before);
    QCOMPARE(modificationTime(path), oldModificationTime().toMSecsSinceEpoch());
}

void TestCli::setSameValueDoesNotRewrite_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("assignments");

    QTest::newRow("the same axis") << ierM9() << list({"cost_performance=0.3"});
    QTest::newRow("the same axis written 0.30") << ierM9() << list({"cost_performance=0.30"});
    QTest::newRow("the same price") << ierM9() << list({"price=1093"});
    QTest::newRow("the same price written 1093.0") << ierM9() << list({"price=1093.0"});
    QTest::newRow("the same date") << ierM9() << list({"date=2025-08-07"});
    QTest::newRow("the same title") << ierM9() << list({"title=Sony IER-M9 Product Review"});
    QTest::newRow("the same tags") << ierM9() << list({"tags=[Balanced armature, In-ear monitors, Pro Audio, Sony]"});
    QTest::newRow("a change undone by a later assignment")
        << ierM9() << list({"cost_performance=0.4", "title=X", "cost_performance=0.3",
                            "title=Sony IER-M9 Product Review"});
    QTest::newRow("the same Japanese title") << ierM9Ja() << list({"title=Sony IER-M9 製品レビュー"});
    QTest::newRow("the same axis where the shown total is wrong (fiio-ka11)")
        << QStringLiteral("_products/en/fiio/fiio-ka11.md") << list({"scientific_validity=0.7"});
    QTest::newRow("the same integer axis") << QStringLiteral("_products/en/genelec/genelec-7382a.md")
                                           << list({"cost_performance=1.0"});
}

void TestCli::setSameValueDoesNotRewrite()
{
    QFETCH(QString, file);
    QFETCH(QStringList, assignments);
    const QString path = copyOf(file);
    QVERIFY(!path.isEmpty());
    const QByteArray before = readFile(path);

    const CliResult result = runRubric(QStringList{QStringLiteral("set"), path} + assignments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(readFile(path), before);
    QCOMPARE(modificationTime(path), oldModificationTime().toMSecsSinceEpoch());
}

void TestCli::setSameValueNotesOtherProblems()
{
    // fiio-ka11 shows a total of 3.1 in its Overview for a rating of 3.7.
    const QString path = copyOf(QStringLiteral("_products/en/fiio/fiio-ka11.md"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = readFile(path);
    const CliResult result = runRubric({QStringLiteral("set"), path, QStringLiteral("scientific_validity=0.7")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(readFile(path), before);
    QVERIFY2(result.err.contains(QLatin1String("note:")) && result.err.contains(path), qPrintable(result.err));

    // A clean file says nothing.
    const QString clean = copyOf(ierM9());
    const CliResult quiet = runRubric({QStringLiteral("set"), clean, QStringLiteral("cost_performance=0.3")});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(!quiet.err.contains(QLatin1String("note:")), qPrintable(quiet.err));
}

void TestCli::setFailsOnUnreadableFile_data()
{
    QTest::addColumn<QString>("file"); // of the corpus, or a name that does not exist
    QTest::addColumn<QByteArray>("from"); // what is broken in the copy
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("code");

    QTest::newRow("a missing file") << QStringLiteral("_products/en/sony/missing.md") << QByteArray() << QByteArray()
                                    << QStringLiteral("load.io");
    QTest::newRow("a folder") << QStringLiteral("_products/en/sony") << QByteArray() << QByteArray()
                              << QStringLiteral("load.io");
    QTest::newRow("no front matter") << ierM9() << QByteArray("---\nlayout") << QByteArray("layout")
                                     << QStringLiteral("load.no-front-matter");
    QTest::newRow("a YAML syntax error") << ierM9() << QByteArray("price: 1093") << QByteArray("price: 1093: 5")
                                         << QStringLiteral("load.yaml-syntax");
    QTest::newRow("invalid UTF-8") << ierM9() << QByteArray("IER-M9 Product") << QByteArray("IER\xff Product")
                                   << QStringLiteral("load.invalid-utf8");
}

void TestCli::setFailsOnUnreadableFile()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, code);
    QString path = m_dir->filePath(QStringLiteral("site/") + file);
    if (QFileInfo(corpusDir() + u'/' + file).isFile())
        path = copyOf(file, from, to);
    else
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(!path.isEmpty());
    const QByteArray before = readFile(path);
    const bool existed = QFileInfo(path).isFile();

    const CliResult result = runRubric({QStringLiteral("set"), path, QStringLiteral("title=X")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(path + u':'), qPrintable(result.err));
    QVERIFY2(result.err.contains(u'[' + code + u']'), qPrintable(result.err));
    QCOMPARE(readFile(path), before);
    if (existed)
        QCOMPARE(modificationTime(path), oldModificationTime().toMSecsSinceEpoch());
    else
        QVERIFY(!QFileInfo(path).isFile()); // nothing was created
}

void TestCli::setFailsWhenSaveFails()
{
    const QString path = copyOf(ierM9());
    QVERIFY(!path.isEmpty());
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray before = readFile(path);
    m_lockedFolder = folder;
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    // Root ignores permissions; an immutable folder stops it too, where chattr works.
    const QString probe = QDir(folder).filePath(QStringLiteral("probe"));
    if (QFile(probe).open(QIODevice::WriteOnly)) {
        QFile::remove(probe);
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder});
        if (QFile(probe).open(QIODevice::WriteOnly)) {
            QFile::remove(probe);
            QSKIP("cannot make a folder read-only here (running as root without chattr)");
        }
    }

    const CliResult result = runRubric({QStringLiteral("set"), path, QStringLiteral("cost_performance=0.4")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(path + QStringLiteral(": ")), qPrintable(result.err));
    QCOMPARE(readFile(path), before);
    QCOMPARE(modificationTime(path), oldModificationTime().toMSecsSinceEpoch());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(path).fileName()});
}

void TestCli::setUsesTheSiteSchema()
{
    const QString path = copyOf(ierM9());
    QVERIFY(!path.isEmpty());
    // At the site root, three folders above the file: fields replaced, one added.
    const QString schema = m_dir->filePath(QStringLiteral("site/rubric-schema.yml"));
    QByteArray fields = "fields:\n";
    for (const char *key : {"layout", "title", "target_name", "company_id", "lang", "ref", "summary", "permalink"})
        fields += QByteArray("  - {key: ") + key + ", type: string}\n";
    fields += "  - {key: date, type: date}\n  - {key: rating, type: rating}\n  - {key: price, type: number}\n"
              "  - {key: tags, type: list}\n  - {key: warranty, type: string, style: plain}\n";
    QVERIFY(writeFile(schema, fields));

    const CliResult result = runRubric({QStringLiteral("set"), path, QStringLiteral("warranty=2 years")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject shown =
        QJsonDocument::fromJson(runRubric({QStringLiteral("show"), path, QStringLiteral("--json")}).out.toUtf8())
            .object();
    QCOMPARE(shown.value(QStringLiteral("fields")).toObject().value(QStringLiteral("warranty")).toString(),
             QStringLiteral("2 years"));

    // A site schema that does not read stops both commands instead of using other rules.
    QVERIFY(writeFile(schema, "languages: en\n"));
    const QByteArray before = readFile(path);
    const CliResult broken = runRubric({QStringLiteral("set"), path, QStringLiteral("cost_performance=0.4")});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.startsWith(schema), qPrintable(broken.err));
    QCOMPARE(readFile(path), before);
    QCOMPARE(runRubric({QStringLiteral("show"), path}).exitCode, 2);
}
