#include "lineindex.h"

#include <algorithm>

namespace Rubric {

LineIndex::LineIndex(const QString &text)
    : m_text(text)
{
    m_starts.reserve(text.size() / 40 + 2);
    m_starts.append(0);
    for (qsizetype at = text.indexOf(u'\n'); at >= 0; at = text.indexOf(u'\n', at + 1))
        m_starts.append(at + 1); // indexOf is vectorised: much faster than a loop over QChars
}

qsizetype LineIndex::nextLineStart(int line) const
{
    return line + 1 < lineCount() ? m_starts.at(line + 1) : m_text.size();
}

qsizetype LineIndex::contentEnd(int line) const
{
    qsizetype end = nextLineStart(line);
    if (end > m_starts.at(line) && m_text.at(end - 1) == u'\n' && line + 1 < lineCount()) {
        --end;
        if (end > m_starts.at(line) && m_text.at(end - 1) == u'\r')
            --end;
    }
    return end;
}

QStringView LineIndex::lineContent(int line) const
{
    const qsizetype start = m_starts.at(line);
    return QStringView(m_text).sliced(start, contentEnd(line) - start);
}

int LineIndex::lineAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return int(it - m_starts.cbegin()) - 1;
}

} // namespace Rubric
