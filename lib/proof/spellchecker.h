#pragma once

#include "prose.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace Rubric {

// English spelling with Hunspell, plus the words a site knows (its product, company and
// tag names, its dictionary file). Not thread-safe: it caches answers per word, which is
// what keeps a keystroke's re-check of a whole review cheap.
class SpellChecker final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::SpellChecker)

public:
    // `dictionary`: the .aff/.dic pair's path without the suffix.
    explicit SpellChecker(const QString &dictionary = defaultDictionary());
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    static QString defaultDictionary();
    bool isValid() const { return m_hunspell != nullptr; }
    QString error() const { return m_error; }

    // Words known regardless of case ("Sony", "sony's", "SONY").
    void addKnownWords(const QStringList &words);
    bool isCorrect(QStringView word) const;
    QStringList suggestions(QStringView word, int maximum = 5) const;

    struct Misspelling
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QString word;
    };
    // The misspelled words of the prose spans of `text`.
    QList<Misspelling> check(QStringView text, const QList<Prose::Span> &spans) const;
    // For a QSyntaxHighlighter's highlightBlock(): the misspelled ranges of one block (a
    // line of the body editor), given the block state before it (previousBlockState())
    // and updating it (setCurrentBlockState()); the state is a Prose::State as an int.
    QList<Misspelling> misspelledInBlock(QStringView block, int &blockState) const;

private:
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_error;
    QSet<QString> m_known; // lower case
    mutable QHash<QString, bool> m_cache;
};

} // namespace Rubric
