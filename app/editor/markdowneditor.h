#pragma once

#include <QPlainTextEdit>
#include <QPointer>

namespace Rubric {

class ReviewDocument;
class MarkdownHighlighter;
class SpellHighlight;

// The body of a review as editable Markdown. Keystrokes become text edits on the
// document's undo stack (merged while typing); changes the document makes itself (a
// rating set in the form, undo) are applied back here without moving the cursor. A CRLF
// file shows LF here and keeps CRLF in every edit written back.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEditor(ReviewDocument *document, QWidget *parent = nullptr);

    // The heading (level 2) the cursor is in, as a line of the body, or -1.
    int currentSectionLine() const;
    void goToFileLine(int line);
    // 0-based file lines: the body's first, and the cursor's.
    int firstBodyFileLine() const;
    int currentFileLine() const;
    // A position in the widget's text (LF line breaks) as one in `rawBody`, the body as the
    // file has it (CRLF line breaks kept).
    static qsizetype toRaw(const QString &rawBody, qsizetype editorPosition);
    // Where the body starts in the document's text.
    qsizetype bodyOffset() const;
    // Marks in the margin: problems by 0-based file line (errors win over warnings).
    void setProblemLines(const QHash<int, bool> &errorByLine);
    int marginWidth() const;
    void paintMargin(QPaintEvent *event);

Q_SIGNALS:
    void currentSectionChanged(const QString &headingText);

protected:
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onContentsChanged();
    void syncFromDocument();
    void updateSection();
    QString editorText() const;
    bool usesCrLf() const;
    QString fromRaw(const QString &rawBody) const;

    QPointer<ReviewDocument> m_document;
    MarkdownHighlighter *m_highlighter;
    SpellHighlight *m_spelling; // issue 20
    QString m_shadow; // the body as last synchronised with the document
    bool m_applying = false;
    QString m_section;
    QWidget *m_margin;
    QHash<int, bool> m_problemLines;
};

} // namespace Rubric
