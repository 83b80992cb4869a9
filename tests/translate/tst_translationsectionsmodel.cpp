// The per-item model of the side-by-side view, checked with QAbstractItemModelTester:
// rows aligned by the schema, copying the source through the target's undo stack,
// marking done into the record, navigation between unfinished rows.
#include "document/reviewdocument.h"
#include "translate/translationbaselines.h"
#include "translate/translationcreator.h"
#include "translate/translationrecord.h"
#include "translate/translationsectionsmodel.h"
#include "translatetestutil.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace Rubric;

class TestTranslationSectionsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsOfAPair();
    void translatingANewTranslation();
    void copyInsertsAMissingSection();
    void marksOfATranslationClosedUnsavedAreDiscarded();
    void markDoneRefusesAnUntranslatedSection_data();
    void markDoneRefusesAnUntranslatedSection();
    void typesTheTranslationInPlace();
    void aPairFirstSeenGetsABaseline();
};

void TestTranslationSectionsModel::rowsOfAPair()
{
    ReviewDocument source, target;
    QVERIFY(source.load(Test::corpusDir() + QLatin1String("/_products/en/zoom/zoom-ams-24.md")));
    QVERIFY(target.load(Test::corpusDir() + QLatin1String("/_products/ja/zoom/zoom-ams-24.md")));
    TranslationSectionsModel model(&source, &target, QDir::tempPath() + QLatin1String("/no-such-site"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4 + 8);
    QCOMPARE(model.columnCount(), int(TranslationSectionsModel::ColumnCount));
    QCOMPARE(model.index(0, TranslationSectionsModel::SectionColumn).data().toString(), QStringLiteral("Title"));
    QCOMPARE(model.index(4, TranslationSectionsModel::SectionColumn).data().toString(), QStringLiteral("Overview"));
    QCOMPARE(model.index(11, TranslationSectionsModel::SectionColumn).data().toString(), QStringLiteral("References"));
    QCOMPARE(model.index(11, 0).data(TranslationSectionsModel::ItemIdRole).toString(), QStringLiteral("extra-1"));
    // The translation's text of a section, without its score line, beside the source's.
    QVERIFY(model.index(5, TranslationSectionsModel::TargetColumn).data().toString().startsWith(QLatin1String("AMS-24")));
    QVERIFY(model.index(5, TranslationSectionsModel::SourceColumn).data().toString().startsWith(QLatin1String("The AMS-24")));
    QCOMPARE(model.index(6, TranslationSectionsModel::StatusColumn).data().toString(), QStringLiteral("done"));
    QCOMPARE(model.nextUnfinished(0), -1);
    QCOMPARE(model.overallState(), TranslationState::Done);
    // The source column never shows the score line.
    QVERIFY(!model.index(5, TranslationSectionsModel::SourceColumn).data().toString().contains(QLatin1String("$$")));
    const auto range = model.targetRange(5);
    QVERIFY(range.first > 0 && range.second > range.first);
    QCOMPARE(model.targetRange(0), qMakePair(qsizetype(-1), qsizetype(-1)));
}

void TestTranslationSectionsModel::translatingANewTranslation()
{
    QTemporaryDir dir;
    const QString sourcePath = QStringLiteral("_products/en/radius/radius-hp-w100.md");
    QVERIFY(Test::copyToSite(dir.path(), {sourcePath}));
    const CreateOutcome created = TranslationCreator::create(dir.filePath(sourcePath), QStringLiteral("ja"), Schema::builtin());
    QVERIFY2(created.ok(), qPrintable(created.error));
    ReviewDocument source, target;
    QVERIFY(source.load(dir.filePath(sourcePath)));
    QVERIFY(target.load(created.path));
    TranslationSectionsModel model(&source, &target);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Unfinished: the summary, the 7 sections and References; navigation wraps around.
    const int summary = model.rowOf(QStringLiteral("summary"));
    const int overview = model.rowOf(QStringLiteral("overview"));
    const int references = model.rowOf(QStringLiteral("extra-1"));
    QCOMPARE(references, model.rowCount() - 1);
    QCOMPARE(model.nextUnfinished(-1), summary);
    QCOMPARE(model.nextUnfinished(summary), overview);
    QCOMPARE(model.previousUnfinished(overview), summary);
    QCOMPARE(model.previousUnfinished(summary), references);
    QCOMPARE(model.item(overview).state, TranslationState::Untranslated);

    // Translating the overview in the target's editor makes it done, through its undo stack.
    const auto range = model.targetRange(overview);
    const QString translated = Test::s("Radius HP-W100は有線インイヤーモニターです。\n\n");
    QVERIFY(target.editText({{range.first, range.second - range.first, translated}}, QStringLiteral("typing")).ok());
    QCOMPARE(model.item(overview).state, TranslationState::Done);
    QCOMPARE(model.index(overview, TranslationSectionsModel::TargetColumn).data().toString(), translated.trimmed());
    // Copying the source back is one undo step, and makes it untranslated again.
    QVERIFY(model.copySourceToTarget(overview).ok());
    QCOMPARE(model.item(overview).state, TranslationState::Untranslated);
    target.undoStack()->undo();
    QCOMPARE(model.item(overview).state, TranslationState::Done);

    // The translated overview marked done: pending while the translation is unsaved,
    // shown done, written to the record when the translation is saved.
    QString error;
    const QByteArray recordBefore = Test::readFile(TranslationRecord::pathFor(dir.path()));
    QVERIFY(target.isModified());
    QVERIFY2(model.markDone(overview, &error), qPrintable(error));
    QCOMPARE(model.item(overview).state, TranslationState::Done);
    QVERIFY(model.hasPendingMarks());
    QCOMPARE(Test::readFile(TranslationRecord::pathFor(dir.path())), recordBefore);
    QVERIFY(target.save().ok());
    QVERIFY(!model.hasPendingMarks());
    QVERIFY(Test::readFile(TranslationRecord::pathFor(dir.path())).contains("overview: "));
    // The source changes: the section marked done is outdated.
    const auto sourceRange = model.sourceRange(overview);
    QVERIFY(source.editText({{sourceRange.second - 1, 0, QStringLiteral(" Added.")}}, QStringLiteral("typing")).ok());
    QCOMPARE(model.item(overview).state, TranslationState::Outdated);
    // Cleared with the translation saved: written at once.
    QVERIFY(model.clearDone(overview, &error));
    QCOMPARE(model.item(overview).state, TranslationState::Done); // differs from the source
    QVERIFY(!Test::readFile(TranslationRecord::pathFor(dir.path())).contains("overview: "));
}

void TestTranslationSectionsModel::marksOfATranslationClosedUnsavedAreDiscarded()
{
    QTemporaryDir dir;
    const QString sourcePath = QStringLiteral("_products/en/radius/radius-hp-w100.md");
    QVERIFY(Test::copyToSite(dir.path(), {sourcePath}));
    const CreateOutcome created = TranslationCreator::create(dir.filePath(sourcePath), QStringLiteral("ja"), Schema::builtin());
    QVERIFY2(created.ok(), qPrintable(created.error));
    const QByteArray recordBefore = Test::readFile(TranslationRecord::pathFor(dir.path()));
    {
        ReviewDocument source, target;
        QVERIFY(source.load(dir.filePath(sourcePath)));
        QVERIFY(target.load(created.path));
        TranslationSectionsModel model(&source, &target);
        const int overview = model.rowOf(QStringLiteral("overview"));
        const auto range = model.targetRange(overview);
        QVERIFY(target.editText({{range.first, range.second - range.first, Test::s("翻訳。\n\n")}}, QStringLiteral("typing")).ok());
        QString error;
        QVERIFY2(model.markDone(overview, &error), qPrintable(error));
        QVERIFY(model.hasPendingMarks());
    } // closed without saving
    QCOMPARE(Test::readFile(TranslationRecord::pathFor(dir.path())), recordBefore);
}

void TestTranslationSectionsModel::markDoneRefusesAnUntranslatedSection_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a section still copied from the source") << QStringLiteral("technology_level") << false;
    QTest::newRow("an extra section still copied with its heading") << QStringLiteral("extra-1") << false;
    QTest::newRow("a name that stays the same in both languages") << QStringLiteral("target_name") << true;
}

