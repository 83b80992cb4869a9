// LineDiff: a shortest line diff, checked by applying it (the diff must rebuild both
// texts) and by its size against known answers.
#include "document/linediff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Rubric;

namespace {

// The lines the diff says the old and the new text had.
QStringList side(const QList<DiffLine> &diff, DiffLine::Kind dropped)
{
    QStringList lines;
    for (const auto &line : diff) {
        if (line.kind != dropped)
            lines.append(line.text);
    }
    return lines;
}

QString render(const QList<DiffLine> &diff)
{
    QString out;
    for (const auto &line : diff)
        out += (line.kind == DiffLine::Kind::Same ? u' ' : line.kind == DiffLine::Kind::Added ? u'+' : u'-') + line.text + u'\n';
    return out;
}

} // namespace

class TestLineDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rebuildsBothSides_data();
    void rebuildsBothSides();
    void lineNumbersFollowBothTexts();
    void contextKeepsOnlyLinesNearChanges();
    void randomEditsRebuildAndAreNoLongerThanTheEdits();
    void largeDifferenceFallsBackToRemovedThenAdded();
};

void TestLineDiff::rebuildsBothSides_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("changes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("identical texts") << "a\nb\nc\n" << "a\nb\nc\n" << 0 << " a\n b\n c\n";
    QTest::newRow("both empty") << "" << "" << 0 << "";
    QTest::newRow("everything added") << "" << "a\nb\n" << 2 << "+a\n+b\n";
    QTest::newRow("everything removed") << "a\nb\n" << "" << 2 << "-a\n-b\n";
    QTest::newRow("one line changed in the middle") << "a\nb\nc\n" << "a\nB\nc\n" << 2 << " a\n-b\n+B\n c\n";
    QTest::newRow("line inserted at the top") << "b\nc\n" << "a\nb\nc\n" << 1 << "+a\n b\n c\n";
    QTest::newRow("line removed at the end") << "a\nb\nc\n" << "a\nb\n" << 1 << " a\n b\n-c\n";
    QTest::newRow("last line removed, with the break before it") << "a\nb\nc" << "a\nb" << 3 << " a\n-b\n-c\n+b\n";
    QTest::newRow("moved line is one removal and one addition")
        << "a\nb\nc\nd\n" << "b\nc\nd\na\n" << 2 << "-a\n b\n c\n d\n+a\n";
    QTest::newRow("classic abcabba to cbabac") << "a\nb\nc\na\nb\nb\na\n" << "c\nb\na\nb\na\nc\n" << 5 << QString();
    QTest::newRow("same line breaks, crlf") << "a\r\nb\r\n" << "a\r\nb\r\n" << 0 << " a\n b\n";
    QTest::newRow("crlf converted to lf changes every line") << "a\r\nb\r\n" << "a\nb\n" << 4 << "-a\n-b\n+a\n+b\n";
    QTest::newRow("one line's break converted") << "a\r\nb\r\nc\r\n" << "a\r\nb\nc\r\n" << 2 << " a\n-b\n+b\n c\n";
    QTest::newRow("final line break added") << "a\nb" << "a\nb\n" << 2 << " a\n-b\n+b\n";
    QTest::newRow("repeated lines") << "x\nx\nx\n" << "x\nx\n" << 1 << QString();
}

void TestLineDiff::rebuildsBothSides()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, changes);
    QFETCH(QString, expected);
    const QList<DiffLine> diff = LineDiff::compute(before, after);
    QCOMPARE(side(diff, DiffLine::Kind::Added), LineDiff::splitLines(before));
    QCOMPARE(side(diff, DiffLine::Kind::Removed), LineDiff::splitLines(after));
    QCOMPARE(LineDiff::changeCount(diff), changes);
    // The breaks rebuild both texts byte for byte.
    QString rebuiltBefore;
    QString rebuiltAfter;
    for (const auto &line : diff) {
        if (line.kind != DiffLine::Kind::Added)
            rebuiltBefore += line.text + line.lineBreak;
        if (line.kind != DiffLine::Kind::Removed)
            rebuiltAfter += line.text + line.lineBreak;
    }
    QCOMPARE(rebuiltBefore, before);
    QCOMPARE(rebuiltAfter, after);
    if (!expected.isEmpty())
        QCOMPARE(render(diff), expected);
}

