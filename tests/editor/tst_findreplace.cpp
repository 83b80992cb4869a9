// Find and replace in a review, through the find bar and the Edit actions as the user
// drives them (Ctrl+F, F3, Shift+F3, Ctrl+H), Go to Line, and the body of a CRLF file
// edited with its line breaks kept byte for byte.
#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/editactions.h"
#include "editor/findbar.h"
#include "editor/formview.h"
#include "editor/gotolinedialog.h"
#include "editor/markdowneditor.h"
#include "editortestutil.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextBlock>
#include <QUndoStack>

using namespace Rubric;

namespace {

// A small valid review whose body has "cat" in several shapes.
QByteArray catReview(const QByteArray &lineBreak = "\n")
{
    QByteArray text = "---\n"
                      "layout: company\n"
                      "title: \"Cat Review\"\n"
                      "target_name: \"Cat\"\n"
                      "company_id: cat\n"
                      "lang: en\n"
                      "ref: cat\n"
                      "date: 2025-08-07\n"
                      "rating: [3.0, 0.6, 0.6, 0.6, 0.6, 0.6]\n"
                      "summary: \"A cat sat on the mat.\"\n"
                      "tags: [Cats]\n"
                      "permalink: /companies/en/cat/\n"
                      "---\n"
                      "## Overview\n"
                      "\n"
                      "The cat sat. Cats concatenate. CAT!\n"
                      "Another line with a cat.\n";
    text.replace("\n", lineBreak);
    return text;
}

} // namespace

class TestFindReplace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void matchCountFollowsTheOptions_data();
    void matchCountFollowsTheOptions();
    void keysFindNextAndPreviousWithWrapAround();
    void replaceAllIsOneUndoStep();
    void regexReplacementUsesGroups();
    void replaceOneSelectsTheNext();
    void findsInTheSummaryWhenItHasTheFocus();
    void invalidPatternIsReported();
    void goToLineUsesFileLines();
    void crlfBodyIsEditableAndKeepsCrlf();
    void crlfEditsAcrossLineBreaks();

private:
    void open(const QByteArray &bytes);
    FindBar *bar() const { return FindBar::of(m_view); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<QMainWindow> m_window;
    DocumentView *m_view = nullptr;
    EditActions *m_actions = nullptr;
};

void TestFindReplace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Test::isolateSettings(m_dir);
}

void TestFindReplace::open(const QByteArray &bytes)
{
    m_path = m_dir.filePath(QStringLiteral("cat.md"));
    QVERIFY(Test::writeFile(m_path, bytes));
    auto *document = new ReviewDocument;
    QVERIFY(document->load(m_path));
    m_window = std::make_unique<QMainWindow>();
    m_view = new DocumentView(document);
    m_window->setCentralWidget(m_view);
    m_actions = new EditActions(m_window.get(), [this] { return m_view; }, m_window.get());
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(bar());
    QVERIFY(!bar()->isVisible());
}

void TestFindReplace::cleanup()
{
    m_window.reset();
    m_view = nullptr;
}

void TestFindReplace::matchCountFollowsTheOptions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("wholeWords");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<int>("count");
    // Body: "## Overview\n\nThe cat sat. Cats concatenate. CAT!\nAnother line with a cat.\n"
    QTest::newRow("plain, any case") << QStringLiteral("cat") << false << false << false << 5;
    QTest::newRow("plain, matching case") << QStringLiteral("cat") << true << false << false << 3;
    QTest::newRow("whole words, any case") << QStringLiteral("cat") << false << true << false << 3;
    QTest::newRow("whole words, matching case") << QStringLiteral("cat") << true << true << false << 2;
    QTest::newRow("regex across letters") << QStringLiteral("c.t") << true << false << false << 0;
    QTest::newRow("regex") << QStringLiteral("c[a-z]t") << true << false << true << 3;
    QTest::newRow("regex across a line break") << QStringLiteral("!\\nAnother") << true << false << true << 1;
    QTest::newRow("nothing there") << QStringLiteral("dog") << false << false << false << 0;
}

