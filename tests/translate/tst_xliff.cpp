// XLIFF exchange: units per paragraph, list item, table row and subheading, Markdown and
// score lines as <ph> codes that come back unchanged; importing the untranslated export
// of every corpus pair changes nothing; importing a translated export gives the golden
// file (tests/data/translate/<case>/).
#include "document/reviewdocument.h"
#include "site/siteindex.h"
#include "translate/reviewtext.h"
#include "translate/segments.h"
#include "translate/translationcreator.h"
#include "translate/translationpairs.h"
#include "translate/translationrecord.h"
#include "translate/translationstatus.h"
#include "translate/xliffexchange.h"
#include "translatetestutil.h"

#include <QProcess>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Rubric;

class TestXliff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitsProtectMarkdown();
    void protectKeepsEveryCorpusSegment();
    void untranslatedExportChangesNothing();
    void translatedImportGivesTheGoldenFile_data();
    void translatedImportGivesTheGoldenFile();
    void unitsThatDoNotFitAreSkipped();
    void crlfLineBreaksSurviveXml();
    void refusesWhatIsNotXliff();
    void importWritesOnlyTheCounterpart_data();
    void importWritesOnlyTheCounterpart();
    void importSkipsWhatChangedSinceTheExport_data();
    void importSkipsWhatChangedSinceTheExport();
    void tagsAreOneUnit_data();
    void tagsAreOneUnit();
    void doneSectionsAreApprovedForCatTools();
};

namespace {

QString golden(const QString &name)
{
    return QStringLiteral(RUBRIC_TEST_DATA_DIR "/translate/") + name;
}

QString render(const XliffText &text)
{
    QString out;
    for (const auto &piece : text)
        out += piece.code ? u'{' + piece.text + u'}' : piece.text;
    return out;
}

} // namespace

void TestXliff::unitsProtectMarkdown()
{
    const QString text = QStringLiteral(
        "---\nlayout: product\ntitle: \"X Product Review\"\nlang: en\ntags: [A, \"2.0\"]\n---\n"
        "## Overview\n\n$$ \\Large \\text{3.0} $$\n\nSome **bold** and a [link](https://a.example/x) "
        "and `code`.\nA second line.\n\n### A subheading\n\n- first *item*\n- second\n  continued\n\n"
        "| Model | Price |\n|---|---|\n| A | 10 USD |\n\n> quoted\n> more\n\n```\nnot translated\n```\n\n"
        "## Technology Level\n\n$$ \\Large \\text{0.8} $$\n\nSee https://b.example/y.\n\n(2025.8.7)\n");
    const XliffFile file = XliffExchange::units(ReviewText::fromText(text), nullptr, Schema::builtin());
    QStringList units;
    for (const auto &unit : file.units)
        units.append(unit.id + QLatin1String(": ") + render(unit.source));
    QCOMPARE(units, QStringList({
        QStringLiteral("title: X Product Review"),
        QStringLiteral("tags: A\n2.0"),
        QStringLiteral("overview/1: Some {**}bold{**} and a {[}link{](https://a.example/x)} and {`code`}.{\n}A second line."),
        QStringLiteral("overview/2: A subheading"),
        QStringLiteral("overview/3: first {*}item{*}"),
        QStringLiteral("overview/4: second{\n  }continued"),
        QStringLiteral("overview/5: {| }Model{ | }Price{ |}"),
        QStringLiteral("overview/6: {| }A{ | }10 USD{ |}"),
        QStringLiteral("overview/7: quoted{\n> }more"),
        QStringLiteral("technology_level/1: See {https://b.example/y}."),
    }));
}

