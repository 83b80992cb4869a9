#pragma once

#include "document/linediff.h"

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
    // The lines shown (with context), and how many of them are changes.
    const QList<DiffLine> &shownLines() const { return m_shown; }
    int changeCount() const { return LineDiff::changeCount(m_shown); }

private:
    QList<DiffLine> m_shown;
};

} // namespace Rubric
