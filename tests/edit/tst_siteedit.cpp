#include "edit/pricereport.h"
#include "edit/sitepreviewmodel.h"
#include "edit/siteedit.h"
#include "edit/siteselection.h"
#include "document/unifieddiff.h"
#include "edit/workspacedocuments.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

#include "document/linediff.h"
#include "document/reviewdocument.h"
#include "site/siteindex.h"
#include "site/sitetestutil.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace Rubric;

Q_DECLARE_METATYPE(Rubric::SiteChange)
Q_DECLARE_METATYPE(Rubric::SiteSelection)

namespace {

const QString ierEn = QStringLiteral("_products/en/sony/sony-ier-m9.md");
const QString ierJa = QStringLiteral("_products/ja/sony/sony-ier-m9.md");
const QString teacEn = QStringLiteral("_products/en/teac/teac-vrds-701.md");
const QString sonyEn = QStringLiteral("_companies/en/sony.md");

// Every file of the site with its bytes and modification time.
struct Snapshot
{
    QHash<QString, QByteArray> bytes;
    QHash<QString, QDateTime> modified;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshot(const QString &root)
{
    Snapshot result;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        result.bytes.insert(path, Test::readFile(path));
        result.modified.insert(path, QFileInfo(path).lastModified());
    }
    return result;
}

// The lines (1-based numbers of the old text) an edit removed or replaced, and the new
// lines it wrote: what "differs only in the lines of the values changed" is checked on.
QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    QStringList lines;
    for (const auto &line : LineDiff::compute(QString::fromUtf8(before), QString::fromUtf8(after))) {
        if (line.kind != DiffLine::Kind::Same)
            lines.append(line.text);
    }
    return lines;
}

QString valueText(const ReviewDocument &document, const QString &key)
{
    const YamlValue value = document.value(key);
    if (value.isSequence())
        return value.scalarItems().join(QLatin1String(", "));
    return document.string(key);
}

} // namespace