void TestTranslationSectionsModel::markDoneRefusesAnUntranslatedSection()
{
    QFETCH(QString, item);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    const QString sourcePath = QStringLiteral("_products/en/radius/radius-hp-w100.md");
    QVERIFY(Test::copyToSite(dir.path(), {sourcePath}));
    const CreateOutcome created = TranslationCreator::create(dir.filePath(sourcePath), QStringLiteral("ja"), Schema::builtin());
    QVERIFY2(created.ok(), qPrintable(created.error));
    ReviewDocument source, target;
    QVERIFY(source.load(dir.filePath(sourcePath)));
    QVERIFY(target.load(created.path));
    TranslationSectionsModel model(&source, &target);
    const int row = model.rowOf(item);
    QVERIFY(row >= 0);
    const TranslationState before = model.item(row).state;
    QString error;
    QCOMPARE(model.markDone(row, &error), accepted);
    if (accepted) {
        QCOMPARE(model.item(row).state, TranslationState::Done);
        // The translation has no unsaved change: written at once.
        QVERIFY(Test::readFile(TranslationRecord::pathFor(dir.path())).contains(QByteArray(item.toUtf8() + ": ")));
    } else {
        QVERIFY2(error.contains(QLatin1String("still the source's text")), qPrintable(error));
        QCOMPARE(model.item(row).state, before);
        QVERIFY(!Test::readFile(TranslationRecord::pathFor(dir.path())).contains(QByteArray(item.toUtf8() + ": ")));
    }
}

