#include "unifieddiff.h"

#include <algorithm>

namespace Rubric::UnifiedDiff {

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
            if (diff.at(j).kind != DiffLine::Kind::Same) {
                lastChange = j;
            } else if (j - lastChange > 2 * context) {
                break;
            }
            ++j;
        }
        const qsizetype end = std::min(count, lastChange + 1 + context);
        if (text.isEmpty())
            text += QLatin1String("--- ") + oldName + QLatin1String("\n+++ ") + newName + QLatin1Char('\n');
        const int oldCount = oldBefore[end] - oldBefore[start];
        const int newCount = newBefore[end] - newBefore[start];
        // As diff -u: a range of no lines names the line before it.
        const auto range = [](int before, int lines) {
            return QString(QString::number(lines == 0 ? before : before + 1) + QLatin1Char(',') + QString::number(lines));
        };
        text += QLatin1String("@@ -") + range(oldBefore[start], oldCount) + QLatin1String(" +")
            + range(newBefore[start], newCount) + QLatin1String(" @@\n");
        for (qsizetype k = start; k < end; ++k) {
            const DiffLine &line = diff.at(k);
            const QChar mark = line.kind == DiffLine::Kind::Same ? QLatin1Char(' ')
                : line.kind == DiffLine::Kind::Removed           ? QLatin1Char('-')
                                                                 : QLatin1Char('+');
            text += mark;
            text += line.text;
            text += QLatin1Char('\n');
            if (line.lineBreak.isEmpty())
                text += QLatin1String("\\ No newline at end of file\n");
        }
        i = end;
    }
    return text;
}

} // namespace Rubric::UnifiedDiff
