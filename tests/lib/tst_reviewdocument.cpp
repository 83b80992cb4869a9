// ReviewDocument: undo and redo restore the exact text, the modified flag follows the
// undo stack, saving is atomic, refuses to overwrite changes made on disk and never
// writes text that would not read back.
#include "document/reviewdocument.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Rubric;

namespace {

QByteArray review(const QByteArray &prefix = {})
{
    return prefix
           + "---\n"
             "layout: product\n"
             "title: \"Sony IER-M9 Product Review\"\n"
             "lang: en\n"
             "date: 2025-08-07\n"
             "rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]\n"
             "price: 1093\n"
             "tags: [Sony]\n"
             "---\n"
             "## Overview\n\n"
             "$$ \\Large \\text{3.2} $$\n\n"
             "## Scientific Validity\n\n"
             "$$ \\Large \\text{0.7} $$\n\n"
             "Text.\n";
}

} // namespace

class TestReviewDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void undoRedoRestoresExactText_data();
    void undoRedoRestoresExactText();
    void modifiedFollowsCleanState();
    void derivedStateEqualsAFreshParse_data();
    void derivedStateEqualsAFreshParse();
    void readingTypedValues();
    void axisRefusals_data();
    void axisRefusals();
    void saveWritesBytesThatReadBack_data();
    void saveWritesBytesThatReadBack();
    void saveRefusesFileChangedOnDisk();
    void saveRefusesTextThatWouldNotReadBack();
    void saveAsMovesTheDocument();
    void loadReportsIoErrors();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestReviewDocument::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("review.md"));
    QVERIFY(Test::writeFile(m_path, review()));
}

void TestReviewDocument::undoRedoRestoresExactText_data()
{
    QTest::addColumn<QString>("edit"); // what the row does, in words
    QTest::newRow("field set") << QStringLiteral("field");
    QTest::newRow("field inserted") << QStringLiteral("insert");
    QTest::newRow("field removed") << QStringLiteral("remove");
    QTest::newRow("axis set") << QStringLiteral("axis");
    QTest::newRow("all of them in a row") << QStringLiteral("all");
}

void TestReviewDocument::undoRedoRestoresExactText()
{
    QFETCH(QString, edit);
    ReviewDocument document;
    QVERIFY(document.load(m_path));
    const QString original = document.text();
    QStringList states{original};
    auto apply = [&](const EditOutcome &outcome) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(outcome.changed);
        QVERIFY(document.text() != states.back());
        states.append(document.text());
    };
    if (edit == QLatin1String("field") || edit == QLatin1String("all"))
        apply(document.setFieldText(QStringLiteral("price"), QStringLiteral("1200")));
    if (edit == QLatin1String("insert") || edit == QLatin1String("all"))
        apply(document.setFieldText(QStringLiteral("summary"), QStringLiteral("New.")));
    if (edit == QLatin1String("remove") || edit == QLatin1String("all"))
        apply(document.removeField(QStringLiteral("tags")));
    if (edit == QLatin1String("axis") || edit == QLatin1String("all"))
        apply(document.setAxis(QStringLiteral("scientific_validity"), 9));
    if (edit == QLatin1String("axis")) {
        QVERIFY(document.text().contains(QLatin1String("rating: [3.4, 0.9, 0.8, 0.3, 0.8, 0.6]")));
        QVERIFY(document.text().contains(QLatin1String("\\text{3.4}")));
        QCOMPARE(*document.ratings().axis(0), 9);
    }

    QUndoStack *stack = document.undoStack();
    QCOMPARE(stack->count(), states.size() - 1);
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        stack->undo();
        QCOMPARE(document.text(), states.at(i));
    }
    QCOMPARE(document.toBytes(), review());
    QVERIFY(!document.isModified());
    for (qsizetype i = 1; i < states.size(); ++i) {
        stack->redo();
        QCOMPARE(document.text(), states.at(i));
    }
    // Derived state follows the text through undo and redo.
    stack->undo();
    stack->redo();
    QCOMPARE(document.frontMatter().keys(), FrontMatter::parse(states.back()).keys());
}

void TestReviewDocument::derivedStateEqualsAFreshParse_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("after");   // the edit is at the first occurrence of this text
    QTest::addColumn<int>("remove");      // characters removed there
    QTest::addColumn<QString>("insert");
    QTest::addColumn<int>("firstAxis");   // the first axis' tenths afterwards, -1 for none
    const QByteArray unclosedEnd = "---\nlayout: product\nlang: en\nrating: [0.7, 0.7, 0, 0, 0, 0]\n---";
    QTest::newRow("prose typed in the body") << review() << QStringLiteral("Text") << 0 << QStringLiteral("More ") << 7;
    QTest::newRow("a score typed under its heading")
        << review() << QStringLiteral("{0.7}") << 4 << QStringLiteral("{0.9") << 9;
    QTest::newRow("a heading deleted") << review() << QStringLiteral("## Scientific Validity\n") << 23 << QString() << 7;
    QTest::newRow("a heading typed above a score line")
        << review() << QStringLiteral("Text.") << 0 << QStringLiteral("## Scientific Validity\n\n$$ \\Large \\text{0.5} $$\n\n") << 7;
    QTest::newRow("text typed on a closing line without a line break")
        << unclosedEnd << QStringLiteral("---") /* the closing one */ << 0 << QStringLiteral("x") << -1;
    QTest::newRow("the front matter typed in") << review() << QStringLiteral("price: 1093") << 11
                                               << QStringLiteral("price: 1200") << 7;
}

