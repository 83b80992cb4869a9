// Hand-made edit cases beyond the corpus, one folder each under tests/data/edits:
// input.md, edit.txt (the edits, applied in order through ReviewDocument) and either
// expected.md (the exact bytes after the edits) or error.txt (the edit is refused, the
// text stays byte-identical, the error says this). Optional problems.txt: codes that
// loading input.md must report. Plus unit tests of the YAML scalar rules.
#include "document/frontmattereditor.h"
#include "document/reviewdocument.h"
#include "document/tenths.h"
#include "testutil.h"

#include <QUndoStack>

using namespace Rubric;

namespace {

QString editsDir()
{
    return QStringLiteral(RUBRIC_TEST_DATA_DIR "/edits");
}

// edit.txt values may hold "\n" (a line break) and "\\" (a backslash).
QString unescape(QStringView value)
{
    QString result;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            ++i;
            result += value.at(i) == u'n' ? QChar(u'\n') : value.at(i);
        } else {
            result += value.at(i);
        }
    }
    return result;
}

// One line of edit.txt: `KEY=VALUE`, `axis ID=VALUE` or `remove KEY`.
EditOutcome applyLine(ReviewDocument &document, const QString &line)
{
    if (line.startsWith(QLatin1String("remove ")))
        return document.removeField(line.sliced(7).trimmed());
    const qsizetype eq = line.indexOf(u'=');
    if (eq < 0)
        return {QStringLiteral("malformed edit.txt line: ") + line};
    const QString value = unescape(QStringView(line).sliced(eq + 1));
    if (line.startsWith(QLatin1String("axis "))) {
        const auto tenths = Tenths::parse(value);
        if (!tenths)
            return {value + QStringLiteral(" is not a multiple of 0.1")};
        return document.setAxis(line.sliced(5, eq - 5).trimmed(), *tenths);
    }
    return document.setFieldText(line.first(eq), value);
}

QStringList editLines(const QString &dir)
{
    QStringList lines;
    for (const auto &line : QString::fromUtf8(Test::readFile(dir + QStringLiteral("/edit.txt"))).split(u'\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith(u'#'))
            lines.append(line);
    }
    return lines;
}

QStringList problemCodes(const Problems &problems)
{
    QStringList codes;
    for (const auto &problem : problems)
        codes.append(problem.code);
    return codes;
}

} // namespace

class TestFrontMatterEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenEdits_data();
    void goldenEdits();
    void resolvesToNonString_data();
    void resolvesToNonString();
    void plainSafe_data();
    void plainSafe();
    void quoting();
    void flowItemsAreSplitOutsideQuotes();
};

void TestFrontMatterEditor::goldenEdits_data()
{
    QTest::addColumn<QString>("dir");
    const QStringList cases = QDir(editsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 30);
    for (const auto &name : cases)
        QTest::newRow(qPrintable(name)) << editsDir() + u'/' + name;
}

void TestFrontMatterEditor::goldenEdits()
{
    QFETCH(QString, dir);
    const QByteArray input = Test::readFile(dir + QStringLiteral("/input.md"));
    QVERIFY(!input.isEmpty());
    const QStringList lines = editLines(dir);
    QVERIFY(!lines.isEmpty());
    ReviewDocument document;
    QVERIFY(document.loadBytes(input));

    const QStringList codes = problemCodes(document.problems());
    const QStringList expectedCodes =
        QString::fromUtf8(Test::readFile(dir + QStringLiteral("/problems.txt"))).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(codes, expectedCodes);

    const bool refusal = QFile::exists(dir + QStringLiteral("/error.txt"));
    if (refusal) {
        const QString mentions = QString::fromUtf8(Test::readFile(dir + QStringLiteral("/error.txt"))).trimmed();
        EditOutcome outcome;
        for (const auto &line : lines) {
            outcome = applyLine(document, line);
            if (!outcome.ok())
                break;
        }
        QVERIFY2(!outcome.ok(), "the edit should have been refused");
        QVERIFY2(outcome.error.contains(mentions), qPrintable(outcome.error));
        QVERIFY(!outcome.changed);
        QCOMPARE(document.toBytes(), input);
        QVERIFY(!document.isModified());
        QCOMPARE(document.undoStack()->count(), 0);
        return;
    }

    const QByteArray expected = Test::readFile(dir + QStringLiteral("/expected.md"));
    QVERIFY(!expected.isEmpty());
    int steps = 0;
    for (const auto &line : lines) {
        const EditOutcome outcome = applyLine(document, line);
        QVERIFY2(outcome.ok(), qPrintable(line + QStringLiteral(": ") + outcome.error));
        steps += outcome.changed ? 1 : 0;
    }
    QCOMPARE(document.toBytes(), expected);
    QCOMPARE(document.isModified(), expected != input);
    QCOMPARE(document.undoStack()->count(), steps);

    // The result reads back with no new problems, and the edits undo and redo exactly.
    ReviewDocument reread;
    QVERIFY(reread.loadBytes(expected));
    QCOMPARE(problemCodes(reread.problems()), expectedCodes);
    QVERIFY(reread.frontMatter().isEditable());
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.toBytes(), input);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QCOMPARE(document.toBytes(), expected);
}

