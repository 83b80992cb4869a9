// Splitting a file into front matter and body, and the clear refusals of files that
// cannot be worked with: each names its problem code and the 1-based file position.
#include "document/frontmatter.h"
#include "document/reviewdocument.h"

#include "schema/schema.h"

#include <QTest>

#include <functional>

#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Rubric;

namespace {

const char *const goodYaml = "layout: product\n"
                             "title: \"Sony IER-M9 Product Review\"\n"
                             "rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]\n"
                             "price: 1093\n"
                             "tags: [Sony, \"845\"]\n";

QString withFrontMatter(const char *yaml, const char *body = "## Overview\n")
{
    return QStringLiteral("---\n") + QString::fromUtf8(yaml) + QStringLiteral("---\n") + QString::fromUtf8(body);
}

// A file with `count` extra keys besides the usual ones.
QByteArray manyKeys(int count)
{
    QByteArray bytes = "---\nlayout: product\ntitle: \"Many keys\"\nrating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]\nprice: 1093\n";
    for (int i = 0; i < count; ++i)
        bytes += "extra_key_" + QByteArray::number(i) + ": value " + QByteArray::number(i) + '\n';
    return bytes + "---\n## Overview\n";
}

// Instructions this process executes in user space while `work` runs: work counted, not
// timed, so the figure does not depend on the machine's load. -1 when the kernel offers
// no such counter (some virtual machines, perf_event_paranoid).
qint64 instructions(const std::function<void()> &work)
{
    perf_event_attr attr{};
    attr.type = PERF_TYPE_HARDWARE;
    attr.size = sizeof(attr);
    attr.config = PERF_COUNT_HW_INSTRUCTIONS;
    attr.disabled = 1;
    attr.exclude_kernel = 1;
    attr.exclude_hv = 1;
    const int fd = int(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
    if (fd < 0)
        return -1;
    ioctl(fd, PERF_EVENT_IOC_RESET, 0);
    ioctl(fd, PERF_EVENT_IOC_ENABLE, 0);
    work();
    ioctl(fd, PERF_EVENT_IOC_DISABLE, 0);
    qint64 count = -1;
    if (read(fd, &count, sizeof(count)) != sizeof(count))
        count = -1;
    close(fd);
    return count;
}

// What `rubric show` and `rubric set` do with a file: load, read every key, change one.
void showAndSet(const QByteArray &bytes)
{
    ReviewDocument document(Schema::builtin());
    QVERIFY(document.loadBytes(bytes));
    qsizetype found = 0;
    for (const auto &key : document.frontMatter().keys())
        found += document.frontMatter().entry(key) != nullptr && document.frontMatter().contains(key);
    QCOMPARE(found, document.frontMatter().keys().size());
    QVERIFY(document.setFieldText(QStringLiteral("price"), QStringLiteral("1200")).ok());
}

} // namespace

class TestFrontMatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workGrowsLinearlyWithTheKeys();
    void split_data();
    void split();
    void entriesAndStyles();
    void valuesAsYamlReadsThem();
    void duplicateKeyWarnsAndLastWins();
    void unusualLayoutIsNotEditable();
    void refusedFrontMatter_data();
    void refusedFrontMatter();
    void refusedEditsLeaveTextUnchanged();
    void invalidUtf8IsRefused_data();
    void invalidUtf8IsRefused();
};

void TestFrontMatter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("lineBreak");
    QTest::newRow("plain") << withFrontMatter("a: 1\n", "body\n") << QStringLiteral("a: 1\n")
                           << QStringLiteral("body\n") << QStringLiteral("\n");
    QTest::newRow("crlf") << QStringLiteral("---\r\na: 1\r\n---\r\nbody\r\n") << QStringLiteral("a: 1\r\n")
                          << QStringLiteral("body\r\n") << QStringLiteral("\r\n");
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFF---\na: 1\n---\nbody") << QStringLiteral("a: 1\n")
                                     << QStringLiteral("body") << QStringLiteral("\n");
    QTest::newRow("opener with trailing spaces") << QStringLiteral("---  \na: 1\n---\n") << QStringLiteral("a: 1\n")
                                                 << QString() << QStringLiteral("\n");
    QTest::newRow("closer with trailing tab") << QStringLiteral("---\na: 1\n---\t\nx") << QStringLiteral("a: 1\n")
                                              << QStringLiteral("x") << QStringLiteral("\n");
    QTest::newRow("dots close") << QStringLiteral("---\na: 1\n...\nx\n") << QStringLiteral("a: 1\n")
                                << QStringLiteral("x\n") << QStringLiteral("\n");
    QTest::newRow("closer without final newline") << QStringLiteral("---\na: 1\n---") << QStringLiteral("a: 1\n")
                                                  << QString() << QStringLiteral("\n");
    QTest::newRow("empty front matter") << QStringLiteral("---\n---\nx") << QString() << QStringLiteral("x")
                                        << QStringLiteral("\n");
    QTest::newRow("later rule is body") << QStringLiteral("---\na: 1\n---\nx\n---\n") << QStringLiteral("a: 1\n")
                                        << QStringLiteral("x\n---\n") << QStringLiteral("\n");
}

