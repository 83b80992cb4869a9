// undoAndDiscard: a change refused half-way leaves the undo stack as it was before it,
// with nothing to redo.
#include "document/reviewdocument.h"
#include "document/undodiscard.h"
#include "testutil.h"

#include <QTest>
#include <QUndoStack>

using namespace Rubric;

class TestUndoDiscard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedMacroLeavesTheStackAsItWas_data();
    void refusedMacroLeavesTheStackAsItWas();
};

void TestUndoDiscard::refusedMacroLeavesTheStackAsItWas_data()
{
    QTest::addColumn<bool>("earlierStep");
    QTest::addColumn<bool>("savedBefore");
    QTest::newRow("first change of a fresh document") << false << false;
    QTest::newRow("after an earlier undoable change") << true << false;
    QTest::newRow("after an earlier change that was saved") << true << true;
}

void TestUndoDiscard::refusedMacroLeavesTheStackAsItWas()
{
    QFETCH(bool, earlierStep);
    QFETCH(bool, savedBefore);
    ReviewDocument document;
    QVERIFY(document.loadBytes(Test::readFile(Test::corpusDir() + QLatin1String("/_products/en/sony/sony-ier-m9.md"))));
    QUndoStack *stack = document.undoStack();
    if (earlierStep)
        QVERIFY(document.setAxis(QStringLiteral("cost_performance"), 5).ok());
    if (savedBefore)
        stack->setClean();
    const QString text = document.text();
    const int count = stack->count();
    const QString undoText = stack->undoText();

    // A step that succeeds, then one that is refused: the caller undoes the whole macro.
    stack->beginMacro(QStringLiteral("Two steps"));
    QVERIFY(document.setAxis(QStringLiteral("cost_performance"), 9).ok());
    QVERIFY(!document.setAxis(QStringLiteral("cost_performance"), 99).ok());
    stack->endMacro();
    undoAndDiscard(stack);

    QCOMPARE(document.text(), text);
    QCOMPARE(stack->count(), count);
    QCOMPARE(stack->index(), count);
    QVERIFY(!stack->canRedo()); // stack->undo() alone leaves the macro here to redo
    QCOMPARE(stack->undoText(), undoText);
    QCOMPARE(stack->isClean(), savedBefore || !earlierStep);
}

QTEST_GUILESS_MAIN(TestUndoDiscard)
#include "tst_undodiscard.moc"
