#include "unifieddiff.h"

#include "document/linediff.h"

namespace Rubric::UnifiedDiff {

namespace {

// `start,count` as unified diffs write a range: 1-based; a count of 0 names the line before.
QString range(int first, int count)
{
    if (count == 1)
        return QString::number(first + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? first : first + 1).arg(count);
}

} // namespace

QString format(const QString &path, const QString &before, const QString &after, int context)
{
    if (before == after)
        return {};
    const QList<DiffLine> diff = LineDiff::compute(before, after);
    QString result = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(path);
    // Hunks: runs of changes closer than 2 * context lines share one hunk.
    qsizetype i = 0;
    while (i < diff.size()) {
        while (i < diff.size() && diff.at(i).kind == DiffLine::Kind::Same)
            ++i;
        if (i == diff.size())
            break;
        qsizetype start = i;
        for (int c = 0; c < context && start > 0 && diff.at(start - 1).kind == DiffLine::Kind::Same; ++c)
            --start;
        qsizetype end = i; // one past the hunk
        for (;;) {
            while (end < diff.size() && diff.at(end).kind != DiffLine::Kind::Same)
                ++end;
            qsizetype same = end;
            while (same < diff.size() && diff.at(same).kind == DiffLine::Kind::Same && same - end < 2 * context + 1)
                ++same;
            if (same < diff.size() && diff.at(same).kind != DiffLine::Kind::Same && same - end <= 2 * context) {
                end = same;
                continue;
            }
            end = std::min<qsizetype>(end + context, diff.size());
            break;
        }
        int oldFirst = -1, newFirst = -1, oldCount = 0, newCount = 0;
        QString body;
        for (qsizetype k = start; k < end; ++k) {
            const DiffLine &line = diff.at(k);
            const QChar mark = line.kind == DiffLine::Kind::Same ? u' ' : line.kind == DiffLine::Kind::Removed ? u'-' : u'+';
            if (line.kind != DiffLine::Kind::Added) {
                if (oldFirst < 0)
                    oldFirst = line.oldLine;
                ++oldCount;
            }
            if (line.kind != DiffLine::Kind::Removed) {
                if (newFirst < 0)
                    newFirst = line.newLine;
                ++newCount;
            }
            body += mark + line.text + u'\n';
            if (line.lineBreak.isEmpty())
                body += QStringLiteral("\\ No newline at end of file\n");
        }
        // A hunk of only additions (or only removals) is placed after the line before it.
        if (oldFirst < 0)
            oldFirst = start < diff.size() && start > 0 ? diff.at(start - 1).oldLine + 1 : 0;
        if (newFirst < 0)
            newFirst = start > 0 ? diff.at(start - 1).newLine + 1 : 0;
        result += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(oldFirst, oldCount), range(newFirst, newCount)) + body;
        i = end;
    }
    return result;
}

} // namespace Rubric::UnifiedDiff