void TestFrontMatterEditor::resolvesToNonString_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<bool>("nonString");
    const char *nonStrings[] = {"", "~", "null", "yes", "No", "on", "OFF", "true", "y", "845", "-3", "+7", "2.0",
                                ".5", "1e3", "1_000", "0x1F", "0o17", "0b101", ".inf", ".NaN", "1:30",
                                "2025-08-07", "2025-8-7", "2025-08-07 10:00:00"};
    for (const char *text : nonStrings)
        QTest::newRow(qPrintable(QStringLiteral("reads as non-string: '%1'").arg(QLatin1String(text))))
            << QString::fromLatin1(text) << true;
    const char *strings[] = {"sony", "Sony IER-M9", "yes please", "2.0.1", "v2", "1st", "2025-08", "0.7x", "nulls",
                             "in-ear"};
    for (const char *text : strings)
        QTest::newRow(qPrintable(QStringLiteral("reads as string: '%1'").arg(QLatin1String(text))))
            << QString::fromLatin1(text) << false;
}

void TestFrontMatterEditor::resolvesToNonString()
{
    QFETCH(QString, plain);
    QFETCH(bool, nonString);
    QCOMPARE(YamlScalar::resolvesToNonString(plain), nonString);
}

void TestFrontMatterEditor::plainSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("inFlow");
    QTest::addColumn<bool>("safe");
    QTest::newRow("simple words") << QStringLiteral("Pro Audio") << false << true;
    QTest::newRow("japanese") << QStringLiteral("ソニー") << false << true;
    QTest::newRow("colon inside word") << QStringLiteral("a:b") << false << true;
    QTest::newRow("colon blank") << QStringLiteral("Sony: IER") << false << false;
    QTest::newRow("ends with colon") << QStringLiteral("Sony:") << false << false;
    QTest::newRow("comment marker") << QStringLiteral("a #b") << false << false;
    QTest::newRow("starts with bracket") << QStringLiteral("[Limited]") << false << false;
    QTest::newRow("starts with dash") << QStringLiteral("- x") << false << false;
    QTest::newRow("starts with quote") << QStringLiteral("'x") << false << false;
    QTest::newRow("leading blank") << QStringLiteral(" x") << false << false;
    QTest::newRow("trailing blank") << QStringLiteral("x ") << false << false;
    QTest::newRow("line break") << QStringLiteral("a\nb") << false << false;
    QTest::newRow("comma outside flow") << QStringLiteral("a, b") << false << true;
    QTest::newRow("comma inside flow") << QStringLiteral("a, b") << true << false;
    QTest::newRow("bracket inside flow") << QStringLiteral("a]") << true << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestFrontMatterEditor::plainSafe()
{
    QFETCH(QString, text);
    QFETCH(bool, inFlow);
    QFETCH(bool, safe);
    QCOMPARE(YamlScalar::isPlainSafe(text, inFlow), safe);
}

void TestFrontMatterEditor::quoting()
{
    QCOMPARE(YamlScalar::doubleQuoted(QStringLiteral("a \"b\" \\ c")), QStringLiteral("\"a \\\"b\\\" \\\\ c\""));
    QCOMPARE(YamlScalar::doubleQuoted(QStringLiteral("a\nb\tc")), QStringLiteral("\"a\\nb\\tc\""));
    QCOMPARE(YamlScalar::doubleQuoted(QString(QChar(0x7))), QStringLiteral("\"\\u0007\""));
    QCOMPARE(YamlScalar::singleQuoted(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    QCOMPARE(YamlScalar::singleQuoted(QStringLiteral("a\nb")), QString());
}

void TestFrontMatterEditor::flowItemsAreSplitOutsideQuotes()
{
    const QString text = QStringLiteral("---\ntags: [ \"a, b\", 'it''s, ok', {x: 1, y: 2}, c ]\n---\n");
    const FrontMatter fm = FrontMatter::parse(text);
    QVERIFY(fm.isEditable());
    FrontMatterEditor editor(text, fm, Schema::builtin());
    QStringList items;
    for (const auto &span : editor.flowItems(*fm.entry(QStringLiteral("tags"))))
        items.append(text.mid(span.first, span.second - span.first));
    QCOMPARE(items, (QStringList{QStringLiteral("\"a, b\""), QStringLiteral("'it''s, ok'"),
                                 QStringLiteral("{x: 1, y: 2}"), QStringLiteral("c")}));
    QString error;
    const TextEdits edits = editor.setFlowItem(QStringLiteral("tags"), 3, QStringLiteral("d"), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(applyEdits(text, edits),
             QStringLiteral("---\ntags: [ \"a, b\", 'it''s, ok', {x: 1, y: 2}, d ]\n---\n"));
    QVERIFY(editor.setFlowItem(QStringLiteral("tags"), 4, QStringLiteral("e"), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("no item 5")));
}

QTEST_GUILESS_MAIN(TestFrontMatterEditor)
#include "tst_frontmattereditor.moc"
