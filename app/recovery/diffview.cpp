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
    // When only line breaks tell the two apart, changed lines name theirs.
    const bool breaksDiffer = before.contains(u'\r') != after.contains(u'\r')
                              || before.endsWith(u'\n') != after.endsWith(u'\n');
    const auto breakName = [](const QString &lineBreak) {
        if (lineBreak.isEmpty())
            return tr("(no line break at the end)");
        return lineBreak == QLatin1String("\r\n") ? tr("(CRLF)") : tr("(LF)");
    };
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
    QTextCharFormat note;
    note.setForeground(QColor(0x70, 0x70, 0x70));
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
        // Both line numbers, as diff tools show them: the old file's, then the new one's.
        const QString numbers = QStringLiteral("%1 %2").arg(line.oldLine >= 0 ? QString::number(line.oldLine + 1) : QString(), 5)
                                    .arg(line.newLine >= 0 ? QString::number(line.newLine + 1) : QString(), 5);
        if (line.kind == DiffLine::Kind::Same) {
            addBlock(plain);
            cursor.insertText(numbers + QLatin1String("   ") + line.text, QTextCharFormat());
        } else {
            const bool isAdded = line.kind == DiffLine::Kind::Added;
            addBlock(isAdded ? added : removed);
            cursor.insertText(numbers + (isAdded ? QStringLiteral(" + ") : QStringLiteral(" − ")) + line.text, dark);
            if (breaksDiffer)
                cursor.insertText(QLatin1String("  ") + breakName(line.lineBreak), note);
        }
    }
    moveCursor(QTextCursor::Start);
}

} // namespace Rubric
