// RecordReader: its fast line scanner must read exactly what the full YAML path reads.
// Every corpus file is checked against a record derived independently, here, from
// ReviewDocument (yaml-cpp); hand-made files cover each form that falls back to YAML and
// each way a file can be unreadable.

#include "document/ratings.h"
#include "document/reviewdocument.h"
#include "site/recordreader.h"
#include "testutil.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTest>

using namespace Rubric;

namespace {

const QString handMadePath = QStringLiteral("_products/en/acme/acme-widget.md");

qint8 referenceTenths(const std::optional<int> &tenths)
{
    return tenths && *tenths >= 0 && *tenths <= 127 ? qint8(*tenths) : ReviewRecord::noValue;
}

std::optional<double> referencePrice(const YamlValue &value)
{
    if (!value.isScalar() || value.quoted)
        return std::nullopt;
    bool ok = false;
    const QString &text = value.scalar;
    if (text.size() > 1 && text.startsWith(u'0') && !text.contains(u'.')) {
        const int octal = text.toInt(&ok, 8); // YAML 1.1, as the site reads it
        return ok ? std::optional<double>(octal) : std::nullopt;
    }
    const double number = text.toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

// The record as the editor's own document model sees the file.
ReviewRecord reference(const QByteArray &bytes, const QString &path, const Schema &schema)
{
    ReviewRecord record;
    record.path = path;
    record.size = bytes.size();
    const QString folderLang = path.section(u'/', 1, 1);
    ReviewDocument document(schema);
    if (!document.loadBytes(bytes, path) || !document.frontMatter().parsed()) {
        record.readable = false;
        record.lang = folderLang;
        return record;
    }
    const auto text = [&document](const char *key) { return document.string(QString::fromLatin1(key)); };
    record.layout = text("layout");
    record.lang = text("lang").isEmpty() ? folderLang : text("lang");
    record.companyId = text("company_id");
    record.ref = text("ref");
    record.targetName = text("target_name");
    record.title = text("title");
    record.date = QDate::fromString(text("date"), QStringLiteral("yyyy-MM-dd"));
    record.price = referencePrice(document.value(QStringLiteral("price")));
    const YamlValue tags = document.value(QStringLiteral("tags"));
    record.tags = tags.isSequence() ? tags.scalarItems() : QStringList();
    record.axisCount = qint8(std::min<qsizetype>(schema.axes().size(), ReviewRecord::maxAxes));
    record.axes.fill(ReviewRecord::noValue);
    const Ratings ratings = document.ratings();
    record.total = referenceTenths(ratings.total());
    for (int i = 0; i < record.axisCount; ++i)
        record.axes[size_t(i)] = referenceTenths(ratings.axis(i));
    return record;
}

QString describe(const ReviewRecord &r)
{
    QStringList axes;
    for (int i = 0; i < ReviewRecord::maxAxes; ++i)
        axes << QString::number(r.axes[size_t(i)]);
    return QStringList{r.path, QString::number(r.size), QString::number(r.modified), r.layout, r.lang,
                       r.companyId, r.ref, r.targetName, r.title, r.date.toString(Qt::ISODate),
                       r.price ? QString::number(*r.price, 'g', 17) : QStringLiteral("no price"),
                       u'[' + r.tags.join(QStringLiteral("|")) + u']', QString::number(r.total),
                       axes.join(u','), QString::number(r.axisCount),
                       r.readable ? QStringLiteral("readable") : QStringLiteral("unreadable"), r.error}
        .join(QStringLiteral("\n"));
}

QByteArray review(const QByteArray &frontMatter, const QByteArray &body = QByteArrayLiteral("## Overview\n"))
{
    return "---\n" + frontMatter + "---\n" + body;
}

const QByteArray usualFields = QByteArrayLiteral("layout: product\n"
                                                 "title: \"Acme Widget Product Review\"\n"
                                                 "target_name: \"Acme Widget\"\n"
                                                 "company_id: acme\n"
                                                 "lang: en\n"
                                                 "ref: acme-widget\n"
                                                 "date: 2025-08-07\n"
                                                 "rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]\n"
                                                 "price: 1093\n");

} // namespace

class TestRecordReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusMatchesYaml_data();
    void corpusMatchesYaml();
    void corpusMostlyAvoidsYaml();
    void handMade_data();
    void handMade();
    void unreadable_data();
    void unreadable();
    void missingFile();
};

