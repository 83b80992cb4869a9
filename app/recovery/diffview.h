#pragma once

#include "document/linediff.h"
#include "document/worddiff.h"

#include <QHash>

#include <QPlainTextEdit>

namespace Rubric {

// What differs between two versions of a review, line by line: removed lines on red,
// added on green, a few unchanged lines around each change and "…" for what is left out.
class DiffView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    void setTexts(const QString &before, const QString &after);
    // Highlights the changed words inside each changed line (WordDiff) against the line
    // it replaced; off by default. Applies from the next setTexts().
    void setWordHighlights(bool on) { m_wordHighlights = on; }
    // The highlighted words of the lines shown (index in shownLines()), when on.
    const QHash<int, QList<WordDiff::Span>> &wordSpans() const { return m_wordSpans; }
    // The lines shown (with context), and how many of them are changes.
    const QList<DiffLine> &shownLines() const { return m_shown; }
    int changeCount() const { return LineDiff::changeCount(m_shown); }

private:
    QList<DiffLine> m_shown;
    bool m_wordHighlights = false;
    QHash<int, QList<WordDiff::Span>> m_wordSpans;
};

} // namespace Rubric
