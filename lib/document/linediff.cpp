#include "linediff.h"

#include <QHash>

#include <vector>

namespace Rubric {

namespace {

// The middle of two line lists (common prefix and suffix trimmed), as numbers: equal
// lines get equal numbers, so the search compares integers.
struct Middle
{
    std::vector<int> a;
    std::vector<int> b;
};

// Myers' greedy forward search, keeping each round's frontier for the walk back.
// Returns false when the lists differ by more than LineDiff::maximumEdits.
bool shortestScript(const Middle &m, std::vector<DiffLine::Kind> &script)
{
    const int n = int(m.a.size()), mm = int(m.b.size());
    const int max = std::min(n + mm, LineDiff::maximumEdits);
    const int offset = n + mm + 1;
    std::vector<int> v(2 * size_t(offset) + 1, 0);
    std::vector<std::vector<int>> trace; // trace[d]: v for k in [-d, d] before round d
    for (int d = 0; d <= max; ++d) {
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                    : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < mm && m.a[x] == m.b[y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x < n || y < mm)
                continue;
            // Walk back from (n, m) through the rounds, collecting the script reversed.
            std::vector<DiffLine::Kind> reversed;
            int cx = n, cy = mm;
            for (int e = d; e > 0; --e) {
                const std::vector<int> &pv = trace[size_t(e)];
                const auto at = [&](int kk) { return pv[size_t(kk + e)]; };
                const int ck = cx - cy;
                const int prevK = (ck == -e || (ck != e && at(ck - 1) < at(ck + 1))) ? ck + 1 : ck - 1;
                const int prevX = at(prevK);
                const int prevY = prevX - prevK;
                while (cx > prevX && cy > prevY) {
                    reversed.push_back(DiffLine::Kind::Same);
                    --cx;
                    --cy;
                }
                reversed.push_back(cx == prevX ? DiffLine::Kind::Added : DiffLine::Kind::Removed);
                cx = prevX;
                cy = prevY;
            }
            while (cx > 0 && cy > 0) {
                reversed.push_back(DiffLine::Kind::Same);
                --cx;
                --cy;
            }
            script.assign(reversed.rbegin(), reversed.rend());
            return true;
        }
    }
    return false;
}

} // namespace

QStringList LineDiff::splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

QList<DiffLine> LineDiff::compute(const QString &before, const QString &after)
{
    // Each line with its break, so that the break is compared too; taken off afterwards.
    const auto split = [](const QString &text, QStringList *breaks) {
        QStringList lines;
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype end = text.indexOf(u'\n', start);
            QString lineBreak;
            if (end < 0) {
                end = text.size();
            } else {
                const bool crlf = end > start && text.at(end - 1) == u'\r';
                lineBreak = crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
                ++end;
            }
            lines.append(text.sliced(start, end - start));
            breaks->append(lineBreak);
            start = end;
        }
        return lines;
    };
    QStringList oldBreaks;
    QStringList newBreaks;
    QList<DiffLine> diff = compute(split(before, &oldBreaks), split(after, &newBreaks));
    for (DiffLine &line : diff) {
        line.lineBreak = line.oldLine >= 0 ? oldBreaks.at(line.oldLine) : newBreaks.at(line.newLine);
        line.text.chop(line.lineBreak.size());
    }
    return diff;
}

QList<DiffLine> LineDiff::compute(const QStringList &before, const QStringList &after)
{
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;

    QHash<QString, int> numbers;
    Middle middle;
    const auto number = [&numbers](const QString &line) {
        const auto found = numbers.constFind(line);
        return found != numbers.cend() ? *found : *numbers.insert(line, int(numbers.size()));
    };
    for (qsizetype i = prefix; i < before.size() - suffix; ++i)
        middle.a.push_back(number(before.at(i)));
    for (qsizetype i = prefix; i < after.size() - suffix; ++i)
        middle.b.push_back(number(after.at(i)));

    std::vector<DiffLine::Kind> script;
    if (!shortestScript(middle, script)) {
        script.assign(middle.a.size(), DiffLine::Kind::Removed);
        script.insert(script.end(), middle.b.size(), DiffLine::Kind::Added);
    }

    QList<DiffLine> diff;
    diff.reserve(prefix + qsizetype(script.size()) + suffix);
    int oldLine = 0, newLine = 0;
    const auto same = [&] {
        diff.append({DiffLine::Kind::Same, before.at(oldLine), oldLine, newLine, {}});
        ++oldLine;
        ++newLine;
    };
    for (qsizetype i = 0; i < prefix; ++i)
        same();
    for (const DiffLine::Kind kind : script) {
        if (kind == DiffLine::Kind::Same) {
            same();
        } else if (kind == DiffLine::Kind::Removed) {
            diff.append({kind, before.at(oldLine), oldLine, -1, {}});
            ++oldLine;
        } else {
            diff.append({kind, after.at(newLine), -1, newLine, {}});
            ++newLine;
        }
    }
    for (qsizetype i = 0; i < suffix; ++i)
        same();
    return diff;
}

QList<DiffLine> LineDiff::withContext(const QList<DiffLine> &diff, int context)
{
    // Distance of each line to the nearest change, forwards and backwards.
    const qsizetype count = diff.size();
    std::vector<qsizetype> distance(size_t(count), count + context + 1);
    qsizetype last = -1;
    for (qsizetype i = 0; i < count; ++i) {
        if (diff.at(i).kind != DiffLine::Kind::Same)
            last = i;
        if (last >= 0)
            distance[size_t(i)] = i - last;
    }
    last = -1;
    for (qsizetype i = count - 1; i >= 0; --i) {
        if (diff.at(i).kind != DiffLine::Kind::Same)
            last = i;
        if (last >= 0)
            distance[size_t(i)] = std::min(distance[size_t(i)], last - i);
    }
    QList<DiffLine> kept;
    for (qsizetype i = 0; i < count; ++i) {
        if (distance[size_t(i)] <= context)
            kept.append(diff.at(i));
    }
    return kept;
}

int LineDiff::changeCount(const QList<DiffLine> &diff)
{
    return int(std::count_if(diff.cbegin(), diff.cend(), [](const DiffLine &line) { return line.kind != DiffLine::Kind::Same; }));
}

} // namespace Rubric