void TestRecordReader::corpusMatchesYaml_data()
{
    QTest::addColumn<QString>("path");
    for (const auto &path : Test::corpusFiles())
        QTest::newRow(qPrintable(path)) << path;
}

void TestRecordReader::corpusMatchesYaml()
{
    QFETCH(QString, path);
    const Schema &schema = Schema::builtin();
    const ReviewRecord fast = RecordReader::read(Test::corpusDir(), path, schema);
    const QString absolute = Test::corpusDir() + u'/' + path;
    ReviewRecord expected = reference(Test::readFile(absolute), path, schema);
    expected.modified = QFileInfo(absolute).lastModified().toMSecsSinceEpoch();
    QVERIFY2(fast.readable, qPrintable(fast.error));
    QCOMPARE(describe(fast), describe(expected));
    QVERIFY(fast == expected);
}

void TestRecordReader::corpusMostlyAvoidsYaml()
{
    // Not a timing: the fast path must actually be the one taken for the site's forms.
    const qint64 before = RecordReader::fallbackCount();
    const QStringList files = Test::corpusFiles();
    for (const auto &path : files)
        RecordReader::read(Test::corpusDir(), path, Schema::builtin());
    const qint64 fallbacks = RecordReader::fallbackCount() - before;
    qInfo("%lld of %lld corpus files needed the YAML parser", fallbacks, qint64(files.size()));
    QVERIFY2(fallbacks * 100 < files.size(), "more than 1% of the corpus left the fast path");
}

