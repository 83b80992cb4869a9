#pragma once

#include <QPointer>
#include <QRegularExpression>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QUndoStack;

namespace Rubric {

// Find and replace over the text editors of one review: the Markdown body, and the
// multi-line front-matter fields (the summary) when one of them has the focus. Plain
// text, whole words, case, or a regular expression (\1 in the replacement); the match
// count shows as the user types. Every replacement goes through the editor as a user
// edit, so the document records it; Replace All is one undo step on the given stack.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    // `scope`: the review's widget; a QPlainTextEdit inside it that takes the focus becomes
    // the searched editor. `editor`: the one searched until then (the body).
    FindBar(QWidget *scope, QPlainTextEdit *editor, QWidget *parent = nullptr);

    // The find bar inside a review's widget, if it has one.
    static FindBar *of(const QWidget *scope);

    void setUndoStack(QUndoStack *stack);
    QPlainTextEdit *editor() const { return m_editor; }
    void setEditor(QPlainTextEdit *editor);

    // Ctrl+F: shows the bar (search row only), the editor's selection as the text to find.
    void showFind();
    // Ctrl+H: the same with the replace row.
    void showReplace();
    // Selects the next (previous) match after (before) the editor's cursor, wrapping
    // around; false when there is none.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match (if the selection is one) and selects the next one.
    bool replaceCurrent();
    // Replaces every match in one undo step; returns how many.
    int replaceAll();

    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setCaseSensitive(bool on);
    void setWholeWords(bool on);
    void setRegularExpression(bool on);
    int matchCount() const { return int(matches().size()); }
    // "3 of 12", "No matches", or why the pattern is invalid.
    QString statusText() const;
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Match
    {
        qsizetype start;
        qsizetype length;
        QStringList captures;
    };
    QRegularExpression pattern() const;
    QString editorText() const;
    QList<Match> matches() const;
    // The match exactly selected in the editor, or -1.
    int selectedMatch(const QList<Match> &all) const;
    void select(const Match &match);
    QString replacementFor(const Match &match) const;
    void updateStatus();
    void closeBar();

    QPointer<QWidget> m_scope;
    QPointer<QPlainTextEdit> m_editor;
    QPointer<QUndoStack> m_undoStack;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QToolButton *m_case;
    QToolButton *m_words;
    QToolButton *m_regex;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace Rubric
