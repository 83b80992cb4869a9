#pragma once

#include <QList>
#include <QString>

namespace Rubric {

// Where each line of a text starts (holds a shallow, implicitly shared copy of it). Lines end at "\n"; a "\r" before it belongs to the
// line break, not to the line's content.
class LineIndex final
{
public:
    LineIndex() = default;
    explicit LineIndex(const QString &text);

    int lineCount() const { return int(m_starts.size()); }
    qsizetype lineStart(int line) const { return m_starts.at(line); }
    // End of the line's content (before "\r\n" or "\n").
    qsizetype contentEnd(int line) const;
    // Start of the next line (after the line break), or the text's end.
    qsizetype nextLineStart(int line) const;
    QStringView lineContent(int line) const;
    int lineAt(qsizetype offset) const; // 0-based
    int columnAt(qsizetype offset) const { return int(offset - m_starts.at(lineAt(offset))); }

private:
    QString m_text; // shared with the owner's copy, not duplicated
    QList<qsizetype> m_starts;
};

} // namespace Rubric