void TestFrontMatter::split()
{
    QFETCH(QString, text);
    QFETCH(QString, yaml);
    QFETCH(QString, body);
    QFETCH(QString, lineBreak);
    const FrontMatter fm = FrontMatter::parse(text);
    QVERIFY(fm.exists());
    QVERIFY(fm.isClosed());
    QVERIFY2(fm.parsed(), qPrintable(fm.problems().value(0).message));
    QVERIFY(fm.isEditable());
    QVERIFY(fm.problems().isEmpty());
    QCOMPARE(text.mid(fm.yamlStart(), fm.yamlEnd() - fm.yamlStart()), yaml);
    QCOMPARE(text.mid(fm.bodyStart()), body);
    QCOMPARE(fm.lineBreak(), lineBreak);
}

void TestFrontMatter::entriesAndStyles()
{
    const QString text = withFrontMatter("a: plain # note\n"
                                         "b: \"dq\"  \n"
                                         "c: 'sq'\n"
                                         "d: [x, y]\n"
                                         "e: {k: v}\n"
                                         "f:\n"
                                         "# comment\n"
                                         "g: |\n"
                                         "  text\n"
                                         "\n"
                                         "h:\n"
                                         "  - item\n"
                                         "i: &anchor v\n"
                                         "j: continued\n"
                                         "  plain\n");
    const FrontMatter fm = FrontMatter::parse(text);
    QVERIFY(fm.isEditable());
    const QList<QPair<const char *, ValueStyle>> expected = {
        {"a", ValueStyle::Plain},        {"b", ValueStyle::DoubleQuoted}, {"c", ValueStyle::SingleQuoted},
        {"d", ValueStyle::FlowSequence}, {"e", ValueStyle::FlowMapping},  {"f", ValueStyle::Empty},
        {"g", ValueStyle::BlockScalar},  {"h", ValueStyle::BlockCollection}, {"i", ValueStyle::Other},
        {"j", ValueStyle::Plain}};
    QCOMPARE(fm.entries().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const FrontMatterEntry &entry = fm.entries().at(i);
        QCOMPARE(entry.key, QString::fromLatin1(expected.at(i).first));
        QCOMPARE(int(entry.style), int(expected.at(i).second));
    }
    auto valueText = [&](const char *key) {
        const FrontMatterEntry *entry = fm.entry(QString::fromLatin1(key));
        return text.mid(entry->valueStart, entry->valueEnd - entry->valueStart);
    };
    QCOMPARE(valueText("a"), QStringLiteral("plain"));
    QCOMPARE(valueText("b"), QStringLiteral("\"dq\""));
    QCOMPARE(valueText("d"), QStringLiteral("[x, y]"));
    QCOMPARE(valueText("f"), QString());
    QCOMPARE(valueText("g"), QStringLiteral("|\n  text"));
    QCOMPARE(valueText("h"), QStringLiteral("  - item"));
    QCOMPARE(valueText("j"), QStringLiteral("continued\n  plain"));
    QCOMPARE(fm.entry(QStringLiteral("b"))->keyLine, 2); // 0-based file line
    // An entry runs to its last line, not over the comment before the next key.
    const FrontMatterEntry *f = fm.entry(QStringLiteral("f"));
    QCOMPARE(text.mid(f->start, f->end - f->start), QStringLiteral("f:\n"));
}

