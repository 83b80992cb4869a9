// The review layout at the sizes a reviewer works at: every front-matter field, the rating
// axes, the chart and a screenful of body at once without scrolling the form; no pane
// squeezed away by a splitter; a problem on a field scrolls the form to it; and one slider
// drag is one undo step.
#include "chart/radarchartview.h"
#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/formview.h"
#include "editor/markdowneditor.h"
#include "editor/previewview.h"
#include "editor/ratingseditor.h"
#include "editortestutil.h"
#include "models/fieldsmodel.h"
#include "schema/schema.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSplitter>
#include <QUndoStack>

using namespace Rubric;

namespace {

// Whether `widget` is shown whole inside the scroll area's viewport as it is scrolled now.
bool wholeInView(QScrollArea *scroll, QWidget *widget)
{
    if (!widget->isVisible())
        return false;
    const QRect rect(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
    return scroll->viewport()->rect().contains(rect);
}

} // namespace

class TestReviewLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everythingShowsAtOnce_data();
    void everythingShowsAtOnce();
    void splitterNeverHidesFormOrBody();
    void problemOnAFieldScrollsTheFormToIt();
    void halfA1280WindowHoldsAReview();
    void sliderDragIsOneUndoStep();
    void sliderKeysAreOneStepEach();

private:
    QScrollArea *formScroll() const { return m_view->findChild<QScrollArea *>(QStringLiteral("FormScrollArea")); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DocumentView> m_view;
};

void TestReviewLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Test::isolateSettings(m_dir);
}

void TestReviewLayout::init()
{
    m_path = Test::copySampleReview(m_dir);
    auto *document = new ReviewDocument;
    QVERIFY(document->load(m_path));
    m_view = std::make_unique<DocumentView>(document);
}

void TestReviewLayout::cleanup()
{
    m_view.reset();
}

void TestReviewLayout::everythingShowsAtOnce_data()
{
    QTest::addColumn<QSize>("size");
    // The review's area in the real window under Xvfb with the library closed: the window
    // less the menu bar, the tab bar, the status bar, the Outline dock (255 px) and the
    // Problems dock (250 px) as they are on a first start today.
    QTest::newRow("a 1280x800 window") << QSize(1018, 473);
    QTest::newRow("a 1600x1000 window") << QSize(1338, 673);
}

void TestReviewLayout::everythingShowsAtOnce()
{
    QFETCH(QSize, size);
    m_view->resize(size);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QScrollArea *scroll = formScroll();
    QVERIFY(scroll);
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);

    // Every field of the schema: the rating is the axes and the total, the others their editor.
    const Schema &schema = m_view->document()->schema();
    int fieldsSeen = 0;
    for (const FieldSpec &field : schema.fields()) {
        if (field.type == FieldType::Rating) {
            QVERIFY2(wholeInView(scroll, m_view->findChild<QLabel *>(QStringLiteral("total"))), "the total");
            ++fieldsSeen;
            continue;
        }
        QWidget *editor = m_view->form()->editorFor(field.key);
        QVERIFY2(editor, qPrintable(field.key));
        QVERIFY2(wholeInView(scroll, editor), qPrintable(field.key));
        // Not squeezed below what the layout would give it at the least.
        const int least = editor->minimumHeight() > 0 ? editor->minimumHeight() : editor->minimumSizeHint().height();
        QVERIFY2(editor->height() >= least, qPrintable(field.key));
        ++fieldsSeen;
    }
    QCOMPARE(fieldsSeen, 12); // 11 fields with an editor, and the rating
    QCOMPARE(int(schema.axes().size()), 5);
    for (int axis = 0; axis < 5; ++axis) {
        QVERIFY(wholeInView(scroll, m_view->ratingsEditor()->spinBox(axis)));
        QVERIFY(wholeInView(scroll, m_view->ratingsEditor()->slider(axis)));
    }
    RadarChartView *chart = m_view->chart();
    QVERIFY(wholeInView(scroll, chart));
    QVERIFY(chart->width() >= chart->minimumWidth() && chart->height() >= chart->minimumHeight());
    // Beside the ratings, not under them.
    const QPoint chartAt = chart->mapTo(m_view.get(), QPoint(0, 0));
    const QPoint ratingsAt = m_view->ratingsEditor()->mapTo(m_view.get(), QPoint(0, 0));
    QVERIFY(chartAt.x() > ratingsAt.x());
    QVERIFY(chartAt.y() < ratingsAt.y() + m_view->ratingsEditor()->height());

    MarkdownEditor *editor = m_view->editor();
    const int lines = editor->viewport()->height() / editor->fontMetrics().lineSpacing();
    QVERIFY2(lines >= 25, qPrintable(QString::number(lines)));
    QVERIFY(editor->width() >= editor->minimumWidth());
}