class TestSiteEdit final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    const Schema &schema() const { return Schema::builtin(); }

    void makeSite()
    {
        m_root = m_dir.path() + QStringLiteral("/site");
        QDir(m_root).removeRecursively();
        QVERIFY(Test::copyReviews(m_root, Test::smallSite));
    }
    QByteArray read(const QString &relative) const { return Test::readFile(m_root + u'/' + relative); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the index cache
    void init() { makeSite(); }

    void throughTheWorkspace()
    {
        Workspace workspace;
        Site *site = workspace.openSite(m_root);
        QTRY_COMPARE(site->index()->records().size(), Test::smallSite.size());
        QTRY_VERIFY(!site->index()->isIndexing());
        const OpenOutcome opened = workspace.open(m_root + u'/' + ierEn);
        QVERIFY(opened.ok());
        ReviewDocument *document = opened.document;
        const QByteArray original = read(ierEn);
        const QByteArray teacOriginal = read(teacEn);
        QSignalSpy saved(&workspace, &Workspace::documentSaved);
        const WorkspaceDocuments open(&workspace);
        const ApplyReport report = SiteEdit::apply(
            SiteEdit::preview(m_root, {ierEn, teacEn}, {SiteChange::addTag(QStringLiteral("Checked"))}, site->schema()),
            site->schema(), &open);
        QCOMPARE(report.writtenCount(), 2);
        // The open review: one step on its own undo stack, saved through the Workspace.
        QCOMPARE(saved.count(), 1);
        QCOMPARE(document->undoStack()->count(), 1);
        QVERIFY(!document->isModified());
        QCOMPARE(read(ierEn), document->toBytes());
        // The file not open: the site's index follows.
        const int teacRow = site->index()->indexOf(teacEn);
        QVERIFY(teacRow >= 0);
        QTRY_VERIFY(site->index()->records().at(teacRow).tags.contains(QStringLiteral("Checked")));

        // Undo Site Edit: every file back, the open one through its document again.
        const ApplyReport undone = SiteEdit::revert(report.undo, site->schema(), &open);
        QCOMPARE(undone.writtenCount(), 2);
        QCOMPARE(read(ierEn), original);
        QCOMPARE(read(teacEn), teacOriginal);
        QCOMPARE(document->toBytes(), original);
        QVERIFY(!document->isModified());
        QTRY_VERIFY(!site->index()->records().at(teacRow).tags.contains(QStringLiteral("Checked")));
    }

    void eachChangeTouchesOnlyItsLines_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<SiteChange>("change");
        QTest::addColumn<QString>("allowedLines"); // every removed or added line matches
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("set a price") << ierEn << SiteChange::setField(QStringLiteral("price"), QStringLiteral("999"))
                                     << QStringLiteral("^price: ") << QStringLiteral("price") << QStringLiteral("999");
        QTest::newRow("set an axis") << ierEn << SiteChange::setAxis(QStringLiteral("cost_performance"), QStringLiteral("0.4"))
                                     << QStringLiteral("^rating: |\\\\text\\{") << QStringLiteral("rating")
                                     << QStringLiteral("3.3, 0.7, 0.8, 0.4, 0.8, 0.6");
        QTest::newRow("add a tag") << ierEn << SiteChange::addTag(QStringLiteral("IEM"))
                                   << QStringLiteral("^tags: ") << QStringLiteral("tags")
                                   << QStringLiteral("Balanced armature, In-ear monitors, Pro Audio, Sony, IEM");
        QTest::newRow("remove a tag") << ierEn << SiteChange::removeTag(QStringLiteral("Pro Audio"))
                                      << QStringLiteral("^tags: ") << QStringLiteral("tags")
                                      << QStringLiteral("Balanced armature, In-ear monitors, Sony");
        QTest::newRow("rename a tag in place") << ierEn
                                               << SiteChange::renameTags({QStringLiteral("In-ear monitors")}, QStringLiteral("IEMs"))
                                               << QStringLiteral("^tags: ") << QStringLiteral("tags")
                                               << QStringLiteral("Balanced armature, IEMs, Pro Audio, Sony");
        QTest::newRow("merge two tags into one") << ierEn
                                                 << SiteChange::renameTags({QStringLiteral("Pro Audio"), QStringLiteral("Sony")},
                                                                           QStringLiteral("Studio"))
                                                 << QStringLiteral("^tags: ") << QStringLiteral("tags")
                                                 << QStringLiteral("Balanced armature, In-ear monitors, Studio");
        QTest::newRow("merge into a tag already there") << ierEn
                                                        << SiteChange::renameTags({QStringLiteral("Sony")}, QStringLiteral("Pro Audio"))
                                                        << QStringLiteral("^tags: ") << QStringLiteral("tags")
                                                        << QStringLiteral("Balanced armature, In-ear monitors, Pro Audio");
        QTest::newRow("replace in a field") << ierEn
                                            << SiteChange::replaceInField(QStringLiteral("title"), QStringLiteral(" Product Review$"),
                                                                          QStringLiteral(" review"))
                                            << QStringLiteral("^title: ") << QStringLiteral("title")
                                            << QStringLiteral("Sony IER-M9 review");
        QTest::newRow("replace in every tag") << teacEn
                                              << SiteChange::replaceInField(QStringLiteral("tags"), QStringLiteral("^Hi-Res$"),
                                                                            QStringLiteral("High resolution"))
                                              << QStringLiteral("^tags: ") << QStringLiteral("tags")
                                              << QStringLiteral("CD player, DAC, High resolution, MQA, TEAC, Anniversary edition");
        QTest::newRow("remove a key") << teacEn << SiteChange::removeKey(QStringLiteral("price"))
                                      << QStringLiteral("^price: ") << QStringLiteral("price") << QString();
    }

    void eachChangeTouchesOnlyItsLines()
    {
        QFETCH(QString, file);
        QFETCH(SiteChange, change);
        QFETCH(QString, allowedLines);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const Snapshot before = snapshot(m_root);
        const QByteArray old = read(file);
        const SitePreview preview = SiteEdit::preview(m_root, {file}, {change}, schema());
        QCOMPARE(preview.refusedCount(), 0);
        QCOMPARE(preview.changeCount(), 1);
        QVERIFY(preview.unifiedDiff().startsWith(QStringLiteral("--- a/") + file));
        QCOMPARE(snapshot(m_root), before); // previewing writes nothing

        const ApplyReport report = SiteEdit::apply(preview, schema());
        QCOMPARE(report.writtenCount(), 1);
        const QByteArray now = read(file);
        const QStringList lines = changedLines(old, now);
        QVERIFY(!lines.isEmpty());
        const QRegularExpression allowed(allowedLines);
        for (const auto &line : lines)
            QVERIFY2(allowed.match(line).hasMatch(), qPrintable(line));
        // The diff shown is the diff made.
        QCOMPARE(preview.files.constFirst().diff, UnifiedDiff::format(file, QString::fromUtf8(old), QString::fromUtf8(now)));
        ReviewDocument reread(schema());
        QVERIFY(reread.load(m_root + u'/' + file));
        QCOMPARE(valueText(reread, key), expected);
        // The other files are untouched.
        Snapshot after = snapshot(m_root);
        const QString absolute = m_root + u'/' + file;
        after.bytes.remove(absolute), after.modified.remove(absolute);
        Snapshot expectedOthers = before;
        expectedOthers.bytes.remove(absolute), expectedOthers.modified.remove(absolute);
        QCOMPARE(after, expectedOthers);
    }

    void fixTotalRewritesTheSum()
    {
        const QString path = m_root + u'/' + ierEn;
        QVERIFY(Test::writeFile(path, Test::withTotal(Test::readFile(path), "[3.9, 0.7, 0.8, 0.3, 0.8, 0.6]")));
        const QByteArray old = Test::readFile(path);
        const ApplyReport report = SiteEdit::apply(SiteEdit::preview(m_root, {ierEn}, {SiteChange::fixTotal()}, schema()), schema());
        QCOMPARE(report.writtenCount(), 1);
        for (const auto &line : changedLines(old, Test::readFile(path)))
            QVERIFY2(line.startsWith(QLatin1String("rating: ")) || line.contains(QLatin1String("\\text{")), qPrintable(line));
        ReviewDocument reread(schema());
        QVERIFY(reread.load(path));
        QCOMPARE(reread.ratings().total(), 32);
        // Already right: nothing to do.
        QCOMPARE(SiteEdit::preview(m_root, {ierEn}, {SiteChange::fixTotal()}, schema()).changeCount(), 0);
    }

    void previewChangesNoByteAndNoTime()
    {
        const Snapshot before = snapshot(m_root);
        const SitePreview preview = SiteEdit::preview(m_root, Test::smallSite, {SiteChange::addTag(QStringLiteral("Checked"))}, schema());
        QCOMPARE(preview.changeCount(), Test::smallSite.size());
        QCOMPARE(snapshot(m_root), before);
    }

    void undoRestoresEveryByte()
    {
        const Snapshot before = snapshot(m_root);
        const ApplyReport report = SiteEdit::apply(
            SiteEdit::preview(m_root, Test::smallSite,
                              {SiteChange::addTag(QStringLiteral("Checked")), SiteChange::setField(QStringLiteral("date"), QStringLiteral("2026-01-02"))},
                              schema()),
            schema());
        QCOMPARE(report.writtenCount(), Test::smallSite.size());
        QCOMPARE(report.undo.entries.size(), Test::smallSite.size());
        QVERIFY(snapshot(m_root).bytes != before.bytes);
        const ApplyReport undone = SiteEdit::revert(report.undo, schema());
        QCOMPARE(undone.writtenCount(), Test::smallSite.size());
        QCOMPARE(snapshot(m_root).bytes, before.bytes);
        // And redo (the undo of the undo) writes the edit again.
        QCOMPARE(SiteEdit::revert(undone.undo, schema()).writtenCount(), Test::smallSite.size());
        QVERIFY(read(ierEn).contains("Checked"));
    }

    void undoLeavesAFileChangedSinceAndSaysWhich()
    {
        const Snapshot before = snapshot(m_root);
        const ApplyReport report = SiteEdit::apply(
            SiteEdit::preview(m_root, {ierEn, teacEn}, {SiteChange::addTag(QStringLiteral("Checked"))}, schema()), schema());
        QCOMPARE(report.writtenCount(), 2);
        const QByteArray edited = read(teacEn) + "\nA note added by hand.\n";
        QVERIFY(Test::writeFile(m_root + u'/' + teacEn, edited));
        const ApplyReport undone = SiteEdit::revert(report.undo, schema());
        QCOMPARE(undone.writtenCount(), 1);
        QCOMPARE(undone.refusedCount(), 1);
        const FileOutcome &refused = undone.files.at(1);
        QCOMPARE(refused.path, teacEn);
        QCOMPARE(refused.status, FileOutcome::Status::ChangedOnDisk);
        QCOMPARE(read(teacEn), edited);
        QCOMPARE(read(ierEn), before.bytes.value(m_root + u'/' + ierEn));
    }

    void aFileChangedSincePreviewIsRefusedOthersWritten()
    {
        const SitePreview preview = SiteEdit::preview(m_root, {ierEn, teacEn, sonyEn},
                                                      {SiteChange::addTag(QStringLiteral("Checked"))}, schema());
        QCOMPARE(preview.changeCount(), 3);
        const QByteArray edited = read(teacEn).replace("DAC", "D/A converter");
        QVERIFY(Test::writeFile(m_root + u'/' + teacEn, edited));
        const ApplyReport report = SiteEdit::apply(preview, schema());
        QCOMPARE(report.writtenCount(), 2);
        QCOMPARE(report.files.at(1).path, teacEn);
        QCOMPARE(report.files.at(1).status, FileOutcome::Status::ChangedOnDisk);
        QCOMPARE(read(teacEn), edited);
        for (const auto &path : {ierEn, sonyEn}) {
            ReviewDocument reread(schema());
            QVERIFY(reread.load(m_root + u'/' + path));
            QVERIFY(valueText(reread, QStringLiteral("tags")).endsWith(QLatin1String(", Checked")));
        }
        QCOMPARE(report.undo.entries.size(), 2);
    }

    void aReadOnlyFileIsRefusedOthersWritten()
    {
        const QString locked = m_root + u'/' + teacEn;
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ReadUser));
        if (QFileInfo(locked).isWritable())
            QSKIP("running as a user who can write read-only files");
        const QByteArray old = read(teacEn);
        const ApplyReport report = SiteEdit::apply(
            SiteEdit::preview(m_root, {ierEn, teacEn}, {SiteChange::addTag(QStringLiteral("Checked"))}, schema()), schema());
        QCOMPARE(report.writtenCount(), 1);
        QCOMPARE(report.files.at(1).status, FileOutcome::Status::Refused);
        QVERIFY(report.files.at(1).message.contains(QLatin1String("read-only")));
        QCOMPARE(read(teacEn), old);
        QVERIFY(read(ierEn).contains("Sony, Checked]"));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void aFileThatCannotBeWrittenIsRefusedOthersWritten()
    {
        // Root writes read-only files; a folder gone between preview and apply fails for anyone.
        const SitePreview preview = SiteEdit::preview(m_root, {ierEn, teacEn, sonyEn},
                                                      {SiteChange::addTag(QStringLiteral("Checked"))}, schema());
        QVERIFY(QDir(m_root + QStringLiteral("/_products/en/teac")).removeRecursively());
        const ApplyReport report = SiteEdit::apply(preview, schema());
        QCOMPARE(report.writtenCount(), 2);
        QCOMPARE(report.files.at(1).status, FileOutcome::Status::Refused);
        QVERIFY(report.files.at(1).message.contains(QLatin1String("teac")));
        QVERIFY(!QFile::exists(m_root + u'/' + teacEn));
        QVERIFY(read(sonyEn).contains("Japan, Checked]"));
    }

    void calculationSentenceNeedsTheOldPrice_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("needs");
        QTest::newRow("with its currency") << QStringLiteral("Calculation: 299 USD ÷ 1,093 USD ≈ 0.27 → 0.3.") << true;
        QTest::newRow("without separators") << QStringLiteral("Calculation: 299 / 1093 = 0.27.") << true;
        QTest::newRow("at the end of the sentence") << QStringLiteral("Calculation: 299 USD ÷ 1,093.") << true;
        QTest::newRow("part of a longer number") << QStringLiteral("Calculation: 299 USD ÷ 11,093 USD ≈ 0.03.") << false;
        QTest::newRow("another decimal") << QStringLiteral("Calculation: 299 USD ÷ 1,093.5 USD ≈ 0.27.") << false;
        QTest::newRow("outside the calculation") << QStringLiteral("It costs 1,093 USD. Calculation: none.") << false;
    }

    void calculationSentenceNeedsTheOldPrice()
    {
        QFETCH(QString, sentence);
        QFETCH(bool, needs);
        const QByteArray bytes = "---\nlayout: product\nlang: en\nprice: 1093\n---\n## Cost-Performance\n\n" + sentence.toUtf8() + "\n";
        const FilePlan plan = SiteEdit::plan(QStringLiteral("x.md"), bytes, {SiteChange::setField(QStringLiteral("price"), QStringLiteral("999"))}, schema());
        QVERIFY(plan.isChange());
        QCOMPARE(plan.needsCostPerformance, needs);
    }

    void previewModelListsChangesThenRefusals()
    {
        QVERIFY(Test::writeFile(m_root + u'/' + teacEn, "---\ntags: [a, b\n---\n"));
        SitePreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreview(SiteEdit::preview(m_root, {teacEn, ierEn, ierJa}, {SiteChange::removeTag(QStringLiteral("Sony"))}, schema()));
        // ierJa has no tag "Sony": unchanged, so not listed.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SitePreviewModel::PathColumn).data().toString(), ierEn);
        QCOMPARE(model.index(0, SitePreviewModel::LinesColumn).data().toInt(), 2);
        QVERIFY(!model.index(0, 0).data(SitePreviewModel::RefusedRole).toBool());
        QVERIFY(model.index(0, 0).data(SitePreviewModel::DiffRole).toString().contains(QLatin1String("-tags: ")));
        QCOMPARE(model.index(0, 0).data(SitePreviewModel::AfterTextRole).toString().count(QLatin1String("Sony]")), 0);
        QCOMPARE(model.index(1, SitePreviewModel::PathColumn).data().toString(), teacEn);
        QVERIFY(model.index(1, 0).data(SitePreviewModel::RefusedRole).toBool());
        QVERIFY(model.index(1, SitePreviewModel::StatusColumn).data().toString().contains(model.plan(1).refusal));
        model.setPreview({});
        QCOMPARE(model.rowCount(), 0);
    }

    void unreadableFrontMatterIsRefusedInThePreview()
    {
        QVERIFY(Test::writeFile(m_root + u'/' + teacEn, "---\ntags: [a, b\ntitle: x\n---\nbody\n"));
        const SitePreview preview = SiteEdit::preview(m_root, {ierEn, teacEn}, {SiteChange::addTag(QStringLiteral("c"))}, schema());
        QCOMPARE(preview.changeCount(), 1);
        QCOMPARE(preview.refusedCount(), 1);
        QVERIFY(preview.unifiedDiff().contains(teacEn + QStringLiteral(": refused: ")));
    }

    void anUnknownFieldIsRefused()
    {
        const SitePreview preview = SiteEdit::preview(m_root, {ierEn}, {SiteChange::setField(QStringLiteral("colour"), QStringLiteral("red"))}, schema());
        QCOMPARE(preview.refusedCount(), 1);
        QVERIFY(preview.files.constFirst().refusal.contains(QLatin1String("colour")));
    }

    void openDocumentsGetTheChangeOnTheirUndoStack()
    {
        struct Open final : OpenDocuments
        {
            ReviewDocument *doc = nullptr;
            QString path;
            ReviewDocument *document(const QString &absolutePath) const override { return absolutePath == path ? doc : nullptr; }
        };
        ReviewDocument document(schema());
        QVERIFY(document.load(m_root + u'/' + ierEn));
        Open open;
        open.doc = &document;
        open.path = QDir::cleanPath(m_root + u'/' + ierEn);
        const QByteArray old = read(ierEn);
        const ApplyReport report = SiteEdit::apply(
            SiteEdit::preview(m_root, {ierEn, teacEn}, {SiteChange::addTag(QStringLiteral("Checked"))}, schema()), schema(), &open);
        QCOMPARE(report.writtenCount(), 2);
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(!document.isModified());
        QCOMPARE(read(ierEn), document.toBytes());
        document.undoStack()->undo();
        QCOMPARE(document.toBytes(), old);

        // With unsaved edits of its own, the open file is refused, not merged into.
        QVERIFY(document.setFieldText(QStringLiteral("title"), QStringLiteral("Draft")).ok());
        const ApplyReport refused = SiteEdit::apply(
            SiteEdit::preview(m_root, {ierEn}, {SiteChange::addTag(QStringLiteral("Other"))}, schema()), schema(), &open);
        QCOMPARE(refused.refusedCount(), 1);
        QVERIFY(!read(ierEn).contains("Other"));
    }

    void progressAndCancel()
    {
        std::atomic_bool cancel = false;
        QList<int> done;
        const SitePreview preview = SiteEdit::preview(
            m_root, Test::smallSite, {SiteChange::addTag(QStringLiteral("Checked"))}, schema(),
            [&](int count, int total) {
                done.append(count);
                QCOMPARE(total, int(Test::smallSite.size()));
                if (count == 2)
                    cancel = true;
            },
            &cancel);
        QVERIFY(preview.cancelled);
        QCOMPARE(done, (QList<int>{1, 2}));
        QCOMPARE(preview.files.size(), 2);
        cancel = false;
        const SitePreview whole = SiteEdit::preview(m_root, Test::smallSite, {SiteChange::addTag(QStringLiteral("Checked"))}, schema());
        cancel = true;
        const ApplyReport report = SiteEdit::apply(whole, schema(), nullptr, {}, &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(report.writtenCount(), 0);
        QCOMPARE(read(ierEn), Test::readFile(Test::corpusDir() + u'/' + ierEn));
        // Files are written on several threads: progress still counts each once, one call at a time.
        cancel = false;
        QList<int> written;
        const ApplyReport all = SiteEdit::apply(whole, schema(), nullptr, [&](int count, int) { written.append(count); }, &cancel);
        QCOMPARE(all.writtenCount(), Test::smallSite.size());
        std::sort(written.begin(), written.end());
        QCOMPARE(written, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(all.files.at(2).path, Test::smallSite.at(2)); // reported in preview order
    }

    void selection_data()
    {
        QTest::addColumn<SiteSelection>("selection");
        QTest::addColumn<QStringList>("expected");
        SiteSelection english;
        english.lang = QStringLiteral("en");
        QTest::newRow("a language") << english << QStringList{sonyEn, ierEn, teacEn};
        SiteSelection products;
        products.layout = QStringLiteral("product");
        products.where = {QStringLiteral("price>2000"), QStringLiteral("lang=en")};
        QTest::newRow("a layout and a where expression") << products << QStringList{teacEn};
        SiteSelection tagged;
        tagged.tag = QStringLiteral("in-ear monitors");
        QTest::newRow("a tag, case-insensitively") << tagged << QStringList{ierEn};
        SiteSelection dated;
        dated.before = QDate(2025, 8, 10);
        dated.lang = QStringLiteral("en");
        QTest::newRow("before a date") << dated << QStringList{ierEn};
        SiteSelection later;
        later.after = QDate(2025, 8, 7);
        later.layout = QStringLiteral("product");
        QTest::newRow("after a date") << later << QStringList{teacEn};
        SiteSelection listed;
        listed.paths = {ierJa, teacEn};
        listed.company = QStringLiteral("sony");
        QTest::newRow("an explicit list and a company") << listed << QStringList{ierJa};
    }

    void selection()
    {
        QFETCH(SiteSelection, selection);
        QFETCH(QStringList, expected);
        SiteIndex index(m_root);
        index.setCacheEnabled(false);
        index.indexNow();
        QString error;
        auto paths = selection.resolve(index, &error);
        QVERIFY2(paths, qPrintable(error));
        paths->sort();
        expected.sort();
        QCOMPARE(*paths, expected);
    }

    void aBadWhereExpressionSaysWhy()
    {
        SiteIndex index(m_root);
        index.setCacheEnabled(false);
        index.indexNow();
        SiteSelection selection;
        selection.where = {QStringLiteral("colour=red")};
        QString error;
        QVERIFY(!selection.resolve(index, &error));
        QVERIFY(error.contains(QLatin1String("colour")));
    }

    void unifiedDiff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one line replaced") << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nB\nc\n") << 0
                                           << QStringLiteral("--- a/f\n+++ b/f\n@@ -2 +2 @@\n-b\n+B\n");
        QTest::newRow("with context") << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nB\nc\n") << 1
                                      << QStringLiteral("--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
        QTest::newRow("a line inserted") << QStringLiteral("a\nc\n") << QStringLiteral("a\nb\nc\n") << 0
                                         << QStringLiteral("--- a/f\n+++ b/f\n@@ -1,0 +2 @@\n+b\n");
        QTest::newRow("a line removed") << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nc\n") << 0
                                        << QStringLiteral("--- a/f\n+++ b/f\n@@ -2 +1,0 @@\n-b\n");
        QTest::newRow("two hunks") << QStringLiteral("a\nb\nc\nd\ne\n") << QStringLiteral("A\nb\nc\nd\nE\n") << 0
                                   << QStringLiteral("--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+A\n@@ -5 +5 @@\n-e\n+E\n");
        QTest::newRow("no newline at the end") << QStringLiteral("a\nb") << QStringLiteral("a\nc") << 0
                                               << QStringLiteral("--- a/f\n+++ b/f\n@@ -2 +2 @@\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
        QTest::newRow("nothing changed") << QStringLiteral("a\n") << QStringLiteral("a\n") << 3 << QString();
    }

    void unifiedDiff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, context);
        QFETCH(QString, expected);
        QCOMPARE(UnifiedDiff::format(QStringLiteral("f"), before, after, context), expected);
    }

    void pricesFromCsvAndCostPerformance()
    {
        SiteIndex index(m_root);
        index.setCacheEnabled(false);
        index.indexNow();
        QVERIFY(PriceReport::missingPrices(index.records()).isEmpty());
        const QByteArray csv = "ref,lang,price\nsony-ier-m9,en,999\nsony-ier-m9,ja,163900\nteac-vrds-701,en,3999.5\n"
                               "nothing,en,1\nsony-ier-m9,en,cheap\n";
        const PriceReport::PriceList prices = PriceReport::fromCsv(QStringLiteral("p.csv"), csv, index.records());
        QCOMPARE(prices.files.size(), 3);
        QCOMPARE(prices.errors.size(), 2);
        QVERIFY(prices.errors.at(0).startsWith(QLatin1String("p.csv:5: ")));
        QVERIFY(prices.errors.at(1).startsWith(QLatin1String("p.csv:6: ")));
        const SitePreview preview = SiteEdit::preview(m_root, prices.files, QStringLiteral("prices"), schema());
        QCOMPARE(preview.changeCount(), 2); // the Japanese price is already that
        // Both calculation sentences name the old price ("1,093 USD", "3,999" without a currency).
        QVERIFY(preview.files.at(0).needsCostPerformance);
        QVERIFY(!preview.files.at(1).isChange());
        QVERIFY(preview.files.at(2).needsCostPerformance);
        QCOMPARE(SiteEdit::apply(preview, schema()).writtenCount(), 2);
        ReviewDocument reread(schema());
        QVERIFY(reread.load(m_root + u'/' + teacEn));
        QCOMPARE(reread.string(QStringLiteral("price")), QStringLiteral("3999.5"));
        QCOMPARE(changedLines(Test::readFile(Test::corpusDir() + u'/' + teacEn), read(teacEn)),
                 (QStringList{QStringLiteral("price: 3999"), QStringLiteral("price: 3999.5")}));

        // A product without a price is reported.
        QVERIFY(SiteEdit::apply(SiteEdit::preview(m_root, {teacEn}, {SiteChange::removeKey(QStringLiteral("price"))}, schema()), schema())
                    .writtenCount() == 1);
        index.indexNow();
        QCOMPARE(PriceReport::missingPrices(index.records()), QStringList{teacEn});
    }
};

QTEST_GUILESS_MAIN(TestSiteEdit)
#include "tst_siteedit.moc"