void TestFrontMatter::valuesAsYamlReadsThem()
{
    const FrontMatter fm = FrontMatter::parse(withFrontMatter(goodYaml));
    QCOMPARE(fm.keys(), (QStringList{QStringLiteral("layout"), QStringLiteral("title"), QStringLiteral("rating"),
                                     QStringLiteral("price"), QStringLiteral("tags")}));
    QCOMPARE(fm.value(QStringLiteral("title")).scalar, QStringLiteral("Sony IER-M9 Product Review"));
    QVERIFY(fm.value(QStringLiteral("title")).quoted);
    QVERIFY(!fm.value(QStringLiteral("price")).quoted);
    const YamlValue tags = fm.value(QStringLiteral("tags"));
    QVERIFY(tags.isSequence());
    QCOMPARE(tags.scalarItems(), (QStringList{QStringLiteral("Sony"), QStringLiteral("845")}));
    QVERIFY(!tags.items.at(0).quoted);
    QVERIFY(tags.items.at(1).quoted);
    QCOMPARE(fm.value(QStringLiteral("rating")).items.size(), 6);
    QVERIFY(fm.value(QStringLiteral("missing")).isNull());
    QVERIFY(!fm.contains(QStringLiteral("missing")));
}

void TestFrontMatter::duplicateKeyWarnsAndLastWins()
{
    const QString text = withFrontMatter("price: 999\ntitle: x\nprice: 1093\n");
    const FrontMatter fm = FrontMatter::parse(text);
    QVERIFY(fm.isEditable());
    QCOMPARE(fm.value(QStringLiteral("price")).scalar, QStringLiteral("1093"));
    QCOMPARE(fm.occurrences(QStringLiteral("price")).size(), 2);
    QCOMPARE(fm.entry(QStringLiteral("price"))->keyLine, 3);
    QCOMPARE(fm.problems().size(), 1);
    const Problem &problem = fm.problems().front();
    QCOMPARE(problem.code, QStringLiteral("frontmatter.duplicate-key"));
    QVERIFY(!problem.isError());
    QCOMPARE(problem.line, 4);
    QCOMPARE(problem.field, QStringLiteral("price"));
    QVERIFY2(problem.message.contains(QLatin1String("line 2")), qPrintable(problem.message));
}

void TestFrontMatter::unusualLayoutIsNotEditable()
{
    // A flow mapping spread over lines: YAML reads it, but the key scan does not match.
    const FrontMatter fm = FrontMatter::parse(withFrontMatter("? complex\n: value\ntitle: x\n"));
    QVERIFY(fm.parsed());
    QVERIFY(!fm.isEditable());
    QVERIFY(!fm.notEditableReason().isEmpty());
    QVERIFY(fm.entries().isEmpty());
}

void TestFrontMatter::refusedFrontMatter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("no front matter") << QStringLiteral("# Title\n\ntext\n") << QStringLiteral("load.no-front-matter")
                                     << 1 << 1;
    QTest::newRow("empty file") << QString() << QStringLiteral("load.no-front-matter") << 1 << 1;
    QTest::newRow("opener not on first line") << QStringLiteral("\n---\na: 1\n---\n")
                                              << QStringLiteral("load.no-front-matter") << 1 << 1;
    QTest::newRow("opener with text after") << QStringLiteral("--- a\nb: 1\n---\n")
                                            << QStringLiteral("load.no-front-matter") << 1 << 1;
    QTest::newRow("never closed") << QStringLiteral("---\na: 1\nb: 2\n") << QStringLiteral("load.front-matter-unclosed")
                                  << 1 << 1;
    QTest::newRow("not a mapping") << QStringLiteral("---\n- a\n- b\n---\n")
                                   << QStringLiteral("load.front-matter-not-mapping") << 2 << 1;
    QTest::newRow("unclosed flow list") << withFrontMatter("a: 1\ntags: [a, b\nc: 2\n")
                                        << QStringLiteral("load.yaml-syntax") << 4 << 2;
    QTest::newRow("unclosed double quote") << withFrontMatter("a: 1\nb: 2\ntitle: \"Sony\n")
                                           << QStringLiteral("load.yaml-syntax") << 4 << 8;
    QTest::newRow("unclosed single quote before a key")
        << withFrontMatter("a: 1\ntitle:   'Sony\nb: 2\n") << QStringLiteral("load.yaml-syntax") << 3 << 10;
    QTest::newRow("second colon in plain value") << withFrontMatter("a: 1\ntitle: Sony: IER\n")
                                                 << QStringLiteral("load.yaml-syntax") << 3 << 12;
    QTest::newRow("column counts characters not bytes")
        << withFrontMatter("a: 1\ntitle: ソニー: IER\n") << QStringLiteral("load.yaml-syntax") << 3 << 11;
    QTest::newRow("with byte order mark") << QStringLiteral("\uFEFF---\na: 1\ntitle: Sony: IER\n---\n")
                                          << QStringLiteral("load.yaml-syntax") << 3 << 12;
    QTest::newRow("crlf") << QStringLiteral("---\r\na: 1\r\ntitle: Sony: IER\r\n---\r\n")
                          << QStringLiteral("load.yaml-syntax") << 3 << 12;
    QTest::newRow("bad indentation") << withFrontMatter("a: 1\nb: 2\n  c: 3\n") << QStringLiteral("load.yaml-syntax")
                                     << 4 << 4;
}

