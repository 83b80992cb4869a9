#pragma once

#include "notation.h"
#include "prooffinding.h"
#include "sitedictionary.h"
#include "spellchecker.h"

#include "schema/schema.h"
#include "translate/reviewtext.h"
#include "validate/validator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Rubric {

// Proofreading of a site's reviews: spelling (English), notation (Japanese) and the
// checks between a review and its translation. It learns the site first (names, the
// site dictionary, katakana frequencies); then checking one review is cheap.
class Proofreader final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Proofreader)

public:
    explicit Proofreader(const Schema &schema, const QString &hunspellDictionary = SpellChecker::defaultDictionary());

    // The rules, with stable codes (all warnings); `enabledByDefault` is false for a rule
    // measured too noisy on the corpus (see the notes).
    struct Rule
    {
        RuleInfo info;
        bool enabledByDefault = true;
    };
    static const QList<Rule> &rules();
    static constexpr int siteVocabularyReviews = 3;
    static bool isEnabledByDefault(const QString &code);

    struct SiteReview
    {
        QString path;     // absolute
        QString sitePath; // site-relative
        ReviewText review;
    };
    // Reads every review of the site and learns from it; false with `error` when the site
    // dictionary does not read. Unreadable reviews are skipped (validate reports them).
    bool loadSite(const QString &siteRoot, QString *error = nullptr);
    const QList<SiteReview> &reviews() const { return m_reviews; }
    // Source and target indices in reviews(), pairs by ref, source in the schema's first
    // language.
    QList<std::pair<int, int>> pairs() const;
    // Target price ÷ source price of a pair, else the site's median, else 0.
    double priceRatio(const ReviewText &source, const ReviewText &target) const;

    // Learns one review: its names for spelling, its katakana for notation, its words (a
    // word used by siteVocabularyReviews reviews or more is the site's vocabulary, not a
    // slip: "Stereophile", "crossfeed").
    void learn(const ReviewText &review);

    ProofFindings checkReview(const ReviewText &review) const;
    ProofFindings checkPair(const ReviewText &source, const ReviewText &target, const QString &sourcePath = {}) const;

    struct FileFindings
    {
        QString path; // absolute
        ProofFindings findings;
    };
    // Every review of the loaded site at or under `path` (a file or a folder), in path
    // order: its own findings and, for a translation, those of its pair; only reviews in
    // `lang` when it is not empty.
    QList<FileFindings> proofread(const QString &path, const QString &lang = {}) const;

    // Whether spelling findings carry Hunspell's suggestions (tens of milliseconds per
    // unknown word: the editor asks per word instead; the CLI only with --suggest).
    void setSuggesting(bool suggesting) { m_suggesting = suggesting; }
    // Which rules run (a code or a prefix each); empty: all. Rules not run cost nothing.
    void setRules(const QStringList &codes) { m_rules = codes; }
    bool runs(const QString &code) const;

    SpellChecker &spelling() { return m_spelling; }
    const SpellChecker &spelling() const { return m_spelling; }
    NotationRules &notation() { return m_notation; }
    SiteDictionary &dictionary() { return m_dictionary; }
    // Adds a word to the site dictionary (sorted, written atomically) and to the checker.
    bool addToDictionary(const QString &word, QString *error = nullptr);

    // Sets line and column of findings from their positions in `text`.
    static void locate(ProofFindings &findings, const QString &text);

private:
    const Schema &m_schema;
    SpellChecker m_spelling;
    NotationRules m_notation;
    SiteDictionary m_dictionary;
    QList<SiteReview> m_reviews;
    double m_medianRatio = 0;
    QHash<QString, int> m_wordReviews; // lower-case word -> how many English reviews use it
    bool m_suggesting = false;
    QStringList m_rules;
};

} // namespace Rubric