void TestRecordReader::handMade_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("viaYaml");
    QTest::addColumn<QString>("field"); // one field to check by hand, besides the reference
    QTest::addColumn<QString>("expected");

    // Forms the fast scanner reads itself.
    QTest::newRow("escaped quotes and backslashes")
        << review(usualFields + "summary: \"Say \\\"hi\\\" C:\\\\dir\"\n") << false << QString() << QString();
    QTest::newRow("double-quoted title with escapes")
        << review("title: \"A \\\"B\\\" \\\\ C\"\n") << false << QStringLiteral("title")
        << QStringLiteral("A \"B\" \\ C");
    QTest::newRow("single-quoted name with a doubled quote")
        << review("target_name: 'It''s #1'\n") << false << QStringLiteral("targetName") << QStringLiteral("It's #1");
    QTest::newRow("flow list of plain, quoted and numeric tags")
        << review(usualFields + "tags: [Balanced armature, \"In-ear, monitors\", 2.0, 845, 'x y']\n") << false
        << QStringLiteral("tags") << QStringLiteral("Balanced armature|In-ear, monitors|2.0|845|x y");
    QTest::newRow("tag with a colon inside a word")
        << review("tags: [Dolby Atmos, DTS:X, DTS:X Pro]\n") << false << QStringLiteral("tags")
        << QStringLiteral("Dolby Atmos|DTS:X|DTS:X Pro");
    QTest::newRow("tag with a quote inside a word")
        << review("tags: [D'Appolito, 5\" drivers]\n") << false << QStringLiteral("tags")
        << QStringLiteral("D'Appolito|5\" drivers");
    QTest::newRow("empty flow list") << review("tags: []\n") << false << QStringLiteral("tags") << QString();
    QTest::newRow("inline comment after a price")
        << review("price: 8200 # per pair\n") << false << QStringLiteral("price") << QStringLiteral("8200");
    QTest::newRow("price with trailing zeros")
        << review("price: 149.0\n") << false << QStringLiteral("price") << QStringLiteral("149");
    QTest::newRow("trailing spaces after values")
        << review("ref: acme-widget   \ntitle: \"T\"  \n") << false << QStringLiteral("ref")
        << QStringLiteral("acme-widget");
    QTest::newRow("duplicate key, the last one wins")
        << review("title: \"First\"\nref: a\ntitle: \"Second\"\n") << false << QStringLiteral("title")
        << QStringLiteral("Second");
    QTest::newRow("integer ratings")
        << review("rating: [1, 0, 0, 1, 0, 0]\n") << false << QStringLiteral("total") << QStringLiteral("10");
    QTest::newRow("quoted rating item is not a number")
        << review("rating: [\"3.2\", 0.7, 0.8, 0.3, 0.8, 0.6]\n") << false << QStringLiteral("total")
        << QStringLiteral("-1");
    QTest::newRow("rating that is not a tenth")
        << review("rating: [3.25, 0.7, 0.8, 0.3, 0.8, 0.6]\n") << false << QStringLiteral("total")
        << QStringLiteral("-1");
    QTest::newRow("empty value and null word")
        << review("company_id:\nref: ~\n") << false << QStringLiteral("ref") << QString();
    QTest::newRow("missing lang falls back to the folder")
        << review("layout: product\n") << false << QStringLiteral("lang") << QStringLiteral("en");
    QTest::newRow("comment and blank lines")
        << review("# a comment\n\nref: a # why\n   \n") << false << QStringLiteral("ref") << QStringLiteral("a");
    QTest::newRow("CRLF line breaks")
        << QByteArray(usualFields).replace("\n", "\r\n").prepend("---\r\n").append("---\r\nBody\r\n") << false
        << QStringLiteral("title") << QStringLiteral("Acme Widget Product Review");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF" + review(usualFields)) << false
                                     << QStringLiteral("ref") << QStringLiteral("acme-widget");
    QTest::newRow("opening line with a trailing space")
        << QByteArray("--- \n" + usualFields + "---\n") << false << QStringLiteral("ref")
        << QStringLiteral("acme-widget");
    QTest::newRow("date that is not a calendar day")
        << review("date: 2025-02-30\n") << false << QStringLiteral("date") << QString();

    // Forms left to yaml-cpp.
    QTest::newRow("block list of tags")
        << review("tags:\n  - one\n  - two\n") << true << QStringLiteral("tags") << QStringLiteral("one|two");
    QTest::newRow("block list at the key's indentation")
        << review("tags:\n- one\n- two\n") << true << QStringLiteral("tags") << QStringLiteral("one|two");
    QTest::newRow("plain string continued on the next line")
        << review("title: A long\n  title\n") << true << QStringLiteral("title") << QStringLiteral("A long title");
    QTest::newRow("double-quoted string over two lines")
        << review("title: \"A long\n  title\"\n") << true << QStringLiteral("title")
        << QStringLiteral("A long title");
    QTest::newRow("folded block scalar")
        << review("title: >\n  Folded\n  title\n") << true << QStringLiteral("title")
        << QStringLiteral("Folded title\n");
    QTest::newRow("literal block scalar")
        << review("title: |\n  Literal\n") << true << QStringLiteral("title") << QStringLiteral("Literal\n");
    QTest::newRow("anchor and alias")
        << review("company_id: &c acme\nref: *c\n") << true << QStringLiteral("ref") << QStringLiteral("acme");
    QTest::newRow("price with a leading zero is octal")
        << review("price: 0123\n") << true << QStringLiteral("price") << QStringLiteral("83");
    QTest::newRow("unicode escape in a double-quoted string")
        << review("title: \"caf\\u00e9\"\n") << true << QStringLiteral("title") << QStringLiteral("café");
    QTest::newRow("flow list over two lines")
        << review("tags: [a,\n  b]\n") << true << QStringLiteral("tags") << QStringLiteral("a|b");
    QTest::newRow("flow mapping value")
        << review(usualFields + "extra: {a: b}\n") << true << QStringLiteral("ref") << QStringLiteral("acme-widget");
    QTest::newRow("tab before a comment")
        << review("ref: a\t# tabbed\n") << true << QStringLiteral("ref") << QStringLiteral("a");
    QTest::newRow("colon and blank inside a flow list")
        << review("tags: [a: b]\n") << true << QStringLiteral("ref") << QString();
    QTest::newRow("explicit tag") << review("ref: !!str 123\n") << true << QStringLiteral("ref")
                                  << QStringLiteral("123");
}