void TestXliff::protectKeepsEveryCorpusSegment()
{
    int segments = 0;
    for (const auto &path : Test::corpusFiles()) {
        QString error;
        const auto review = ReviewText::read(Test::corpusDir() + u'/' + path, &error);
        QVERIFY2(review, qPrintable(error));
        for (const auto &segment : ReviewSegments::of(*review, Schema::builtin())) {
            const QString text = review->text.sliced(segment.start, segment.end - segment.start);
            const XliffText pieces = Xliff::protect(text, segment.tableRow);
            QCOMPARE(Xliff::plain(pieces), text);
            for (const auto &piece : pieces) // no score line or math reaches a translator as text
                QVERIFY2(piece.code || !piece.text.contains(QLatin1String("$$")), qPrintable(path + u' ' + segment.id));
            ++segments;
        }
    }
    QVERIFY(segments > Test::corpusReviewCount() * 7);
}

void TestXliff::untranslatedExportChangesNothing()
{
    // Every pair of the corpus, including the five only `ref` links: the export, written
    // and read back as XLIFF, applied to the translation, leaves it byte for byte.
    SiteIndex index(Test::corpusDir());
    index.setCacheEnabled(false);
    index.indexNow();
    QList<XliffFile> files;
    QHash<QString, QString> targets;
    for (const auto &pair : TranslationPairs::find(index, TranslationRecord())) {
        if (pair.target.isEmpty())
            continue;
        QString error;
        const auto source = ReviewText::read(Test::corpusDir() + u'/' + pair.source, &error);
        const auto target = ReviewText::read(Test::corpusDir() + u'/' + pair.target, &error);
        QVERIFY2(source && target, qPrintable(error));
        XliffFile file = XliffExchange::units(*source, &*target, Schema::builtin());
        file.original = pair.source;
        file.target = pair.target;
        files.append(file);
        targets.insert(pair.target, target->text);
    }
    QCOMPARE(files.size(), 3804);
    QString error;
    const auto read = Xliff::read(Xliff::write(files), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), files.size());
    int withTargets = 0;
    for (const auto &file : *read) {
        ReviewDocument document;
        QVERIFY(document.loadBytes(targets.value(file.target).toUtf8(), file.target));
        QStringList warnings;
        const EditOutcome outcome = XliffExchange::apply(file, document, &warnings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY2(!outcome.changed && !document.isModified() && document.undoStack()->count() == 0, qPrintable(file.target));
        QCOMPARE(document.text(), targets.value(file.target));
        withTargets += std::count_if(file.units.cbegin(), file.units.cend(), [](const XliffUnit &u) { return u.target.has_value(); });
    }
    QVERIFY(withTargets > 3804 * 10);
}

void TestXliff::translatedImportGivesTheGoldenFile_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("folder");
    // A translation that does not exist yet: created from its source, then translated.
    QTest::newRow("a new translation") << QStringLiteral("_products/en/radius/radius-hp-w100.md") << QStringLiteral("radius-new");
    // An existing translation found only by ref (another company folder).
    QTest::newRow("a pair only ref links") << QStringLiteral("_products/en/logitech/logitech-z313.md") << QStringLiteral("logitech-ref-only");
}

void TestXliff::translatedImportGivesTheGoldenFile()
{
    QFETCH(QString, source);
    QFETCH(QString, folder);
    QTemporaryDir dir;
    QStringList files{source};
    for (const auto &[en, ja] : Test::refOnlyPairs()) {
        if (en == source)
            files.append(ja);
    }
    QVERIFY(Test::copyToSite(dir.path(), files));
    QString error;
    const auto translated = Xliff::read(Test::readFile(golden(folder + QLatin1String("/translated.xlf"))), &error);
    QVERIFY2(translated && translated->size() == 1, qPrintable(error));
    // The units of the golden XLIFF are those an export makes now (ids and sources).
    const auto exported = XliffExchange::exportFile(dir.filePath(source), QStringLiteral("ja"), Schema::builtin(), &error);
    QVERIFY2(exported, qPrintable(error));
    QCOMPARE(exported->target, translated->constFirst().target);
    QCOMPARE(exported->units.size(), translated->constFirst().units.size());
    for (qsizetype i = 0; i < exported->units.size(); ++i) {
        QCOMPARE(exported->units.at(i).id, translated->constFirst().units.at(i).id);
        QCOMPARE(exported->units.at(i).source, translated->constFirst().units.at(i).source);
    }
    const XliffImportOutcome outcome = XliffExchange::importFile(translated->constFirst(), dir.path());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY2(outcome.warnings.size() <= 1, qPrintable(outcome.warnings.join(u'\n'))); // the price note
    QVERIFY(outcome.changed);
    QCOMPARE(QString::fromUtf8(Test::readFile(outcome.path)),
             QString::fromUtf8(Test::readFile(golden(folder + QLatin1String("/expected.md")))));
    // Importing the same file again changes nothing more.
    const XliffImportOutcome again = XliffExchange::importFile(translated->constFirst(), dir.path());
    QVERIFY(again.ok() && !again.changed && !again.created);
}

