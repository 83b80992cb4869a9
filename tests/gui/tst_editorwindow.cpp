// The editor window on the offscreen platform, driven through its real widgets: the
// form, the rating editors, the chart, the Markdown editor, the preview and undo stay
// in step, and what is saved differs from the original only where the user changed it.
#include "chart/radarchartview.h"
#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/formview.h"
#include "editor/markdowneditor.h"
#include "editor/previewview.h"
#include "editor/ratingseditor.h"
#include "mainwindow.h"
#include "workspace/workspace.h"
#include "testutil.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSettings>
#include <QSlider>
#include <QPointer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Rubric;

namespace {

QStringList lines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(u'\n');
}

// The lines (0-based) where two versions of a file differ; both must have as many lines.
QList<int> changedLines(const QByteArray &before, const QByteArray &after)
{
    const QStringList a = lines(before), b = lines(after);
    QList<int> changed;
    for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a.at(i) != b.at(i))
            changed.append(i);
    }
    return changed;
}

} // namespace

class TestEditorWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void axisChangedInTheFormChangesFileAndChart();
    void scoreLineTypedInTheBodyUpdatesFormAndChart();
    void undoRestoresTheOriginalBytes();
    void typingInAFieldIsOneUndoStep();
    void previewShowsTheRenderedBody();
    void windowUndoActsOnTheCurrentDocument();
    void viewsFollowTheWorkspace();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
    std::unique_ptr<ReviewDocument> m_document; // outlives its view, as in a Workspace
    std::unique_ptr<DocumentView> m_view;
};

void TestEditorWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("RubricTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestEditorWindow::init()
{
    m_original = Test::readFile(Test::corpusDir() + QLatin1String("/_products/en/sony/sony-ier-m9.md"));
    m_path = m_dir.filePath(QStringLiteral("sony-ier-m9.md"));
    QVERIFY(Test::writeFile(m_path, m_original));
    m_document = std::make_unique<ReviewDocument>();
    QVERIFY(m_document->load(m_path));
    m_view = std::make_unique<DocumentView>(m_document.get());
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestEditorWindow::cleanup()
{
    m_view.reset();
    m_document.reset();
}

void TestEditorWindow::axisChangedInTheFormChangesFileAndChart()
{
    QDoubleSpinBox *spin = m_view->ratingsEditor()->spinBox(2); // cost_performance, 0.3
    QCOMPARE(spin->value(), 0.3);
    QCOMPARE(m_view->chart()->currentSeries()->at(2).y(), 0.3);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(spin->value(), 0.4);

    QCOMPARE(m_view->chart()->currentSeries()->at(2).y(), 0.4);
    QCOMPARE(m_view->chart()->savedSeries()->at(2).y(), 0.3); // what the file says
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("total"))->text(), QStringLiteral("3.3"));
    QVERIFY(m_view->document()->save().ok());

    const QByteArray saved = Test::readFile(m_path);
    const QList<int> changed = changedLines(m_original, saved);
    QCOMPARE(lines(saved).size(), lines(m_original).size());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(lines(saved).at(changed.at(0)), QStringLiteral("rating: [3.3, 0.7, 0.8, 0.4, 0.8, 0.6]"));
    QCOMPARE(lines(saved).at(changed.at(1)), QStringLiteral("$$ \\Large \\text{0.4} $$"));
    QCOMPARE(lines(saved).at(changed.at(1) - 2), QStringLiteral("## Cost-Performance"));
    QCOMPARE(m_view->chart()->savedSeries()->at(2).y(), 0.4); // saved: the overlay follows
}

void TestEditorWindow::scoreLineTypedInTheBodyUpdatesFormAndChart()
{
    MarkdownEditor *editor = m_view->editor();
    const QString body = editor->toPlainText();
    const qsizetype heading = body.indexOf(QLatin1String("## Scientific Validity"));
    const qsizetype value = body.indexOf(QLatin1String("\\text{0.7}"), heading) + int(qstrlen("\\text{0."));
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(value));
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, QStringLiteral("5"));

    QCOMPARE(m_view->ratingsEditor()->spinBox(0)->value(), 0.5);
    QCOMPARE(m_view->ratingsEditor()->slider(0)->value(), 5);
    QCOMPARE(m_view->chart()->currentSeries()->at(0).y(), 0.5);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("total"))->text(), QStringLiteral("3.0"));
    QVERIFY(m_view->document()->text().contains(QLatin1String("\nrating: [3.0, 0.5, 0.8, 0.3, 0.8, 0.6]\n")));
    QVERIFY(editor->toPlainText().contains(QLatin1String("## Scientific Validity\n\n$$ \\Large \\text{0.5} $$")));
}

