#include "spellhighlight.h"

#include "document/reviewdocument.h"
#include "proof/sitedictionary.h"
#include "schema/schema.h"

#include <QHash>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QTextBlock>

#include <memory>

namespace Rubric {

namespace {

QHash<QString, std::shared_ptr<SpellChecker>> &checkers()
{
    static QHash<QString, std::shared_ptr<SpellChecker>> bySite;
    return bySite;
}

// A form field's highlighter: its text is prose (a front-matter value), nothing else.
class FieldHighlighter final : public QSyntaxHighlighter
{
public:
    explicit FieldHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document)
    {
    }
    const SpellHighlight *spelling = nullptr;

protected:
    void highlightBlock(const QString &text) override
    {
        if (!spelling)
            return;
        for (const auto &miss : spelling->misspelled(text, false)) {
            QTextCharFormat underlined = format(int(miss.start));
            underlined.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            underlined.setUnderlineColor(Qt::red);
            setFormat(int(miss.start), int(miss.length), underlined);
        }
    }
};

} // namespace

void SpellHighlight::attachToField(QPlainTextEdit *field, ReviewDocument *document)
{
    auto *highlighter = new FieldHighlighter(field->document());
    auto *spelling = new SpellHighlight(field, document, highlighter);
    highlighter->spelling = spelling;
    highlighter->rehighlight();
    field->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(field, &QWidget::customContextMenuRequested, spelling, [field, spelling](const QPoint &position) {
        QMenu *menu = field->createStandardContextMenu(position);
        spelling->addActions(menu, position);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(field->viewport()->mapToGlobal(position));
    });
}

SpellHighlight::SpellHighlight(QPlainTextEdit *editor, ReviewDocument *document, QSyntaxHighlighter *highlighter)
    : QObject(editor)
    , m_editor(editor)
    , m_document(document)
    , m_highlighter(highlighter)
{
}

SpellChecker *SpellHighlight::checkerFor(const QString &siteDir)
{
    auto &entry = checkers()[siteDir];
    if (!entry) {
        entry = std::make_shared<SpellChecker>();
        SiteDictionary dictionary;
        if (!siteDir.isEmpty() && dictionary.load(SiteDictionary::pathFor(siteDir)))
            entry->addKnownWords(dictionary.words());
    }
    return entry->isValid() ? entry.get() : nullptr;
}

bool SpellHighlight::addToSiteDictionary(const QString &siteDir, const QString &word, QString *error)
{
    SiteDictionary dictionary;
    if (!dictionary.load(SiteDictionary::pathFor(siteDir), error) || !dictionary.add(word, error))
        return false;
    if (SpellChecker *checker = checkerFor(siteDir))
        checker->addKnownWords({word});
    return true;
}

QString SpellHighlight::siteDir() const
{
    return m_document ? m_document->schema().siteDir() : QString();
}

void SpellHighlight::setEnabled(bool enabled)
{
    m_enabled = enabled;
    rehighlightAll();
}

bool SpellHighlight::isActive() const
{
    if (!m_enabled || !m_document)
        return false;
    const YamlValue lang = m_document->frontMatter().value(QStringLiteral("lang"));
    return lang.isScalar() && (lang.scalar == u"en" || lang.scalar.startsWith(u"en-"));
}

QList<SpellChecker::Misspelling> SpellHighlight::misspelled(const QString &block, bool inCode) const
{
    if (inCode || !isActive())
        return {};
    const SpellChecker *checker = checkerFor(siteDir());
    if (!checker)
        return {};
    int state = static_cast<int>(Prose::State::Text); // fences are the highlighter's
    QList<SpellChecker::Misspelling> found = checker->misspelledInBlock(block, state);
    if (!m_ignored.isEmpty())
        found.removeIf([this](const SpellChecker::Misspelling &m) { return m_ignored.contains(m.word.toLower()); });
    return found;
}

void SpellHighlight::addActions(QMenu *menu, const QPoint &position)
{
    const QTextCursor at = m_editor->cursorForPosition(position);
    const QTextBlock block = at.block();
    const int column = at.positionInBlock();
    const bool inCode = block.userState() == 1; // MarkdownHighlighter's InFence
    for (const auto &miss : misspelled(block.text(), inCode)) {
        if (column < miss.start || column > miss.start + miss.length)
            continue;
        const QString word = miss.word;
        QAction *first = menu->actions().value(0);
        auto insert = [&](QAction *action) { menu->insertAction(first, action); };
        const SpellChecker *checker = checkerFor(siteDir());
        const QStringList suggestions = checker ? checker->suggestions(word) : QStringList();
        for (const auto &suggestion : suggestions) {
            auto *action = new QAction(suggestion, menu);
            connect(action, &QAction::triggered, this, [this, block, miss, suggestion] {
                // Through the widget: the editor turns it into one edit on the document's stack.
                QTextCursor cursor(block);
                cursor.setPosition(block.position() + int(miss.start));
                cursor.setPosition(block.position() + int(miss.start + miss.length), QTextCursor::KeepAnchor);
                cursor.insertText(suggestion);
            });
            insert(action);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No Suggestions"), menu);
            none->setEnabled(false);
            insert(none);
        }
        auto *add = new QAction(tr("Add \"%1\" to Site Dictionary").arg(word), menu);
        add->setEnabled(!siteDir().isEmpty());
        connect(add, &QAction::triggered, this, [this, word] {
            QString error;
            if (!addToSiteDictionary(siteDir(), word, &error))
                QMessageBox::warning(m_editor, tr("Add to Site Dictionary"), error);
            rehighlightAll();
        });
        insert(add);
        auto *ignore = new QAction(tr("Ignore \"%1\"").arg(word), menu);
        connect(ignore, &QAction::triggered, this, [this, word] {
            m_ignored.insert(word.toLower());
            rehighlightAll();
        });
        insert(ignore);
        if (first)
            menu->insertSeparator(first);
        return;
    }
}

void SpellHighlight::rehighlightAll()
{
    m_highlighter->rehighlight();
}

} // namespace Rubric