void TestLineDiff::lineNumbersFollowBothTexts()
{
    const QList<DiffLine> diff = LineDiff::compute(QStringLiteral("a\nb\nc\nd\n"), QStringLiteral("a\nx\nc\nd\ne\n"));
    for (const auto &line : diff) {
        if (line.kind != DiffLine::Kind::Added)
            QCOMPARE(LineDiff::splitLines(QStringLiteral("a\nb\nc\nd\n")).at(line.oldLine), line.text);
        if (line.kind != DiffLine::Kind::Removed)
            QCOMPARE(LineDiff::splitLines(QStringLiteral("a\nx\nc\nd\ne\n")).at(line.newLine), line.text);
        QCOMPARE(line.oldLine < 0, line.kind == DiffLine::Kind::Added);
        QCOMPARE(line.newLine < 0, line.kind == DiffLine::Kind::Removed);
    }
}

void TestLineDiff::contextKeepsOnlyLinesNearChanges()
{
    QStringList before;
    for (int i = 0; i < 40; ++i)
        before.append(QStringLiteral("line %1").arg(i));
    QStringList after = before;
    after[5] = QStringLiteral("changed 5");
    after[30] = QStringLiteral("changed 30");
    const QList<DiffLine> kept = LineDiff::withContext(LineDiff::compute(before, after), 2);
    QList<int> oldLines;
    for (const auto &line : kept) {
        if (line.kind != DiffLine::Kind::Added)
            oldLines.append(line.oldLine);
    }
    QCOMPARE(oldLines, (QList<int>{3, 4, 5, 6, 7, 28, 29, 30, 31, 32}));
    QCOMPARE(LineDiff::changeCount(kept), 4);
    QVERIFY(LineDiff::withContext(LineDiff::compute(before, before), 3).isEmpty());
}

void TestLineDiff::randomEditsRebuildAndAreNoLongerThanTheEdits()
{
    QRandomGenerator random(8);
    for (int round = 0; round < 200; ++round) {
        QStringList before;
        const int size = int(random.bounded(60));
        for (int i = 0; i < size; ++i)
            before.append(QString::number(random.bounded(6))); // few values: many equal lines
        QStringList after = before;
        int edits = 0;
        for (int e = int(random.bounded(8)); e > 0; --e) {
            const int at = int(random.bounded(after.size() + 1));
            if (random.bounded(2) && at < after.size())
                after.removeAt(at);
            else
                after.insert(at, QString::number(random.bounded(6)));
            ++edits;
        }
        const QList<DiffLine> diff = LineDiff::compute(before, after);
        QCOMPARE(side(diff, DiffLine::Kind::Added), before);
        QCOMPARE(side(diff, DiffLine::Kind::Removed), after);
        QVERIFY2(LineDiff::changeCount(diff) <= edits, qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

void TestLineDiff::largeDifferenceFallsBackToRemovedThenAdded()
{
    QStringList before, after;
    for (int i = 0; i < LineDiff::maximumEdits + 10; ++i) {
        before.append(QStringLiteral("old %1").arg(i));
        after.append(QStringLiteral("new %1").arg(i));
    }
    before.prepend(QStringLiteral("same"));
    after.prepend(QStringLiteral("same"));
    const QList<DiffLine> diff = LineDiff::compute(before, after);
    QCOMPARE(side(diff, DiffLine::Kind::Added), before);
    QCOMPARE(side(diff, DiffLine::Kind::Removed), after);
    QCOMPARE(diff.at(0).kind, DiffLine::Kind::Same);
    QCOMPARE(diff.at(1).kind, DiffLine::Kind::Removed);
    QCOMPARE(diff.constLast().kind, DiffLine::Kind::Added);
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