void TestXliff::unitsThatDoNotFitAreSkipped()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    QString error;
    auto file = XliffExchange::exportFile(dir.filePath(Test::ierM9()), QString(), Schema::builtin(), &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->target, Test::ierM9Ja());
    file->units.append({QStringLiteral("advice/9"), QStringLiteral("advice"), QString(), {{QStringLiteral("x"), false}},
                        XliffText{{QStringLiteral("y"), false}}, {}, {}});
    for (auto &unit : file->units) {
        if (unit.id == QLatin1String("overview/1"))
            unit.target = XliffText{{Test::s("新しい概要。"), false}};
    }
    const QByteArray before = Test::readFile(dir.filePath(Test::ierM9Ja()));
    const XliffImportOutcome outcome = XliffExchange::importFile(*file, QString());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.unitsApplied, 1);
    QCOMPARE(outcome.warnings.size(), 1);
    QVERIFY(outcome.warnings.constFirst().startsWith(QLatin1String("advice/9")));
    const QStringList changes = Test::changedLines(QString::fromUtf8(before), QString::fromUtf8(Test::readFile(outcome.path)));
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.constFirst().startsWith(QLatin1String("17: ")));
}

void TestXliff::crlfLineBreaksSurviveXml()
{
    // XML readers turn CR LF into LF: the writer must escape the CR so that a paragraph
    // of two lines in a CRLF file comes back as it was.
    const QString text = QStringLiteral("---\r\nlang: ja\r\ntitle: \"T\"\r\n---\r\n## %1\r\n\r\nLine one,\r\nline two.\r\n")
                             .arg(Test::s("概要"));
    const ReviewText review = ReviewText::fromText(text);
    XliffFile file = XliffExchange::units(review, &review, Schema::builtin());
    QString error;
    const auto read = Xliff::read(Xliff::write({file}), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(Xliff::plain(*read->constFirst().units.constLast().target), QStringLiteral("Line one,\r\nline two."));
    ReviewDocument document;
    QVERIFY(document.loadBytes(text.toUtf8()));
    QStringList warnings;
    QVERIFY(!XliffExchange::apply(read->constFirst(), document, &warnings).changed);
    QCOMPARE(document.text(), text);
}

void TestXliff::refusesWhatIsNotXliff()
{
    QString error;
    QVERIFY(!Xliff::read("<xliff version=\"2.0\"/>", &error));
    QVERIFY(error.contains(QLatin1String("1.2")));
    QVERIFY(!Xliff::read("<xliff version=\"1.2\"><file><body><trans-unit id=\"a\"><source>x</sour", &error));
    QVERIFY(error.startsWith(QLatin1String("line 1")));
    QVERIFY(!Xliff::read("<html/>", &error));
}

void TestXliff::importWritesOnlyTheCounterpart_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("targetLang");
    QTest::addColumn<QString>("translationLang"); // the lang the translation file says
    QTest::addColumn<QString>("reason");          // in the error
    const QString en = Test::ierM9();
    const QString ja = Test::ierM9Ja();
    QTest::newRow("a target outside the site") << en << QStringLiteral("../victim.md") << QStringLiteral("ja")
                                               << QStringLiteral("ja") << QStringLiteral("rubric:target");
    QTest::newRow("a target climbing out through the translation's folder")
        << en << QStringLiteral("_products/ja/sony/../../../../victim.md") << QStringLiteral("ja") << QStringLiteral("ja")
        << QStringLiteral("rubric:target");
    QTest::newRow("another review of the site") << en << QStringLiteral("_products/ja/sony/other.md")
                                                << QStringLiteral("ja") << QStringLiteral("ja") << QStringLiteral("rubric:target");
    QTest::newRow("the source itself") << en << en << QStringLiteral("ja") << QStringLiteral("ja")
                                       << QStringLiteral("rubric:target");
    QTest::newRow("an original outside the site") << QStringLiteral("../victim.md") << ja << QStringLiteral("ja")
                                                  << QStringLiteral("ja") << QStringLiteral("original");
    QTest::newRow("a target-language that is the source's") << en << ja << QStringLiteral("en") << QStringLiteral("ja")
                                                            << QStringLiteral("target-language");
    QTest::newRow("a translation whose lang is not the target-language")
        << en << ja << QStringLiteral("ja") << QStringLiteral("en") << QStringLiteral("lang");
}

