#pragma once

#include "prooffinding.h"
#include "prose.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Rubric {

// Japanese notation: the site's own variant groups (katakana with and without a final
// long-vowel mark ー or a middle dot ・, full and half width: ドライバー / ドライバ), the
// preferred form of each chosen by how often the site uses it (or set by the site), and
// the rules needing no learning: half-width katakana, full-width Latin letters and
// digits, doubled particles (のの, にに, をを, がが).
class NotationRules final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::NotationRules)

public:
    // Counts the katakana words of a review's prose.
    void learn(QStringView text, const QList<Prose::Span> &spans);
    // Forms the site prefers whatever the counts say (rubric-schema.yml, see the notes).
    void setPreferredForms(const QStringList &forms);
    // The preferred form of a word's group, or the word itself when it has no variant.
    QString preferredForm(const QString &word) const;

    ProofFindings check(QStringView text, const QList<Prose::Span> &spans) const;
    // The same rules for one review without the site: its own variants (the form it uses
    // most wins) and the preferred forms set with setPreferredForms(); learn() not needed.
    ProofFindings checkAlone(QStringView text, const QList<Prose::Span> &spans) const;

    // The group key of a katakana word: width folded, middle dots and final ー dropped.
    static QString groupKey(QStringView word);

private:
    QString preferredFormOf(const QString &key, const QString &word) const;

    QHash<QString, QHash<QString, int>> m_groups; // key -> form -> count
    QHash<QString, QString> m_forced;             // key -> form set by the site
    mutable QHash<QString, QString> m_preferred;  // key -> chosen form; cleared by learn() (not thread-safe)
};

} // namespace Rubric