void TestFindReplace::matchCountFollowsTheOptions()
{
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, wholeWords);
    QFETCH(bool, regex);
    QFETCH(int, count);
    open(catReview());
    m_view->editor()->setFocus();
    m_actions->find()->trigger();
    QVERIFY(bar()->isVisible());
    QVERIFY(bar()->findField()->hasFocus());
    bar()->setCaseSensitive(caseSensitive);
    bar()->setWholeWords(wholeWords);
    bar()->setRegularExpression(regex);
    QTest::keyClicks(bar()->findField(), text);
    QCOMPARE(bar()->matchCount(), count);
    QCOMPARE(bar()->statusText(), count ? tr("%n match(es)", nullptr, count) : tr("No matches"));
}

void TestFindReplace::keysFindNextAndPreviousWithWrapAround()
{
    open(catReview());
    MarkdownEditor *editor = m_view->editor();
    editor->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(bar()->findField()->hasFocus());
    bar()->setWholeWords(true);
    QTest::keyClicks(bar()->findField(), QStringLiteral("cat"));
    QTest::keyClick(bar()->findField(), Qt::Key_Return);
    const QString body = editor->toPlainText();
    const int first = int(body.indexOf(QLatin1String("cat sat")));
    QCOMPARE(editor->textCursor().selectionStart(), first);
    QCOMPARE(bar()->statusText(), QStringLiteral("1 of 3"));
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("CAT"));
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QCOMPARE(editor->textCursor().selectionStart(), int(body.lastIndexOf(QLatin1String("cat"))));
    QTest::keyClick(m_window.get(), Qt::Key_F3); // wraps to the first
    QCOMPARE(editor->textCursor().selectionStart(), first);
    QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier); // and back to the last
    QCOMPARE(bar()->statusText(), QStringLiteral("3 of 3"));
    QTest::keyClick(bar()->findField(), Qt::Key_Escape);
    QVERIFY(!bar()->isVisible());
    QVERIFY(editor->hasFocus());
    QCOMPARE(m_view->document()->text(), QString::fromUtf8(catReview())); // finding changes nothing
}

void TestFindReplace::replaceAllIsOneUndoStep()
{
    open(catReview());
    m_view->editor()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(bar()->replaceField()->isVisible());
    QUndoStack *stack = m_view->document()->undoStack();
    const int steps = stack->count();
    bar()->setFindText(QStringLiteral("cat"));
    bar()->setWholeWords(true);
    bar()->setReplaceText(QStringLiteral("dog"));
    QCOMPARE(bar()->replaceAll(), 3);
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(m_view->document()->save().ok());
    QByteArray expected = catReview();
    expected.replace("The cat sat. Cats concatenate. CAT!\nAnother line with a cat.",
                     "The dog sat. Cats concatenate. dog!\nAnother line with a dog.");
    QCOMPARE(Test::readFile(m_path), expected); // the front matter's cats untouched
    stack->undo();
    QCOMPARE(m_view->document()->text(), QString::fromUtf8(catReview()));
    QCOMPARE(m_view->editor()->toPlainText(), QString::fromUtf8(catReview()).sliced(m_view->editor()->bodyOffset()));
}

void TestFindReplace::regexReplacementUsesGroups()
{
    open(catReview());
    bar()->showReplace();
    bar()->setRegularExpression(true);
    bar()->setCaseSensitive(true);
    bar()->setFindText(QStringLiteral("(\\w+) sat"));
    bar()->setReplaceText(QStringLiteral("\\1 stood"));
    QCOMPARE(bar()->replaceAll(), 1);
    QVERIFY(m_view->document()->text().contains(QLatin1String("The cat stood. Cats")));
}

void TestFindReplace::replaceOneSelectsTheNext()
{
    open(catReview());
    bar()->showReplace();
    bar()->setFindText(QStringLiteral("cat"));
    bar()->setWholeWords(true);
    bar()->setReplaceText(QStringLiteral("dog"));
    QVERIFY(bar()->replaceCurrent()); // nothing selected yet: selects the first
    QVERIFY(!m_view->document()->text().contains(QLatin1String("dog")));
    QVERIFY(bar()->replaceCurrent());
    QVERIFY(m_view->document()->text().contains(QLatin1String("The dog sat")));
    QCOMPARE(m_view->editor()->textCursor().selectedText(), QStringLiteral("CAT"));
    QCOMPARE(bar()->matchCount(), 2);
}