void TestXliff::importWritesOnlyTheCounterpart()
{
    QFETCH(QString, original);
    QFETCH(QString, target);
    QFETCH(QString, targetLang);
    QFETCH(QString, translationLang);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("site"));
    QVERIFY(Test::copyToSite(root, {Test::ierM9(), Test::ierM9Ja()}));
    QVERIFY(QFile::copy(root + u'/' + Test::ierM9Ja(), root + QLatin1String("/_products/ja/sony/other.md")));
    QVERIFY(QFile::copy(root + u'/' + Test::ierM9Ja(), dir.filePath(QStringLiteral("victim.md"))));
    if (translationLang != QLatin1String("ja")) {
        QFile file(root + u'/' + Test::ierM9Ja());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.contains("\nlang: ja\n"));
        bytes.replace("\nlang: ja\n", QByteArray("\nlang: " + translationLang.toUtf8() + '\n'));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size());
    }
    QHash<QString, QByteArray> before;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        before.insert(path, Test::readFile(path));
    }

    // A translated export whose <file> says where to write.
    QString error;
    auto exported = XliffExchange::exportFile(root + u'/' + Test::ierM9(), QStringLiteral("ja"), Schema::builtin(), &error);
    QVERIFY2(exported, qPrintable(error));
    for (auto &unit : exported->units)
        unit.target = XliffText{{QStringLiteral("OVERWRITTEN"), false}};
    exported->original = original;
    exported->target = target;
    exported->targetLang = targetLang;
    const QByteArray xml = Xliff::write({*exported});
    const auto read = Xliff::read(xml, &error);
    QVERIFY2(read && read->size() == 1, qPrintable(error));
    const int line = int(xml.left(xml.indexOf("<file ")).count('\n')) + 1;
    QCOMPARE(read->constFirst().line, line);

    const XliffImportOutcome outcome = XliffExchange::importFile(read->constFirst(), QString(), QStringLiteral("in.xlf"));
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.changed && !outcome.created);
    QVERIFY2(outcome.error.startsWith(QStringLiteral("in.xlf, line %1: ").arg(line)), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(reason), qPrintable(outcome.error));
    // Nothing written, inside the site or out.
    QHash<QString, QByteArray> after;
    QDirIterator again(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (again.hasNext()) {
        const QString path = again.next();
        after.insert(path, Test::readFile(path));
    }
    QCOMPARE(after.keys().size(), before.keys().size());
    for (auto found = before.cbegin(); found != before.cend(); ++found)
        QVERIFY2(after.value(found.key()) == found.value(), qPrintable(found.key()));
}

void TestXliff::importSkipsWhatChangedSinceTheExport_data()
{
    QTest::addColumn<QString>("change"); // made to the translation between export and import
    QTest::addColumn<bool>("applied");
    QTest::newRow("nothing changed") << QString() << true;
    QTest::newRow("the paragraph edited") << QStringLiteral("edit") << false;
    QTest::newRow("a paragraph inserted before it") << QStringLiteral("insert") << false;
}

