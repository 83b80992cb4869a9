#include "findbar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Rubric {

namespace {

QToolButton *optionButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(QWidget *scope, QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_scope(scope)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(optionButton(QStringLiteral("Aa"), tr("Match case"), this))
    , m_words(optionButton(QStringLiteral("W"), tr("Whole words"), this))
    , m_regex(optionButton(QStringLiteral(".*"), tr("Regular expression (\\1 in the replacement is the first group)"), this))
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
{
    setObjectName(QStringLiteral("FindBar"));
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find"));
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_find->setMinimumWidth(m_find->fontMetrics().horizontalAdvance(u'M') * 8);

    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setAutoRaise(true);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setAutoRaise(true);
    next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_case);
    findRow->addWidget(m_words);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_status);
    findRow->addWidget(close);
    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceAllButton = new QPushButton(tr("Replace All"), m_replaceRow);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceAllButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::textChanged, this, &FindBar::updateStatus);
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    for (QToolButton *option : {m_case, m_words, m_regex})
        connect(option, &QToolButton::toggled, this, &FindBar::updateStatus);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::closeBar);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    // The field being worked in is the one searched: the body, or the summary.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        auto *text = qobject_cast<QPlainTextEdit *>(now);
        if (text && m_scope && m_scope->isAncestorOf(text))
            setEditor(text);
    });
    hide();
}

FindBar *FindBar::of(const QWidget *scope)
{
    return scope ? scope->findChild<FindBar *>(QStringLiteral("FindBar")) : nullptr;
}

void FindBar::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
}

void FindBar::setEditor(QPlainTextEdit *editor)
{
    if (m_editor == editor)
        return;
    m_editor = editor;
    updateStatus();
}

void FindBar::showFind()
{
    m_replaceRow->hide();
    show();
    if (m_editor) {
        // A selection on one line is what the user wants to find; a longer one is not.
        const QString selected = m_editor->textCursor().selectedText();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_find->setText(m_regex->isChecked() ? QRegularExpression::escape(selected) : selected);
    }
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    updateStatus();
}

void FindBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

void FindBar::setWholeWords(bool on)
{
    m_words->setChecked(on);
}

void FindBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

QRegularExpression FindBar::pattern() const
{
    QString source = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_words->isChecked())
        source = QStringLiteral("\\b(?:") + source + QStringLiteral(")\\b");
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_case->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(source, options);
}

QString FindBar::editorText() const
{
    // Positions in the text document: one character per paragraph separator, and the
    // no-break spaces kept (toPlainText would change them).
    QString text = m_editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

QList<FindBar::Match> FindBar::matches() const
{
    QList<Match> all;
    if (!m_editor || m_find->text().isEmpty())
        return all;
    const QRegularExpression expression = pattern();
    if (!expression.isValid())
        return all;
    const QString text = editorText();
    for (auto it = expression.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0)
            continue; // "^" or "a*" match nothing to select
        all.append({match.capturedStart(), match.capturedLength(), match.capturedTexts()});
    }
    return all;
}

int FindBar::selectedMatch(const QList<Match> &all) const
{
    const QTextCursor cursor = m_editor->textCursor();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).start == cursor.selectionStart() && all.at(i).start + all.at(i).length == cursor.selectionEnd())
            return i;
    }
    return -1;
}

void FindBar::select(const Match &match)
{
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(match.start));
    cursor.setPosition(int(match.start + match.length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    updateStatus();
}

bool FindBar::findNext()
{
    const QList<Match> all = matches();
    if (all.isEmpty()) {
        updateStatus();
        return false;
    }
    const int after = m_editor->textCursor().selectionEnd();
    for (const Match &match : all) {
        if (match.start >= after) {
            select(match);
            return true;
        }
    }
    select(all.constFirst()); // wrapped around
    return true;
}

bool FindBar::findPrevious()
{
    const QList<Match> all = matches();
    if (all.isEmpty()) {
        updateStatus();
        return false;
    }
    const int before = m_editor->textCursor().selectionStart();
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        if (all.at(i).start + all.at(i).length <= before) {
            select(all.at(i));
            return true;
        }
    }
    select(all.constLast()); // wrapped around
    return true;
}

QString FindBar::replacementFor(const Match &match) const
{
    const QString replacement = m_replace->text();
    if (!m_regex->isChecked())
        return replacement;
    // \1 to \9 are the groups, \0 the whole match; \n and \t a line break and a tab.
    QString result;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != u'\\' || i + 1 == replacement.size()) {
            result += c;
            continue;
        }
        const QChar next = replacement.at(++i);
        if (next.isDigit())
            result += match.captures.value(next.digitValue());
        else if (next == u'n')
            result += u'\n';
        else if (next == u't')
            result += u'\t';
        else
            result += next;
    }
    return result;
}

bool FindBar::replaceCurrent()
{
    if (!m_editor || m_editor->isReadOnly())
        return false;
    const QList<Match> all = matches();
    const int current = selectedMatch(all);
    if (current < 0)
        return findNext(); // first show what would be replaced
    const Match &match = all.at(current);
    if (m_undoStack)
        m_undoStack->beginMacro(tr("Replace"));
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertText(replacementFor(match));
    if (m_undoStack)
        m_undoStack->endMacro();
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    if (!m_editor || m_editor->isReadOnly())
        return 0;
    const QList<Match> all = matches();
    if (all.isEmpty())
        return 0;
    if (m_undoStack)
        m_undoStack->beginMacro(tr("Replace All"));
    // From the last match back, so the earlier positions stay valid; one edit block, so
    // the editor reports one change.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        const Match &match = all.at(i);
        cursor.setPosition(int(match.start));
        cursor.setPosition(int(match.start + match.length), QTextCursor::KeepAnchor);
        cursor.insertText(replacementFor(match));
    }
    cursor.endEditBlock();
    if (m_undoStack)
        m_undoStack->endMacro();
    updateStatus();
    m_status->setText(tr("%n replaced", nullptr, int(all.size())));
    return int(all.size());
}

QString FindBar::statusText() const
{
    if (m_find->text().isEmpty() || !m_editor)
        return {};
    const QRegularExpression expression = pattern();
    if (!expression.isValid())
        return tr("Invalid pattern: %1").arg(expression.errorString());
    const QList<Match> all = matches();
    if (all.isEmpty())
        return tr("No matches");
    const int current = selectedMatch(all);
    return current >= 0 ? tr("%1 of %2").arg(current + 1).arg(all.size()) : tr("%n match(es)", nullptr, int(all.size()));
}

void FindBar::updateStatus()
{
    const QString text = statusText();
    m_status->setText(text);
    const bool bad = !m_find->text().isEmpty() && (text == tr("No matches") || !pattern().isValid());
    m_status->setStyleSheet(bad ? QStringLiteral("color: #c62828;") : QString());
    m_status->setToolTip(text);
}

void FindBar::closeBar()
{
    hide();
    if (m_editor)
        m_editor->setFocus(Qt::OtherFocusReason);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
        if (watched == m_find && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() & Qt::ShiftModifier) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Rubric
