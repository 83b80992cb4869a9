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
    // Word highlights: within each change, the n-th removed line against the n-th added.
    m_wordSpans.clear();
    for (qsizetype i = 0; m_wordHighlights && i < m_shown.size();) {
        qsizetype removedEnd = i;
        while (removedEnd < m_shown.size() && m_shown.at(removedEnd).kind == DiffLine::Kind::Removed)
            ++removedEnd;
        qsizetype addedEnd = removedEnd;
        while (addedEnd < m_shown.size() && m_shown.at(addedEnd).kind == DiffLine::Kind::Added)
            ++addedEnd;
        for (qsizetype k = 0; k < std::min(removedEnd - i, addedEnd - removedEnd); ++k) {
            const WordDiff::Result words = WordDiff::compute(m_shown.at(i + k).text, m_shown.at(removedEnd + k).text);
            m_wordSpans.insert(int(i + k), words.removed);
            m_wordSpans.insert(int(removedEnd + k), words.added);
        }
        i = std::max(addedEnd, i + 1);
    }
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
    QTextCharFormat removedWords = dark, addedWords = dark;
    removedWords.setBackground(QColor(0xf4, 0xa6, 0xa6));
    addedWords.setBackground(QColor(0x9c, 0xe0, 0x9c));
    int lastOld = -1;
    bool first = true;
    for (qsizetype index = 0; index < m_shown.size(); ++index) {
        const DiffLine &line = m_shown.at(index);
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
            cursor.insertText(numbers + (isAdded ? QStringLiteral(" + ") : QStringLiteral(" − ")), dark);
            int written = 0;
            for (const WordDiff::Span &span : m_wordSpans.value(int(index))) {
                cursor.insertText(line.text.sliced(written, span.start - written), dark);
                cursor.insertText(line.text.sliced(span.start, span.length), isAdded ? addedWords : removedWords);
                written = span.start + span.length;
            }
            cursor.insertText(line.text.sliced(written), dark);
            if (breaksDiffer)
                cursor.insertText(QLatin1String("  ") + breakName(line.lineBreak), note);
        }
    }
    moveCursor(QTextCursor::Start);
}

} // namespace Rubric