void TestRecordReader::handMade()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, viaYaml);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Schema &schema = Schema::builtin();
    const qint64 before = RecordReader::fallbackCount();
    const ReviewRecord record = RecordReader::fromBytes(bytes, handMadePath, schema);
    QCOMPARE(RecordReader::fallbackCount() - before, viaYaml ? 1 : 0);
    QVERIFY2(record.readable, qPrintable(record.error));
    QCOMPARE(describe(record), describe(reference(bytes, handMadePath, schema)));

    QString actual;
    if (field == QLatin1String("title"))
        actual = record.title;
    else if (field == QLatin1String("targetName"))
        actual = record.targetName;
    else if (field == QLatin1String("ref"))
        actual = record.ref;
    else if (field == QLatin1String("lang"))
        actual = record.lang;
    else if (field == QLatin1String("tags"))
        actual = record.tags.join(u'|');
    else if (field == QLatin1String("price"))
        actual = record.price ? QString::number(*record.price) : QString();
    else if (field == QLatin1String("total"))
        actual = QString::number(record.total);
    else if (field == QLatin1String("date"))
        actual = record.date.isValid() ? record.date.toString(Qt::ISODate) : QString();
    if (!field.isEmpty())
        QCOMPARE(actual, expected);
}

void TestRecordReader::unreadable_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("invalid UTF-8 names its byte offset")
        << QByteArray("---\nref: a\xFF\n---\n") << QStringLiteral("byte offset 10");
    QTest::newRow("invalid UTF-8 in the body too")
        << QByteArray("---\nref: a\n---\nbody \xC0\xAF\n") << QStringLiteral("byte offset 20");
    QTest::newRow("encoded surrogate is not UTF-8")
        << QByteArray("---\nref: \xED\xA0\x80\n---\n") << QStringLiteral("byte offset 9");
    QTest::newRow("code point above U+10FFFF")
        << QByteArray("---\nref: \xF4\x90\x80\x80\n---\n") << QStringLiteral("byte offset 9");
    QTest::newRow("no front matter") << QByteArray("# Just Markdown\n") << QStringLiteral("line 1:");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("line 1:");
    QTest::newRow("front matter never closed")
        << QByteArray("---\nref: a\ntitle: b\n") << QStringLiteral("line 1:");
    QTest::newRow("quoted value never closed")
        << review("ref: a\ntitle: \"open\n") << QStringLiteral("line 3:");
    QTest::newRow("mapping inside a plain value")
        << review("ref: a\ntitle: a: b\n") << QStringLiteral("line 3:");
    QTest::newRow("front matter that is a list") << review("- a\n- b\n") << QStringLiteral("line 2:");
    QTest::newRow("bad indentation")
        << review("ref: a\n  title: b\n") << QStringLiteral("line ");
}

void TestRecordReader::unreadable()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    const ReviewRecord record = RecordReader::fromBytes(bytes, handMadePath, Schema::builtin());
    QVERIFY(!record.readable);
    QVERIFY2(record.error.contains(errorPart), qPrintable(record.error));
    QCOMPARE(record.lang, QStringLiteral("en"));
    QCOMPARE(record.path, handMadePath);
    QVERIFY(!reference(bytes, handMadePath, Schema::builtin()).readable);
}

void TestRecordReader::missingFile()
{
    const ReviewRecord record =
        RecordReader::read(Test::corpusDir(), QStringLiteral("_products/en/none/none.md"), Schema::builtin());
    QVERIFY(!record.readable);
    QVERIFY(!record.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRecordReader)
#include "tst_recordreader.moc"
