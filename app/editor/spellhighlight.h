#pragma once

#include "proof/spellchecker.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QMenu;
class QPlainTextEdit;
class QSyntaxHighlighter;

namespace Rubric {

class ReviewDocument;

// Spelling underlines for an editor of an English review, and the context menu of a
// misspelled word: Hunspell's suggestions, "Add to Site Dictionary", "Ignore".
//
// Underlined always in an English review's editor, whether or not the site puts spelling
// in its Problems: an underline costs nothing to ignore and is where a false alarm (a
// name, jargon) is fixed with one click, as in ghostwriter or Kate; the Problems list and
// `rubric validate` would make every such name a warning (off by default: see the notes).
//
// The highlighter asks per block (QSyntaxHighlighter rehighlights only changed blocks) and
// the checker caches answers per word, so a keystroke re-checks one line.
class SpellHighlight final : public QObject
{
    Q_OBJECT

public:
    SpellHighlight(QPlainTextEdit *editor, ReviewDocument *document, QSyntaxHighlighter *highlighter);

    // The misspelled ranges of a block of the body; `inCode`: a fenced block's line.
    QList<SpellChecker::Misspelling> misspelled(const QString &block, bool inCode) const;
    bool isActive() const;
    // Off: nothing underlined (the keystroke benchmark's baseline).
    void setEnabled(bool enabled);
    // Adds the word under `position` (widget coordinates) to `menu`, first, when it is
    // misspelled.
    void addActions(QMenu *menu, const QPoint &position);

    // Underlines and the context menu for a form's text field (the summary) of `document`.
    static void attachToField(QPlainTextEdit *field, ReviewDocument *document);

    // The checker of a site (GUI thread): its dictionary loaded, shared by its editors.
    static SpellChecker *checkerFor(const QString &siteDir);
    // Adds `word` to the site's rubric-dictionary.txt (sorted, atomic) and to its checker.
    static bool addToSiteDictionary(const QString &siteDir, const QString &word, QString *error);

private:
    QString siteDir() const;
    void rehighlightAll();

    QPlainTextEdit *m_editor;
    QPointer<ReviewDocument> m_document;
    QSyntaxHighlighter *m_highlighter;
    QSet<QString> m_ignored; // this editor's "Ignore": lower case
    bool m_enabled = true;
};

} // namespace Rubric