void TestReviewLayout::splitterNeverHidesFormOrBody()
{
    m_view->resize(1080, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QSplitter *splitter = m_view->splitter();
    // What a restored state from a narrow or side-by-side session may ask for.
    splitter->setSizes({0, 0, 2000});
    QScrollArea *scroll = formScroll();
    QVERIFY(splitter->sizes().at(0) >= scroll->minimumSizeHint().width());
    QVERIFY(splitter->sizes().at(1) >= m_view->editor()->minimumWidth());
    QVERIFY(scroll->minimumSizeHint().width() > 200 && m_view->editor()->minimumWidth() > 0);
    splitter->restoreState(splitter->saveState());
    QVERIFY(splitter->sizes().at(0) >= scroll->minimumSizeHint().width());
    // The preview alone may fold away (side by side), and comes back.
    splitter->setSizes({500, 580, 0});
    QCOMPARE(splitter->sizes().at(2), 0);
    splitter->setSizes({400, 400, 280});
    QVERIFY(splitter->sizes().at(2) > 0);
}

void TestReviewLayout::problemOnAFieldScrollsTheFormToIt()
{
    m_view->resize(900, 220); // too low for the whole form: it scrolls
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QScrollArea *scroll = formScroll();
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    QWidget *permalink = m_view->form()->editorFor(QStringLiteral("permalink"));
    QVERIFY(!wholeInView(scroll, permalink));

    Problem problem;
    problem.field = QStringLiteral("permalink");
    problem.message = QStringLiteral("permalink is missing");
    m_view->showProblem(problem);
    QVERIFY(scroll->verticalScrollBar()->value() > 0);
    QVERIFY(wholeInView(scroll, permalink));
    QTRY_VERIFY(permalink->hasFocus());

    problem.field = QStringLiteral("layout"); // back to the top
    m_view->showProblem(problem);
    QVERIFY(wholeInView(scroll, m_view->form()->editorFor(QStringLiteral("layout"))));

    // An axis: what DocumentView::showProblem is to call for a rating's problem.
    QDoubleSpinBox *last = m_view->ratingsEditor()->spinBox(4);
    QVERIFY(!wholeInView(scroll, last));
    m_view->ratingsEditor()->showAxis(last->objectName());
    QVERIFY(wholeInView(scroll, last));
    QTRY_VERIFY(last->hasFocus());
}

void TestReviewLayout::halfA1280WindowHoldsAReview()
{
    // Side by side, each review gets half the window: its least width must fit there.
    m_view->setCompact(true);
    QVERIFY2(m_view->minimumSizeHint().width() <= 640, qPrintable(QString::number(m_view->minimumSizeHint().width())));
    m_view->resize(640, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(formScroll()->width() >= formScroll()->minimumSizeHint().width());
    QVERIFY(m_view->editor()->width() >= m_view->editor()->minimumWidth());
}

void TestReviewLayout::sliderDragIsOneUndoStep()
{
    m_view->show();
    QUndoStack *stack = m_view->document()->undoStack();
    const QString before = m_view->document()->text();
    const int steps = stack->count();
    QSlider *slider = m_view->ratingsEditor()->slider(2); // cost-performance, 0.3
    QCOMPARE(slider->value(), 3);

    slider->setSliderDown(true); // as a mouse press on the handle does
    for (int value : {4, 5, 6, 7})
        slider->setValue(value);
    // The chart and the text follow while dragging.
    QCOMPARE(m_view->chart()->currentSeries()->at(2).y(), 0.7);
    QVERIFY(m_view->document()->text().contains(QLatin1String("rating: [3.6, 0.7, 0.8, 0.7, 0.8, 0.6]")));
    slider->setSliderDown(false);

    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(m_view->document()->text().contains(QLatin1String("\\text{0.7}")));
    stack->undo();
    QCOMPARE(m_view->document()->text(), before);
    QCOMPARE(slider->value(), 3);
    stack->redo();
    QCOMPARE(slider->value(), 7);
}

void TestReviewLayout::sliderKeysAreOneStepEach()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QUndoStack *stack = m_view->document()->undoStack();
    const int steps = stack->count();
    QSlider *slider = m_view->ratingsEditor()->slider(0);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(slider->value(), 9);
    QCOMPARE(stack->count(), steps + 2); // no drag: each key its own step
    stack->undo();
    QCOMPARE(slider->value(), 8);
}

QTEST_MAIN(TestReviewLayout)
#include "tst_reviewlayout.moc"
