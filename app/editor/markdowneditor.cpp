#include "markdowneditor.h"

#include "document/reviewdocument.h"
#include "document/texteditcommand.h"
#include "markdownhighlighter.h"
#include "spellhighlight.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace Rubric {

namespace {

// The line-number margin: file line numbers (as problems and compilers give them) and
// a mark on lines with problems.
class Margin final : public QWidget
{
public:
    explicit Margin(MarkdownEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->marginWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintMargin(event); }

private:
    MarkdownEditor *m_editor;
};

} // namespace

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    m_spelling->addActions(menu, event->pos()); // issue 20: suggestions, dictionary
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

MarkdownEditor::MarkdownEditor(ReviewDocument *document, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(document)
    , m_highlighter(new MarkdownHighlighter(this->document()))
    , m_spelling(new SpellHighlight(this, document, m_highlighter))
    , m_margin(new Margin(this))
{
    m_highlighter->setSpelling(m_spelling);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(marginWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    this->document()->setUndoRedoEnabled(false); // the document's undo stack is the one
    setAccessibleName(tr("Markdown body"));
    // CRLF files are edited with LF in the widget and CRLF written back (see toRaw); a
    // lone CR cannot be told apart from a line break there, so such a body stays read-only.
    const QString rawBody = document->text().sliced(bodyOffset());
    const bool loneCarriageReturn = QString(rawBody).remove(QLatin1String("\r\n")).contains(u'\r');
    if (loneCarriageReturn) {
        setReadOnly(true);
        setToolTip(tr("This file has carriage returns that are not line breaks: edit its fields in the form; the body is read-only here."));
    }
    syncFromDocument();
    setViewportMargins(marginWidth(), 0, 0, 0);
    connect(this->document(), &QTextDocument::contentsChanged, this, &MarkdownEditor::onContentsChanged);
    connect(document, &ReviewDocument::textChanged, this, &MarkdownEditor::syncFromDocument);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &MarkdownEditor::updateSection);
}

qsizetype MarkdownEditor::bodyOffset() const
{
    const auto &frontMatter = m_document->frontMatter();
    return frontMatter.isClosed() ? frontMatter.bodyStart() : 0;
}

QString MarkdownEditor::editorText() const
{
    // toRawText keeps no-break spaces, which toPlainText would turn into spaces.
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

bool MarkdownEditor::usesCrLf() const
{
    return m_document && m_document->frontMatter().lineBreak() == QLatin1String("\r\n");
}

QString MarkdownEditor::fromRaw(const QString &rawBody) const
{
    if (!usesCrLf())
        return rawBody;
    return QString(rawBody).replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

qsizetype MarkdownEditor::toRaw(const QString &rawBody, qsizetype editorPosition)
{
    // Each CR LF of the file is one LF in the widget.
    qsizetype raw = 0;
    for (qsizetype shown = 0; shown < editorPosition && raw < rawBody.size(); ++shown) {
        if (rawBody.at(raw) == u'\r' && raw + 1 < rawBody.size() && rawBody.at(raw + 1) == u'\n')
            ++raw;
        ++raw;
    }
    return raw;
}

void MarkdownEditor::onContentsChanged()
{
    if (m_applying || !m_document)
        return;
    const QString now = editorText();
    if (now == m_shadow)
        return;
    TextEdit edit = differenceOf(m_shadow, now);
    m_shadow = now;
    if (usesCrLf()) {
        // The widget's LF positions mapped to the file's text; new line breaks as the file's.
        const QString rawBody = m_document->text().sliced(bodyOffset());
        const qsizetype start = toRaw(rawBody, edit.position);
        const qsizetype end = toRaw(rawBody, edit.position + edit.length);
        edit.position = start;
        edit.length = end - start;
        edit.text.replace(u'\n', QLatin1String("\r\n"));
    }
    edit.position += bodyOffset();
    m_document->editText({edit}, tr("Typing"), TextEditCommand::TypingMerge);
}

void MarkdownEditor::syncFromDocument()
{
    if (!m_document)
        return;
    const QString body = fromRaw(m_document->text().sliced(bodyOffset()));
    if (body == m_shadow)
        return;
    const TextEdit edit = differenceOf(m_shadow, body);
    m_applying = true;
    if (m_shadow.isEmpty()) {
        setPlainText(body);
    } else {
        QTextCursor cursor(document());
        cursor.setPosition(int(edit.position));
        cursor.setPosition(int(edit.position + edit.length), QTextCursor::KeepAnchor);
        cursor.insertText(edit.text);
    }
    m_applying = false;
    m_shadow = body;
}

int MarkdownEditor::currentSectionLine() const
{
    for (QTextBlock block = textCursor().block(); block.isValid(); block = block.previous()) {
        if (block.text().startsWith(QLatin1String("## ")))
            return block.blockNumber();
    }
    return -1;
}

int MarkdownEditor::firstBodyFileLine() const
{
    return m_document ? m_document->frontMatter().lines().lineAt(bodyOffset()) : 0;
}

int MarkdownEditor::currentFileLine() const
{
    return firstBodyFileLine() + textCursor().blockNumber();
}

void MarkdownEditor::goToFileLine(int line)
{
    const int bodyLine = line - m_document->frontMatter().lines().lineAt(bodyOffset());
    const QTextBlock block = document()->findBlockByNumber(std::max(0, bodyLine));
    QTextCursor cursor(block);
    setTextCursor(cursor);
    // Put the line at the top, as an outline jump should.
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    ensureCursorVisible();
    setFocus();
}

void MarkdownEditor::updateSection()
{
    const int line = currentSectionLine();
    const QString section = line < 0 ? QString() : document()->findBlockByNumber(line).text().sliced(3).trimmed();
    if (section != m_section) {
        m_section = section;
        Q_EMIT currentSectionChanged(section);
    }
}

int MarkdownEditor::marginWidth() const
{
    const int lines = blockCount() + (m_document ? m_document->frontMatter().bodyFirstLine() : 0);
    const int digits = int(QString::number(std::max(lines, 10)).size());
    return 18 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void MarkdownEditor::setProblemLines(const QHash<int, bool> &errorByLine)
{
    if (errorByLine == m_problemLines)
        return;
    m_problemLines = errorByLine;
    m_margin->update();
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_margin->setGeometry(QRect(area.left(), area.top(), marginWidth(), area.height()));
}

void MarkdownEditor::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    const int firstFileLine = m_document ? m_document->frontMatter().lines().lineAt(bodyOffset()) : 0;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int fileLine = firstFileLine + block.blockNumber();
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_margin->width() - 6, lineHeight, Qt::AlignRight, QString::number(fileLine + 1));
            if (const auto it = m_problemLines.constFind(fileLine); it != m_problemLines.cend()) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(*it ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf5, 0xa6, 0x23));
                painter.drawEllipse(QPoint(7, top + lineHeight / 2), 4, 4);
            }
        }
        block = block.next();
        top = bottom;
    }
}

bool MarkdownEditor::event(QEvent *event)
{
    // Undo and redo belong to the document's stack (the window's actions), not to the
    // text widget's own.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return false;
        }
    }
    return QPlainTextEdit::event(event);
}

} // namespace Rubric
