#include "diffview.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>

namespace Rubric {

namespace {

constexpr int contextLines = 3;

} // namespace

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Differences"));
}

void DiffView::setTexts(const QString &before, const QString &after)
{
    m_shown = LineDiff::withContext(LineDiff::compute(before, after), contextLines);
    clear();
    if (m_shown.isEmpty()) {
        setPlainText(tr("No differences."));
        return;
    }
    QTextCursor cursor(document());
    QTextBlockFormat removed, added, plain, gap;
    removed.setBackground(QColor(0xfd, 0xdc, 0xdc));
    added.setBackground(QColor(0xd8, 0xf5, 0xd8));
    gap.setForeground(palette().color(QPalette::PlaceholderText));
    QTextCharFormat dark;
    dark.setForeground(QColor(0x20, 0x20, 0x20)); // readable on the light backgrounds in any theme
    int lastOld = -1;
    bool first = true;
    for (const DiffLine &line : std::as_const(m_shown)) {
        const auto addBlock = [&](const QTextBlockFormat &format) {
            if (!first)
                cursor.insertBlock();
            cursor.setBlockFormat(format);
            first = false;
        };
        if (line.oldLine > lastOld + 1 && lastOld >= 0) {
            addBlock(gap);
            cursor.insertText(QStringLiteral("…"), QTextCharFormat());
        }
        if (line.oldLine >= 0)
            lastOld = line.oldLine;
        const QString number = QString::number((line.kind == DiffLine::Kind::Added ? line.newLine : line.oldLine) + 1);
        if (line.kind == DiffLine::Kind::Same) {
            addBlock(plain);
            cursor.insertText(QStringLiteral("%1   %2").arg(number, 5).arg(line.text), QTextCharFormat());
        } else {
            const bool isAdded = line.kind == DiffLine::Kind::Added;
            addBlock(isAdded ? added : removed);
            cursor.insertText(QStringLiteral("%1 %2 %3").arg(number, 5).arg(isAdded ? u'+' : u'−').arg(line.text), dark);
        }
    }
    moveCursor(QTextCursor::Start);
}

} // namespace Rubric