void TestFrontMatter::refusedFrontMatter()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    const FrontMatter fm = FrontMatter::parse(text);
    QVERIFY(!fm.parsed());
    QVERIFY(!fm.isEditable());
    QVERIFY(!fm.problems().isEmpty());
    const Problem &problem = fm.problems().front();
    QCOMPARE(problem.code, code);
    QVERIFY(problem.isError());
    QVERIFY(!problem.message.isEmpty());
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);
    QVERIFY(fm.keys().isEmpty());

    // The document still loads (the text is there to be fixed), reporting the problem.
    ReviewDocument document;
    QVERIFY(document.loadBytes(text.toUtf8()));
    QVERIFY(hasErrors(document.problems()));
    QCOMPARE(document.problems().front().code, code);
}

void TestFrontMatter::refusedEditsLeaveTextUnchanged()
{
    const QList<QByteArray> files = {"# no front matter\n", "---\na: 1\n", "---\ntitle: [x\n---\nbody\n"};
    for (const auto &bytes : files) {
        ReviewDocument document;
        QVERIFY(document.loadBytes(bytes));
        for (const auto &outcome : {document.setFieldText(QStringLiteral("title"), QStringLiteral("New")),
                                    document.setAxis(QStringLiteral("technology_level"), 5),
                                    document.removeField(QStringLiteral("title"))}) {
            QVERIFY2(!outcome.ok(), bytes.constData());
            QVERIFY(!outcome.changed);
        }
        QCOMPARE(document.toBytes(), bytes);
        QVERIFY(!document.isModified());
    }
}

void TestFrontMatter::invalidUtf8IsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("latin-1 in the title") << QByteArray("---\ntitle: caf\xE9\n---\n") << 14 << 2 << 11;
    QTest::newRow("truncated at the end") << QByteArray("---\na: 1\n---\n\xE3\x81") << 13 << 4 << 1;
    QTest::newRow("stray continuation after japanese")
        << (QByteArray("---\n---\n") + QStringLiteral("日本").toUtf8() + QByteArray("\x80")) << 14 << 3 << 3;
}

void TestFrontMatter::invalidUtf8IsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    ReviewDocument document;
    QVERIFY(!document.loadBytes(bytes));
    QVERIFY(document.text().isEmpty());
    QCOMPARE(document.problems().size(), 1);
    const Problem problem = document.problems().front(); // a copy: problems() returns a temporary list
    QCOMPARE(problem.code, QStringLiteral("load.invalid-utf8"));
    QVERIFY(problem.isError());
    QVERIFY2(problem.message.contains(QStringLiteral("byte offset %1").arg(offset)), qPrintable(problem.message));
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);
}

void TestFrontMatter::workGrowsLinearlyWithTheKeys()
{
    const QByteArray small = manyKeys(10000);
    const QByteArray large = manyKeys(80000);
    // Eight times the keys: linear work is about 8x (hash tables and allocation add a
    // little); one rescan per key would be about 64x.
    qint64 before = FrontMatter::lookupSteps();
    showAndSet(small);
    const qint64 smallSteps = FrontMatter::lookupSteps() - before;
    before = FrontMatter::lookupSteps();
    showAndSet(large);
    const qint64 largeSteps = FrontMatter::lookupSteps() - before;
    const double stepRatio = double(largeSteps) / double(smallSteps);
    qInfo("lookup steps: 10,000 keys %lld, 80,000 keys %lld, ratio %.1f (8 linear, 64 quadratic)", smallSteps,
          largeSteps, stepRatio);
    QVERIFY2(stepRatio < 12, qPrintable(QString::number(stepRatio)));

    // Where the hardware counts instructions, everything else the same calls do, too.
    const qint64 smallWork = instructions([&small] { showAndSet(small); });
    if (smallWork < 0) {
        qInfo("no hardware instruction counter here (perf_event_open refused): lookup steps only");
        return;
    }
    const qint64 largeWork = instructions([&large] { showAndSet(large); });
    const double ratio = double(largeWork) / double(smallWork);
    qInfo("instructions: 10,000 keys %lld, 80,000 keys %lld, ratio %.1f", smallWork, largeWork, ratio);
    QVERIFY2(ratio < 12, qPrintable(QString::number(ratio)));
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
