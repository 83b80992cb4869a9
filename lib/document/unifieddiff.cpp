#include "unifieddiff.h"

#include <algorithm>

namespace Rubric::UnifiedDiff {

namespace {

// `start,count` as diff -u writes a range: 1-based, a single line without its count, and a
// range of no lines naming the line before it.
QString range(int before, int lines)
{
    if (lines == 1)
        return QString::number(before + 1);
    return QString::number(lines == 0 ? before : before + 1) + QLatin1Char(',') + QString::number(lines);
}

} // namespace

QString format(const QList<DiffLine> &diff, const QString &oldName, const QString &newName, int context)
{
    const qsizetype count = diff.size();
    // Old and new lines before each position, for the hunk headers.
    QList<int> oldBefore(count + 1, 0);
    QList<int> newBefore(count + 1, 0);
    for (qsizetype i = 0; i < count; ++i) {
        oldBefore[i + 1] = oldBefore[i] + (diff.at(i).kind != DiffLine::Kind::Added ? 1 : 0);
        newBefore[i + 1] = newBefore[i] + (diff.at(i).kind != DiffLine::Kind::Removed ? 1 : 0);
    }
    QString text;
    qsizetype i = 0;
    while (i < count) {
        while (i < count && diff.at(i).kind == DiffLine::Kind::Same)
            ++i;
        if (i == count)
            break;
        const qsizetype start = std::max<qsizetype>(0, i - context);
        // Extend over changes whose context would touch or overlap this hunk's.
        qsizetype lastChange = i;
        qsizetype j = i;
        while (j < count) {
            if (diff.at(j).kind != DiffLine::Kind::Same)
                lastChange = j;
            else if (j - lastChange > 2 * context)
                break;
            ++j;
        }
        const qsizetype end = std::min(count, lastChange + 1 + context);
        if (text.isEmpty())
            text += QLatin1String("--- ") + oldName + QLatin1String("\n+++ ") + newName + QLatin1Char('\n');
        text += QLatin1String("@@ -") + range(oldBefore[start], oldBefore[end] - oldBefore[start]) + QLatin1String(" +")
            + range(newBefore[start], newBefore[end] - newBefore[start]) + QLatin1String(" @@\n");
        for (qsizetype k = start; k < end; ++k) {
            const DiffLine &line = diff.at(k);
            text += line.kind == DiffLine::Kind::Same ? QLatin1Char(' ')
                : line.kind == DiffLine::Kind::Removed ? QLatin1Char('-')
                                                       : QLatin1Char('+');
            text += line.text;
            text += QLatin1Char('\n');
            if (line.lineBreak.isEmpty())
                text += QLatin1String("\\ No newline at end of file\n");
        }
        i = end;
    }
    return text;
}

QString format(const QString &path, const QString &before, const QString &after, int context)
{
    if (before == after)
        return {};
    return format(LineDiff::compute(before, after), QLatin1String("a/") + path, QLatin1String("b/") + path, context);
}

} // namespace Rubric::UnifiedDiff