// Body edits skip re-reading the front matter; whatever is skipped, the document's
// derived state must be what a fresh parse of its text gives.
void TestReviewDocument::derivedStateEqualsAFreshParse()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, after);
    QFETCH(int, remove);
    QFETCH(QString, insert);
    QFETCH(int, firstAxis);
    ReviewDocument document;
    QVERIFY(document.loadBytes(file, m_path));
    const qsizetype at = after == QLatin1String("---") ? document.text().lastIndexOf(after) + 3 : document.text().indexOf(after);
    QVERIFY(at >= 0);
    QVERIFY(document.editText({TextEdit{at, remove, insert}}, QStringLiteral("Typing")).ok());
    for (int step = 0; step < 2; ++step) {
        const FrontMatter fresh = FrontMatter::parse(document.text());
        const FrontMatter &kept = document.frontMatter();
        QCOMPARE(kept.isClosed(), fresh.isClosed());
        QCOMPARE(kept.bodyStart(), fresh.bodyStart());
        QCOMPARE(kept.bodyFirstLine(), fresh.bodyFirstLine());
        QCOMPARE(kept.lines().lineCount(), fresh.lines().lineCount());
        QCOMPARE(kept.keys(), fresh.keys());
        for (const auto &key : fresh.keys())
            QCOMPARE(kept.value(key), fresh.value(key));
        const BodyOutline outline = BodyOutline::parse(document.text(), fresh.lines(),
                                                       fresh.isClosed() ? fresh.bodyFirstLine() : 0);
        QCOMPARE(document.outline().headings().size(), outline.headings().size());
        for (qsizetype i = 0; i < outline.headings().size(); ++i) {
            QCOMPARE(document.outline().headings().at(i).line, outline.headings().at(i).line);
            QCOMPARE(document.outline().headings().at(i).text, outline.headings().at(i).text);
        }
        if (step == 0)
            QCOMPARE(document.ratings().axis(0).value_or(-1), firstAxis);
        document.undoStack()->undo();
        QCOMPARE(document.toBytes(), file);
    }
}

void TestReviewDocument::modifiedFollowsCleanState()
{
    ReviewDocument document;
    QSignalSpy spy(&document, &ReviewDocument::modifiedChanged);
    QVERIFY(document.load(m_path));
    QVERIFY(!document.isModified());
    QVERIFY(document.setFieldText(QStringLiteral("price"), QStringLiteral("1200")).changed);
    QVERIFY(document.isModified());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.back().at(0).toBool(), true);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(spy.back().at(0).toBool(), false);
    document.undoStack()->redo();
    QVERIFY(document.isModified());
    QVERIFY(document.save().ok());
    QVERIFY(!document.isModified());
    QCOMPARE(spy.back().at(0).toBool(), false);
    document.undoStack()->undo(); // back before the save: modified again
    QVERIFY(document.isModified());
    // A no-op edit leaves the stack and the flag alone.
    document.undoStack()->redo();
    const EditOutcome same = document.setFieldText(QStringLiteral("price"), QStringLiteral("1200.0"));
    QVERIFY(same.ok());
    QVERIFY(!same.changed);
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestReviewDocument::readingTypedValues()
{
    ReviewDocument document;
    QVERIFY(document.loadBytes(review()));
    QCOMPARE(document.lang(), QStringLiteral("en"));
    QCOMPARE(document.string(QStringLiteral("price")), QStringLiteral("1093"));
    QCOMPARE(document.string(QStringLiteral("tags")), QString()); // not a scalar
    const Ratings ratings = document.ratings();
    QVERIFY(ratings.isValid());
    QCOMPARE(*ratings.total(), 32);
    QCOMPARE(*ratings.axisSum(), 32);
    QCOMPARE(*ratings.axis(4), 6);
    QVERIFY(!ratings.axis(5));
}

void TestReviewDocument::axisRefusals_data()
{
    QTest::addColumn<QString>("axis");
    QTest::addColumn<int>("tenths");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("above one") << QStringLiteral("technology_level") << 11 << QStringLiteral("between 0.0 and 1.0");
    QTest::newRow("negative") << QStringLiteral("technology_level") << -1 << QStringLiteral("between 0.0 and 1.0");
    QTest::newRow("unknown axis") << QStringLiteral("total") << 5 << QStringLiteral("unknown rating axis");
}

