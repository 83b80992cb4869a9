#include "notation.h"

#include <algorithm>
#include <functional>

namespace Rubric {

namespace {

bool isKatakana(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x30A1 && u <= 0x30FC) || (u >= 0xFF66 && u <= 0xFF9F); // ・ and ー included
}

bool isHalfWidthKatakana(QChar c)
{
    return c.unicode() >= 0xFF61 && c.unicode() <= 0xFF9F;
}

bool isFullWidthAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A);
}

constexpr char16_t middleDot = u'\u30FB';
constexpr char16_t longVowel = u'\u30FC';

struct Run
{
    qsizetype start;
    qsizetype length;
};

// Maximal runs of katakana (with ー and inner ・) in a span.
template<typename F>
void forEachKatakanaWord(QStringView text, Prose::Span span, F f)
{
    const qsizetype end = span.start + span.length;
    qsizetype i = span.start;
    while (i < end) {
        if (!isKatakana(text.at(i)) || text.at(i) == QChar(longVowel) || text.at(i) == QChar(middleDot)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < end && (isKatakana(text.at(i))
                           || (text.at(i) == QChar(middleDot) && i + 1 < end && isKatakana(text.at(i + 1)))))
            ++i;
        qsizetype length = i - start;
        while (length > 1 && text.at(start + length - 1) == QChar(middleDot))
            --length; // a list separator, not part of the word
        f(Run{start, length});
    }
}

template<typename Pred>
void forEachRun(QStringView text, Prose::Span span, Pred pred, const std::function<void(Run)> &f)
{
    const qsizetype end = span.start + span.length;
    qsizetype i = span.start;
    while (i < end) {
        if (!pred(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < end && pred(text.at(i)))
            ++i;
        f(Run{start, i - start});
    }
}

} // namespace

QString NotationRules::groupKey(QStringView word)
{
    QString folded = word.toString().normalized(QString::NormalizationForm_KC);
    folded.remove(QChar(middleDot));
    while (folded.endsWith(QChar(longVowel)))
        folded.chop(1);
    return folded;
}

void NotationRules::learn(QStringView text, const QList<Prose::Span> &spans)
{
    m_preferred.clear();
    for (const auto &span : spans) {
        forEachKatakanaWord(text, span, [&](Run run) {
            const QStringView word = text.mid(run.start, run.length);
            const QString key = groupKey(word);
            if (key.size() >= 3) // short words collide by chance (キー / キ)
                ++m_groups[key][word.toString()];
        });
    }
}

void NotationRules::setPreferredForms(const QStringList &forms)
{
    m_preferred.clear();
    for (const auto &form : forms)
        m_forced.insert(groupKey(form), form);
}

QString NotationRules::preferredForm(const QString &word) const
{
    const QString key = groupKey(word);
    if (const auto cached = m_preferred.constFind(key); cached != m_preferred.cend())
        return cached->isNull() ? word : *cached;
    if (const auto forced = m_forced.constFind(key); forced != m_forced.cend())
        return *forced;
    const auto group = m_groups.constFind(key);
    if (group == m_groups.cend()) {
        m_preferred.insert(key, QString()); // no variants: the word itself
        return word;
    }
    QString best;
    int bestCount = -1;
    for (auto it = group->cbegin(); it != group->cend(); ++it) {
        // Ties go to the longer form (with ー or ・), then to code-point order: stable.
        if (it.value() > bestCount || (it.value() == bestCount && (it.key().size() > best.size()
                                                                   || (it.key().size() == best.size() && it.key() < best)))) {
            best = it.key();
            bestCount = it.value();
        }
    }
    m_preferred.insert(key, best);
    return best;
}

ProofFindings NotationRules::check(QStringView text, const QList<Prose::Span> &spans) const
{
    ProofFindings findings;
    auto add = [&](const QString &code, const QString &message, Run run, const QString &replacement) {
        ProofFinding finding;
        finding.problem.severity = Problem::Severity::Warning;
        finding.problem.code = code;
        finding.problem.message = message;
        finding.position = run.start;
        finding.length = run.length;
        if (!replacement.isNull()) {
            finding.suggestions = {replacement};
            finding.fix = TextEdit{run.start, run.length, replacement};
        }
        findings.append(finding);
    };
    for (const auto &span : spans) {
        forEachRun(text, span, isHalfWidthKatakana, [&](Run run) {
            const QString word = text.mid(run.start, run.length).toString();
            const QString full = word.normalized(QString::NormalizationForm_KC);
            add(QStringLiteral("proof.halfwidth-katakana"), tr("half-width katakana \"%1\": write \"%2\"").arg(word, full), run, full);
        });
        forEachRun(text, span, isFullWidthAlnum, [&](Run run) {
            const QString word = text.mid(run.start, run.length).toString();
            const QString half = word.normalized(QString::NormalizationForm_KC);
            add(QStringLiteral("proof.fullwidth-alnum"), tr("full-width letters or digits \"%1\": write \"%2\"").arg(word, half), run, half);
        });
        // Doubled particles. ものの ("although") is a word, not a slip; はは and でで are
        // left out: はるか and までで make them common and correct.
        const qsizetype end = span.start + span.length;
        for (qsizetype i = span.start; i + 1 < end; ++i) {
            const QChar c = text.at(i);
            if ((c == u'の' || c == u'に' || c == u'を' || c == u'が') && text.at(i + 1) == c
                && !(c == u'の' && i > 0 && text.at(i - 1) == u'も')
                && !(i + 2 < text.size() && text.at(i + 2) == c)) {
                const QString doubled(2, c);
                add(QStringLiteral("proof.doubled-particle"), tr("doubled particle \"%1\"").arg(doubled), Run{i, 2}, QString(c));
                ++i;
            }
        }
        forEachKatakanaWord(text, span, [&](Run run) {
            const QString word = text.mid(run.start, run.length).toString();
            const QString key = groupKey(word);
            if (key.size() < 3 || std::any_of(word.cbegin(), word.cend(), isHalfWidthKatakana))
                return; // half-width is flagged by its own rule
            const QString preferred = preferredForm(word);
            if (preferred == word)
                return;
            add(QStringLiteral("proof.notation-variant"),
                tr("\"%1\" is written \"%2\" elsewhere on the site").arg(word, preferred), run, preferred);
        });
    }
    return findings;
}

} // namespace Rubric
