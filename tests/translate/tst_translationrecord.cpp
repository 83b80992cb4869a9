// The translation record: a sorted, deterministic YAML file at the site root that reads
// back as written, survives edits made by others between reading and writing, and is
// never overwritten when it does not read.
#include "translate/translationrecord.h"
#include "translatetestutil.h"

using namespace Rubric;

class TestTranslationRecord final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesSortedAndReadsBack();
    void missingFileIsAnEmptyRecord();
    void brokenFileIsAnErrorAndIsNotOverwritten();
    void updateKeepsChangesMadeMeanwhile();
    void emptyRecordRemovesTheFile();
};

void TestTranslationRecord::writesSortedAndReadsBack()
{
    TranslationRecord record;
    // Inserted out of order: the file is sorted whatever the order of the changes.
    record.setSectionDone(QStringLiteral("_products/ja/sony/sony-ier-m9.md"), QStringLiteral("overview"), QStringLiteral("bbbb"));
    record.setSectionDone(QStringLiteral("_products/ja/sony/sony-ier-m9.md"), QStringLiteral("advice"), QStringLiteral("aaaa"));
    record.setFieldDone(QStringLiteral("_products/ja/sony/sony-ier-m9.md"), QStringLiteral("summary"), QStringLiteral("1234"));
    record.setSource(QStringLiteral("_products/ja/sony/sony-ier-m9.md"), QStringLiteral("_products/en/sony/sony-ier-m9.md"));
    record.setSource(QStringLiteral("_companies/en/a b.md"), QStringLiteral("_companies/ja/a b.md"));
    const QByteArray expected =
        "# Rubric's translation record: the source text each translation was made from.\n"
        "# Written by Rubric (see docs/translation-record.md); safe to commit and to merge.\n"
        "version: 1\n"
        "translations:\n"
        "  _companies/en/a b.md:\n"
        "    source: _companies/ja/a b.md\n"
        "  _products/ja/sony/sony-ier-m9.md:\n"
        "    source: _products/en/sony/sony-ier-m9.md\n"
        "    fields:\n"
        "      summary: \"1234\"\n"   // would read as a number unquoted
        "    sections:\n"
        "      advice: aaaa\n"
        "      overview: bbbb\n";
    QCOMPARE(record.toYaml(), expected);
    QString error;
    const auto back = TranslationRecord::fromYaml(expected, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == record);
    QCOMPARE(back->entry(QStringLiteral("_products/ja/sony/sony-ier-m9.md"))->fields.value(QStringLiteral("summary")),
             QStringLiteral("1234"));
}

void TestTranslationRecord::missingFileIsAnEmptyRecord()
{
    QTemporaryDir dir;
    QString error;
    const auto record = TranslationRecord::load(dir.path(), &error);
    QVERIFY(record);
    QVERIFY(record->isEmpty());
    QVERIFY(error.isEmpty());
}

void TestTranslationRecord::brokenFileIsAnErrorAndIsNotOverwritten()
{
    QTemporaryDir dir;
    const QByteArray broken = "version: 1\ntranslations:\n  a.md: [unclosed\n";
    QVERIFY(Test::writeFile(TranslationRecord::pathFor(dir.path()), broken));
    QString error;
    QVERIFY(!TranslationRecord::load(dir.path(), &error));
    QVERIFY2(error.contains(TranslationRecord::fileName()) && error.contains(QLatin1String(":4:")), qPrintable(error));
    error.clear();
    const auto updated = TranslationRecord::update(dir.path(), [](TranslationRecord &record) {
        record.setSource(QStringLiteral("b.md"), QStringLiteral("c.md"));
    }, &error);
    QVERIFY(!updated);
    QVERIFY(!error.isEmpty());
    QCOMPARE(Test::readFile(TranslationRecord::pathFor(dir.path())), broken);
}

void TestTranslationRecord::updateKeepsChangesMadeMeanwhile()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(TranslationRecord::update(dir.path(), [](TranslationRecord &record) {
        record.setSectionDone(QStringLiteral("ja.md"), QStringLiteral("overview"), QStringLiteral("aaaa"));
    }, &error), qPrintable(error));
    // Someone else (a git pull) adds an entry by hand, in another order and style.
    QByteArray edited = Test::readFile(TranslationRecord::pathFor(dir.path()));
    edited += "  'other.md': {source: en.md, sections: {advice: 'cccc'}}\n";
    QVERIFY(Test::writeFile(TranslationRecord::pathFor(dir.path()), edited));
    const auto record = TranslationRecord::update(dir.path(), [](TranslationRecord &r) {
        r.setSectionDone(QStringLiteral("ja.md"), QStringLiteral("advice"), QStringLiteral("bbbb"));
    }, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->targets(), QStringList({QStringLiteral("ja.md"), QStringLiteral("other.md")}));
    QCOMPARE(record->entry(QStringLiteral("other.md"))->sections.value(QStringLiteral("advice")), QStringLiteral("cccc"));
    QCOMPARE(record->entry(QStringLiteral("ja.md"))->sections.size(), 2);
    // Written back in Rubric's own form.
    QCOMPARE(Test::readFile(TranslationRecord::pathFor(dir.path())), record->toYaml());
}

void TestTranslationRecord::emptyRecordRemovesTheFile()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(TranslationRecord::update(dir.path(), [](TranslationRecord &r) { r.setSource(QStringLiteral("a"), QStringLiteral("b")); }, &error));
    QVERIFY(QFile::exists(TranslationRecord::pathFor(dir.path())));
    QVERIFY(TranslationRecord::update(dir.path(), [](TranslationRecord &r) { r.remove(QStringLiteral("a")); }, &error));
    QVERIFY(!QFile::exists(TranslationRecord::pathFor(dir.path())));
}

QTEST_GUILESS_MAIN(TestTranslationRecord)
#include "tst_translationrecord.moc"