void TestTranslationSectionsModel::copyInsertsAMissingSection()
{
    ReviewDocument source, target;
    QVERIFY(source.load(Test::corpusDir() + QLatin1String("/_products/en/marantz/marantz-model-m1.md")));
    QVERIFY(target.load(Test::corpusDir() + QLatin1String("/_products/ja/marantz/marantz-model-m1.md")));
    TranslationSectionsModel model(&source, &target, QDir::tempPath() + QLatin1String("/no-such-site"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOf(QStringLiteral("extra-2"));
    QCOMPARE(model.item(row).state, TranslationState::Missing);
    QCOMPARE(model.nextUnfinished(0), row);
    const QString before = target.text();
    QVERIFY(model.copySourceToTarget(row).ok());
    QCOMPARE(target.undoStack()->count(), 1);
    QCOMPARE(model.item(row).state, TranslationState::Untranslated);
    QVERIFY(target.text().startsWith(before.trimmed()));
    QVERIFY(target.text().contains(QLatin1String("\n\n## Review Date\n")));
}


void TestTranslationSectionsModel::typesTheTranslationInPlace()
{
    QTemporaryDir dir;
    const QString sourcePath = QStringLiteral("_products/en/radius/radius-hp-w100.md");
    QVERIFY(Test::copyToSite(dir.path(), {sourcePath}));
    const CreateOutcome created = TranslationCreator::create(dir.filePath(sourcePath), QStringLiteral("ja"), Schema::builtin());
    QVERIFY2(created.ok(), qPrintable(created.error));
    ReviewDocument source, target;
    QVERIFY(source.load(dir.filePath(sourcePath)));
    QVERIFY(target.load(created.path));
    TranslationSectionsModel model(&source, &target);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A section: its text replaced, the blank lines and the rest of the review kept.
    const int overview = model.rowOf(QStringLiteral("overview"));
    QVERIFY(model.isTargetEditable(overview));
    const QString before = target.text();
    const auto range = model.targetRange(overview);
    QVERIFY(model.setTargetText(overview, Test::s("概要の翻訳。\n\n二段落目。")).ok());
    QCOMPARE(target.undoStack()->count(), 1);
    QCOMPARE(model.item(overview).targetText, Test::s("概要の翻訳。\n\n二段落目。"));
    QVERIFY(target.text().startsWith(before.first(range.first)));
    QVERIFY(target.text().endsWith(before.sliced(range.second)));
    target.undoStack()->undo();
    QCOMPARE(target.text(), before);

    // Front-matter strings: the title, and the tags one per line.
    const int title = model.rowOf(QStringLiteral("title"));
    QVERIFY(model.setTargetText(title, Test::s("ラディウス HP-W100 レビュー")).ok());
    QCOMPARE(target.string(QStringLiteral("title")), Test::s("ラディウス HP-W100 レビュー"));
    const int tags = model.rowOf(QStringLiteral("tags"));
    QVERIFY(model.setTargetText(tags, Test::s("アルミニウム\n\nダイナミック型\n")).ok());
    QCOMPARE(target.value(QStringLiteral("tags")).scalarItems(), (QStringList{Test::s("アルミニウム"), Test::s("ダイナミック型")}));
    QCOMPARE(target.undoStack()->count(), 2);

    // A section with a line the item leaves out (an end date): not replaced, the line would go.
    const int advice = model.rowOf(QStringLiteral("advice"));
    QVERIFY(advice >= 0);
    QVERIFY(model.isTargetEditable(advice));
    const auto adviceRange = model.targetRange(advice);
    QVERIFY(target.editText({{adviceRange.second, 0, QStringLiteral("(2025.8.12)\n")}}, QStringLiteral("typing")).ok());
    QVERIFY(!model.isTargetEditable(advice));
    const int scored = advice;
    const QString kept = target.text();
    QVERIFY(!model.setTargetText(scored, QStringLiteral("x")).ok());
    QCOMPARE(target.text(), kept);
}

void TestTranslationSectionsModel::aPairFirstSeenGetsABaseline()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    QVERIFY(!QFile::exists(TranslationRecord::pathFor(dir.path())));
    ReviewDocument source, target;
    QVERIFY(source.load(dir.filePath(Test::ierM9())));
    QVERIFY(target.load(dir.filePath(Test::ierM9Ja())));
    const int overviewRow = [&] {
        TranslationSectionsModel first(&source, &target);
        return first.rowOf(QStringLiteral("overview"));
    }();
    // Seen once: the texts of then are the baseline, in the file beside the record.
    QVERIFY(QFile::exists(TranslationBaselines::pathFor(dir.path())));
    TranslationSectionsModel model(&source, &target);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.item(overviewRow).state, TranslationState::Done);
    const QString baseline = model.baselineText(overviewRow);
    QCOMPARE(baseline, model.item(overviewRow).sourceText);

    // A sentence added to the source: outdated, the baseline unchanged.
    const auto range = model.sourceRange(overviewRow);
    const QString added = QStringLiteral(" A sentence added later.");
    qsizetype end = range.second;
    while (source.text().at(end - 1).isSpace())
        --end;
    QVERIFY(source.editText({{end, 0, added}}, QStringLiteral("typing")).ok());
    QCOMPARE(model.item(overviewRow).state, TranslationState::Outdated);
    QCOMPARE(model.baselineText(overviewRow), baseline);
    QCOMPARE(model.item(overviewRow).sourceText, baseline + added);
    QCOMPARE(model.overallState(), TranslationState::Outdated);

    // Marked done: the new text is the baseline, and it is done again.
    QString error;
    QVERIFY2(model.markDone(overviewRow, &error), qPrintable(error));
    QCOMPARE(model.item(overviewRow).state, TranslationState::Done);
    QCOMPARE(model.baselineText(overviewRow), baseline + added);
    TranslationBaselines reread;
    QVERIFY(reread.load(TranslationBaselines::pathFor(dir.path()), &error));
    QCOMPARE(reread.text(Test::ierM9(), QStringLiteral("overview")), baseline + added);
}

QTEST_MAIN(TestTranslationSectionsModel)
#include "tst_translationsectionsmodel.moc"