void TestFindReplace::findsInTheSummaryWhenItHasTheFocus()
{
    open(catReview());
    auto *summary = qobject_cast<QPlainTextEdit *>(m_view->form()->editorFor(QStringLiteral("summary")));
    QVERIFY(summary);
    summary->setFocus();
    QTRY_COMPARE(bar()->editor(), summary);
    QUndoStack *stack = m_view->document()->undoStack();
    const int steps = stack->count();
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    bar()->setFindText(QStringLiteral("mat"));
    QCOMPARE(bar()->matchCount(), 1);
    bar()->setReplaceText(QStringLiteral("rug"));
    QCOMPARE(bar()->replaceAll(), 1);
    QCOMPARE(m_view->document()->string(QStringLiteral("summary")), QStringLiteral("A cat sat on the rug."));
    QCOMPARE(stack->count(), steps + 1);
    m_view->editor()->setFocus();
    QTRY_COMPARE(bar()->editor(), m_view->editor());
}

void TestFindReplace::invalidPatternIsReported()
{
    open(catReview());
    bar()->showFind();
    bar()->setRegularExpression(true);
    bar()->setFindText(QStringLiteral("(cat"));
    QCOMPARE(bar()->matchCount(), 0);
    QVERIFY(bar()->statusText().startsWith(tr("Invalid pattern: %1").arg(QString())));
    QVERIFY(!bar()->findNext());
}

void TestFindReplace::goToLineUsesFileLines()
{
    open(catReview());
    MarkdownEditor *editor = m_view->editor();
    // File lines are 1-based here as in the margin: the body starts after 13 front-matter lines.
    QCOMPARE(editor->firstBodyFileLine(), 13);
    GoToLineDialog dialog(editor, m_window.get());
    QCOMPARE(dialog.lineBox()->minimum(), 14);
    QCOMPARE(dialog.lineBox()->maximum(), 14 + editor->blockCount() - 1);
    dialog.lineBox()->setValue(16);
    dialog.accept();
    QCOMPARE(editor->textCursor().block().text(), QStringLiteral("The cat sat. Cats concatenate. CAT!"));
    QCOMPARE(editor->currentFileLine(), 15);
    QVERIFY(m_actions->goToLine()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_G)));
}

void TestFindReplace::crlfBodyIsEditableAndKeepsCrlf()
{
    const QByteArray original = catReview("\r\n");
    open(original);
    MarkdownEditor *editor = m_view->editor();
    QVERIFY(!editor->isReadOnly());
    QVERIFY(!editor->toPlainText().contains(u'\r'));
    // Type a new line after "CAT!": text, a line break, more text.
    const int at = int(editor->toPlainText().indexOf(QLatin1String("CAT!")) + 4);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(at);
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Meow."));
    QVERIFY(m_view->document()->save().ok());
    QByteArray expected = original;
    expected.replace("CAT!\r\n", "CAT!\r\nMeow.\r\n");
    QCOMPARE(Test::readFile(m_path), expected);
    // The find bar works on the same text: replace-all keeps the line breaks too.
    bar()->showReplace();
    bar()->setFindText(QStringLiteral("Meow."));
    bar()->setReplaceText(QStringLiteral("Purr."));
    QCOMPARE(bar()->replaceAll(), 1);
    QVERIFY(m_view->document()->save().ok());
    expected.replace("Meow.", "Purr.");
    QCOMPARE(Test::readFile(m_path), expected);
}

void TestFindReplace::crlfEditsAcrossLineBreaks()
{
    const QByteArray original = catReview("\r\n");
    open(original);
    MarkdownEditor *editor = m_view->editor();
    // Select from "CAT!" to "Another" across the line break and type over it.
    const QString body = editor->toPlainText();
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(body.indexOf(QLatin1String("!\nAnother"))));
    cursor.setPosition(int(body.indexOf(QLatin1String("Another")) + 7), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("! And another"));
    QVERIFY(m_view->document()->save().ok());
    QByteArray expected = original;
    expected.replace("CAT!\r\nAnother line", "CAT! And another line");
    QCOMPARE(Test::readFile(m_path), expected);
    while (m_view->document()->undoStack()->canUndo())
        m_view->document()->undoStack()->undo();
    QVERIFY(m_view->document()->save().ok());
    QCOMPARE(Test::readFile(m_path), original);
}

QTEST_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