void TestReviewDocument::axisRefusals()
{
    QFETCH(QString, axis);
    QFETCH(int, tenths);
    QFETCH(QString, mentions);
    ReviewDocument document;
    QVERIFY(document.loadBytes(review()));
    const EditOutcome outcome = document.setAxis(axis, tenths);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(mentions), qPrintable(outcome.error));
    QCOMPARE(document.toBytes(), review());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestReviewDocument::saveWritesBytesThatReadBack_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain review") << review();
    QTest::newRow("with a byte order mark") << review("\xEF\xBB\xBF");
    QTest::newRow("crlf without final newline") << review().replace("\n", "\r\n").chopped(2);
}

void TestReviewDocument::saveWritesBytesThatReadBack()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(Test::writeFile(m_path, bytes));
    ReviewDocument document;
    QVERIFY(document.load(m_path));
    QCOMPARE(document.toBytes(), bytes);
    QVERIFY(document.save().ok()); // untouched: the same bytes
    QCOMPARE(Test::readFile(m_path), bytes);
    QVERIFY(document.setFieldText(QStringLiteral("price"), QStringLiteral("1200")).changed);
    const SaveOutcome saved = document.save();
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    const QByteArray written = Test::readFile(m_path);
    QCOMPARE(written, document.toBytes());
    QVERIFY(written != bytes);
    QCOMPARE(written.startsWith("\xEF\xBB\xBF"), bytes.startsWith("\xEF\xBB\xBF"));
    ReviewDocument reread;
    QVERIFY(reread.load(m_path));
    QCOMPARE(reread.text(), document.text());
    QCOMPARE(reread.string(QStringLiteral("price")), QStringLiteral("1200"));
    // Nothing but the file is left behind (QSaveFile's temporary is gone).
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("review.md")});
}

void TestReviewDocument::saveRefusesFileChangedOnDisk()
{
    ReviewDocument document;
    QVERIFY(document.load(m_path));
    QVERIFY(!document.changedOnDisk());
    QVERIFY(document.setFieldText(QStringLiteral("price"), QStringLiteral("1200")).changed);
    const QByteArray theirs = review().replace("price: 1093", "price: 999");
    QVERIFY(Test::writeFile(m_path, theirs));
    QVERIFY(document.changedOnDisk());
    const SaveOutcome refused = document.save();
    QCOMPARE(refused.status, SaveOutcome::Status::ChangedOnDisk);
    QVERIFY(!refused.error.isEmpty());
    QCOMPARE(Test::readFile(m_path), theirs);
    QVERIFY(document.isModified());
    const SaveOutcome forced = document.save(true);
    QVERIFY2(forced.ok(), qPrintable(forced.error));
    QCOMPARE(Test::readFile(m_path), document.toBytes());
    QVERIFY(!document.changedOnDisk());
    QVERIFY(document.save().ok()); // the digest follows the write
}

void TestReviewDocument::saveRefusesTextThatWouldNotReadBack()
{
    ReviewDocument document;
    QVERIFY(document.load(m_path));
    // A lone surrogate has no UTF-8 form.
    const qsizetype at = document.text().indexOf(QLatin1String("Text."));
    QVERIFY(document.editText({{at, 0, QString(QChar(0xD800))}}, QStringLiteral("type")).changed);
    SaveOutcome outcome = document.save();
    QCOMPARE(outcome.status, SaveOutcome::Status::Failed);
    QVERIFY(!outcome.error.isEmpty());
    QCOMPARE(Test::readFile(m_path), review());
    document.undoStack()->undo();

    // Front matter that parsed when loaded and no longer does.
    const qsizetype tags = document.text().indexOf(QLatin1String("[Sony]"));
    QVERIFY(document.editText({{tags, 1, QStringLiteral("{")}}, QStringLiteral("type")).changed);
    QVERIFY(!document.frontMatter().parsed());
    outcome = document.save(true);
    QCOMPARE(outcome.status, SaveOutcome::Status::Failed);
    QVERIFY2(outcome.error.contains(QLatin1String("line")), qPrintable(outcome.error));
    QCOMPARE(Test::readFile(m_path), review());
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QVERIFY(document.save().ok());
}

void TestReviewDocument::saveAsMovesTheDocument()
{
    ReviewDocument document;
    QVERIFY(document.load(m_path));
    QVERIFY(document.setFieldText(QStringLiteral("price"), QStringLiteral("1200")).changed);
    const QString other = m_dir.filePath(QStringLiteral("copy.md"));
    QVERIFY(document.saveAs(other).ok());
    QCOMPARE(document.filePath(), other);
    QVERIFY(!document.isModified());
    QCOMPARE(Test::readFile(m_path), review()); // the original is untouched
    QCOMPARE(Test::readFile(other), document.toBytes());

    ReviewDocument unnamed;
    QVERIFY(unnamed.loadBytes(review()));
    QCOMPARE(unnamed.save().status, SaveOutcome::Status::Failed);
}

void TestReviewDocument::loadReportsIoErrors()
{
    ReviewDocument document;
    QVERIFY(!document.load(m_dir.filePath(QStringLiteral("missing.md"))));
    QCOMPARE(document.problems().size(), 1);
    QCOMPARE(document.problems().front().code, QStringLiteral("load.io"));
}

QTEST_GUILESS_MAIN(TestReviewDocument)
#include "tst_reviewdocument.moc"