void TestEditorWindow::undoRestoresTheOriginalBytes()
{
    QTest::keyClick(m_view->ratingsEditor()->spinBox(4), Qt::Key_Down); // design_rationality 0.6 -> 0.5
    QLineEdit *title = qobject_cast<QLineEdit *>(m_view->form()->editorFor(QStringLiteral("title")));
    QVERIFY(title);
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" !"));
    MarkdownEditor *editor = m_view->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("More."));
    QVERIFY(m_view->document()->isModified());
    QVERIFY(m_view->document()->toBytes() != m_original);

    QUndoStack *stack = m_view->document()->undoStack();
    QCOMPARE(stack->count(), 3); // one step each: the axis, the title typed, the body typed
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(m_view->document()->toBytes(), m_original);
    QVERIFY(!m_view->document()->isModified());
    QCOMPARE(title->text(), QStringLiteral("Sony IER-M9 Product Review"));
    QCOMPARE(m_view->ratingsEditor()->spinBox(4)->value(), 0.6);
    QCOMPARE(editor->toPlainText(), m_view->document()->text().sliced(m_view->document()->frontMatter().bodyStart()));
}

void TestEditorWindow::typingInAFieldIsOneUndoStep()
{
    QLineEdit *target = qobject_cast<QLineEdit *>(m_view->form()->editorFor(QStringLiteral("target_name")));
    QVERIFY(target);
    target->setFocus();
    target->end(false);
    QTest::keyClicks(target, QStringLiteral(" Mk2"));
    QCOMPARE(target->text(), QStringLiteral("Sony IER-M9 Mk2")); // the cursor stayed where the user typed
    QCOMPARE(m_view->document()->string(QStringLiteral("target_name")), QStringLiteral("Sony IER-M9 Mk2"));
    QVERIFY(m_view->document()->text().contains(QLatin1String("\ntarget_name: \"Sony IER-M9 Mk2\"\n")));
    QCOMPARE(m_view->document()->undoStack()->count(), 1);
}

void TestEditorWindow::previewShowsTheRenderedBody()
{
    PreviewView *preview = m_view->preview();
    preview->renderNow();
    const QString text = preview->toPlainText();
    QVERIFY(text.contains(QLatin1String("Sony IER-M9 Product Review")));
    QVERIFY(text.contains(QLatin1String("The IER-M9 demonstrates good measured performance.")));
    QVERIFY(!text.contains(QLatin1String("\\Large"))); // score lines are badges
    QVERIFY(!text.contains(QLatin1String("## ")));

    // A change in the text reaches the preview.
    QTest::keyClick(m_view->ratingsEditor()->spinBox(1), Qt::Key_Down);
    QTRY_VERIFY(preview->toPlainText().contains(QLatin1String("3.1")));
}

void TestEditorWindow::windowUndoActsOnTheCurrentDocument()
{
    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_path));
    DocumentView *view = window.currentView();
    QVERIFY(view);
    // The Workspace holds the document, the window only shows it.
    QCOMPARE(workspace.documents().size(), 1);
    QCOMPARE(view->document(), workspace.document(m_path));
    QCOMPARE(view->document()->parent(), &workspace);
    QTest::keyClick(view->ratingsEditor()->spinBox(3), Qt::Key_Up);
    QVERIFY(view->document()->isModified());
    QVERIFY(window.isWindowModified());
    window.undoGroup()->undo(); // what Edit > Undo and Ctrl+Z trigger
    QCOMPARE(view->document()->toBytes(), m_original);
    QVERIFY(!window.isWindowModified());
}

void TestEditorWindow::viewsFollowTheWorkspace()
{
    const QString other = m_dir.filePath(QStringLiteral("other.md"));
    QVERIFY(Test::writeFile(other, m_original));
    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_path));
    QVERIFY(window.openFile(m_path)); // again: the same review, the same tab
    QCOMPARE(window.tabs()->count(), 1);
    window.openSideBySide(m_path, other);
    QCOMPARE(window.tabs()->count(), 1);
    QCOMPARE(window.rightTabs()->count(), 1);
    QCOMPARE(workspace.documents().size(), 2);

    // Closed by the Workspace (as a controller would): its view goes, the other stays.
    QPointer<DocumentView> view = window.viewOf(workspace.document(other));
    QVERIFY(view);
    workspace.close(workspace.document(other));
    QVERIFY(!view);
    QCOMPARE(window.rightTabs()->count(), 0);
    QCOMPARE(window.views().size(), 1);

    // Closed by the window: the Workspace forgets it.
    QVERIFY(window.closeView(window.currentView()));
    QVERIFY(workspace.documents().isEmpty());
    QCOMPARE(window.tabs()->count(), 0);
}

QTEST_MAIN(TestEditorWindow)
#include "tst_editorwindow.moc"