void TestXliff::importSkipsWhatChangedSinceTheExport()
{
    QFETCH(QString, change);
    QFETCH(bool, applied);
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    QString error;
    auto exported = XliffExchange::exportFile(dir.filePath(Test::ierM9()), QString(), Schema::builtin(), &error);
    QVERIFY2(exported, qPrintable(error));
    // Written and read back: the hashes travel in the XLIFF file.
    auto read = Xliff::read(Xliff::write({*exported}), &error);
    QVERIFY2(read, qPrintable(error));
    XliffFile file = read->constFirst();
    QString paragraph;
    for (auto &unit : file.units) {
        if (unit.id == QLatin1String("overview/1")) {
            QVERIFY(!unit.targetHash.isEmpty());
            paragraph = Xliff::plain(*unit.target);
            unit.target = XliffText{{Test::s("新しい概要。"), false}};
        }
    }
    QVERIFY(!paragraph.isEmpty());
    const QString path = dir.filePath(Test::ierM9Ja());
    QString text = QString::fromUtf8(Test::readFile(path));
    QVERIFY(text.contains(paragraph));
    if (change == QLatin1String("edit"))
        text.replace(paragraph, paragraph + Test::s("追記。"));
    else if (change == QLatin1String("insert"))
        text.replace(paragraph, Test::s("挿入された段落。\n\n") + paragraph);
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
    }
    const XliffImportOutcome outcome = XliffExchange::importFile(file, QString());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    const QString after = QString::fromUtf8(Test::readFile(path));
    if (applied) {
        QCOMPARE(outcome.unitsApplied, 1);
        QVERIFY(outcome.warnings.isEmpty());
        QVERIFY(after.contains(Test::s("\n新しい概要。\n")));
    } else {
        QCOMPARE(outcome.unitsApplied, 0);
        QCOMPARE(outcome.warnings.size(), 1);
        QVERIFY2(outcome.warnings.constFirst().startsWith(QLatin1String("overview/1: the translation's text changed")),
                 qPrintable(outcome.warnings.constFirst()));
        QCOMPARE(after, text); // the edit made meanwhile is kept, nothing overwritten
    }
}

void TestXliff::tagsAreOneUnit_data()
{
    QTest::addColumn<QString>("translated"); // the unit's target, as the translator returns it
    QTest::addColumn<QStringList>("expected"); // the translation's tags after the import
    QTest::newRow("the list put in another order")
        << Test::s("イヤホン\nソニー") << QStringList{Test::s("イヤホン"), Test::s("ソニー")};
    QTest::newRow("a tag added, blank lines dropped")
        << Test::s("イヤホン\n\nソニー\n有線\n") << QStringList{Test::s("イヤホン"), Test::s("ソニー"), Test::s("有線")};
    QTest::newRow("the list unchanged") << Test::s("ソニー\nイヤホン") << QStringList{Test::s("ソニー"), Test::s("イヤホン")};
}

void TestXliff::tagsAreOneUnit()
{
    QFETCH(QString, translated);
    QFETCH(QStringList, expected);
    // The translation lists its tags in another order than the source: the export pairs
    // the lists as a whole, never tag by tag.
    const ReviewText source = ReviewText::fromText(QStringLiteral("---\nlang: en\ntags: [Earphones, Sony]\n---\n"));
    const QString targetText = Test::s("---\nlang: ja\ntags: [ソニー, イヤホン]\n---\n");
    const XliffFile file = XliffExchange::units(source, nullptr, Schema::builtin());
    QStringList ids;
    for (const auto &unit : file.units)
        ids.append(unit.id);
    QCOMPARE(ids, QStringList{QStringLiteral("tags")});
    const ReviewText target = ReviewText::fromText(targetText);
    XliffFile withTargets = XliffExchange::units(source, &target, Schema::builtin());
    QCOMPARE(Xliff::plain(withTargets.units.constFirst().source), QStringLiteral("Earphones\nSony"));
    QCOMPARE(Xliff::plain(*withTargets.units.constFirst().target), Test::s("ソニー\nイヤホン"));
    withTargets.units.first().target = XliffText{{translated, false}};
    ReviewDocument document;
    QVERIFY(document.loadBytes(targetText.toUtf8()));
    QStringList warnings;
    QVERIFY(XliffExchange::apply(withTargets, document, &warnings).ok());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(document.value(QStringLiteral("tags")).scalarItems(), expected);
    QCOMPARE(document.isModified(), expected != QStringList({Test::s("ソニー"), Test::s("イヤホン")}));
}


