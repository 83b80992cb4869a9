#include "statusinfo.h"

#include "document/reviewdocument.h"
#include "markdowneditor.h"
#include "models/problemsmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTimer>

namespace Rubric {

StatusInfo::StatusInfo(QWidget *parent)
    : QWidget(parent)
    , m_countTimer(new QTimer(this))
    , m_position(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_language(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_problemCount(new QLabel(this))
{
    setObjectName(QStringLiteral("StatusInfo"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    for (QLabel *label : {m_problemCount, m_position, m_counts, m_language, m_saveState})
        layout->addWidget(label);
    m_position->setToolTip(tr("Line and column of the cursor in the file"));
    m_counts->setToolTip(tr("Words and characters of the body"));
    m_language->setToolTip(tr("The review's language"));
    // Counting a long body on every keystroke would be wasted: once typing pauses.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, &StatusInfo::updateCounts);
    attach(nullptr, nullptr, nullptr);
}

void StatusInfo::attach(ReviewDocument *document, MarkdownEditor *editor, ProblemsModel *problems)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_editor = editor;
    m_problems = problems;
    if (editor)
        m_connections.append(connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &StatusInfo::updatePosition));
    if (document) {
        m_connections.append(connect(document, &ReviewDocument::textChanged, m_countTimer, qOverload<>(&QTimer::start)));
        m_connections.append(connect(document, &ReviewDocument::textChanged, this, &StatusInfo::updateDocument));
        m_connections.append(connect(document, &ReviewDocument::modifiedChanged, this, &StatusInfo::updateDocument));
        m_connections.append(connect(document, &ReviewDocument::saved, this, &StatusInfo::updateDocument));
    }
    if (problems) {
        m_connections.append(connect(problems, &QAbstractItemModel::modelReset, this, &StatusInfo::updateProblems));
        m_connections.append(connect(problems, &QAbstractItemModel::rowsInserted, this, &StatusInfo::updateProblems));
        m_connections.append(connect(problems, &QAbstractItemModel::rowsRemoved, this, &StatusInfo::updateProblems));
        m_connections.append(connect(problems, &QAbstractItemModel::dataChanged, this, &StatusInfo::updateProblems));
    }
    updatePosition();
    updateCounts();
    updateDocument();
    updateProblems();
}

int StatusInfo::wordCount(const QString &text)
{
    int words = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end >= 0; end = finder.toNextBoundary()) {
        // A segment between boundaries is a word when it holds a letter or a digit.
        for (qsizetype i = start; i < end; ++i) {
            if (text.at(i).isLetterOrNumber()) {
                ++words;
                break;
            }
        }
        start = end;
    }
    return words;
}

int StatusInfo::characterCount(const QString &text)
{
    int characters = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (c != u'\n' && c != u'\r')
            ++characters;
    }
    return characters;
}

QString StatusInfo::positionText() const
{
    return m_position->text();
}

QString StatusInfo::countText() const
{
    return m_counts->text();
}

QString StatusInfo::languageText() const
{
    return m_language->text();
}

QString StatusInfo::saveStateText() const
{
    return m_saveState->text();
}

QString StatusInfo::problemsText() const
{
    return m_problemCount->text();
}

void StatusInfo::updatePosition()
{
    if (!m_editor) {
        m_position->clear();
        return;
    }
    const QTextCursor cursor = m_editor->textCursor();
    m_position->setText(tr("Ln %1, Col %2").arg(m_editor->currentFileLine() + 1).arg(cursor.positionInBlock() + 1));
}

void StatusInfo::updateCounts()
{
    m_countTimer->stop();
    if (!m_document) {
        m_counts->clear();
        return;
    }
    const auto &frontMatter = m_document->frontMatter();
    const QString body = m_document->text().sliced(frontMatter.isClosed() ? frontMatter.bodyStart() : 0);
    const int words = wordCount(body);
    const int characters = characterCount(body);
    m_counts->setText(tr("%1 words, %2 characters").arg(QLocale().toString(words), QLocale().toString(characters)));
}

void StatusInfo::updateDocument()
{
    if (!m_document) {
        m_language->clear();
        m_saveState->clear();
        return;
    }
    // The language's name as the schema gives it ("English", "日本語"), its code otherwise.
    const LanguageSpec *language = m_document->schema().language(m_document->lang());
    m_language->setText(language ? language->name : m_document->lang().isEmpty() ? tr("no language") : m_document->lang());
    m_language->setToolTip(tr("The review's language: %1").arg(m_document->lang()));
    m_saveState->setText(m_document->isModified() ? tr("Modified") : tr("Saved"));
}

void StatusInfo::updateProblems()
{
    if (!m_problems) {
        m_problemCount->clear();
        return;
    }
    const int errors = m_problems->errorCount();
    const int warnings = m_problems->warningCount();
    if (errors == 0 && warnings == 0) {
        m_problemCount->setText(tr("No problems"));
        m_problemCount->setStyleSheet(QString());
        return;
    }
    QStringList parts;
    if (errors)
        parts.append(tr("%n error(s)", nullptr, errors));
    if (warnings)
        parts.append(tr("%n warning(s)", nullptr, warnings));
    m_problemCount->setText(parts.join(QLatin1String(", ")));
    m_problemCount->setStyleSheet(errors ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace Rubric