void TestXliff::doneSectionsAreApprovedForCatTools()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    QString error;
    const auto source = ReviewText::read(dir.filePath(Test::ierM9()), &error);
    const auto target = ReviewText::read(dir.filePath(Test::ierM9Ja()), &error);
    QVERIFY2(source && target, qPrintable(error));
    // One section marked done at the source's current text, one at an older text
    // (the source changed since), one field done; the rest unmarked.
    QString done;
    QString outdated;
    QString field;
    TranslationRecord record;
    record.setSource(Test::ierM9Ja(), Test::ierM9());
    for (const auto &item : TranslationStatus::items(*source, *target, Schema::builtin(), nullptr)) {
        if (item.state == TranslationState::Missing)
            continue;
        if (item.kind == TranslationItem::Kind::Field && field.isEmpty()) {
            field = item.id;
            record.setFieldDone(Test::ierM9Ja(), field, item.sourceHash);
        } else if (item.kind == TranslationItem::Kind::Section && done.isEmpty()) {
            done = item.id;
            record.setSectionDone(Test::ierM9Ja(), done, item.sourceHash);
        } else if (item.kind == TranslationItem::Kind::Section && outdated.isEmpty()) {
            outdated = item.id;
            record.setSectionDone(Test::ierM9Ja(), outdated, XliffExchange::textHash(QStringLiteral("an older text")));
        }
    }
    QVERIFY(!done.isEmpty() && !outdated.isEmpty() && !field.isEmpty());
    QVERIFY2(record.save(dir.path(), &error), qPrintable(error));

    const auto exported = XliffExchange::exportFile(dir.filePath(Test::ierM9()), QString(), Schema::builtin(), &error);
    QVERIFY2(exported, qPrintable(error));
    int approved = 0;
    int withTarget = 0;
    for (const auto &unit : exported->units) {
        const bool shouldBe = unit.target && (unit.group == done || (unit.group == XliffExchange::frontMatterGroup() && unit.id == field));
        QVERIFY2(unit.approved == shouldBe, qPrintable(unit.id));
        approved += unit.approved ? 1 : 0;
        withTarget += unit.target ? 1 : 0;
    }
    QVERIFY(approved >= 2);
    QVERIFY(withTarget > approved);
    const QByteArray xml = Xliff::write({*exported});
    QCOMPARE(xml.count("approved=\"yes\""), approved);
    QCOMPARE(xml.count("state=\"final\""), approved);

    // What a CAT tool counts: translate-toolkit's pocount reads approved units as
    // translated, the others with a target as fuzzy (unreviewed).
    if (QStandardPaths::findExecutable(QStringLiteral("pocount")).isEmpty())
        QSKIP("translate-toolkit (pocount) is not installed");
    const QString path = dir.filePath(QStringLiteral("export.xlf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(xml) == xml.size());
    file.close();
    QProcess pocount;
    pocount.start(QStringLiteral("pocount"), {QStringLiteral("--csv"), path});
    QVERIFY(pocount.waitForFinished(120000));
    QCOMPARE(pocount.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(pocount.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(u'\n')));
    // "Filename, Translated Messages, Translated Source Words, Translated Target Words, Fuzzy Messages, ..."
    const QStringList counts = lines.at(1).split(u',');
    QVERIFY2(counts.size() >= 5, qPrintable(lines.at(1)));
    QCOMPARE(counts.at(1).trimmed().toInt(), approved);
    QCOMPARE(counts.at(4).trimmed().toInt(), withTarget - approved);
}

QTEST_GUILESS_MAIN(TestXliff)
#include "tst_xliff.moc"
