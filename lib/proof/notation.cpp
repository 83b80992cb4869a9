#include "notation.h"

#include <algorithm>
#include <functional>
#include <list>

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

template<typename Pred, typename F>
void forEachRun(QStringView text, Prose::Span span, Pred pred, F f)
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
    // NFKC changes only half-width katakana here (a run holds katakana only): most words
    // skip the normalization, which dominated a validation's cost.
    QString folded = std::any_of(word.cbegin(), word.cend(), isHalfWidthKatakana)
        ? word.toString().normalized(QString::NormalizationForm_KC)
        : word.toString();
    if (folded.contains(QChar(middleDot)))
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
    return preferredFormOf(groupKey(word), word);
}

QString NotationRules::preferredFormOf(const QString &key, const QString &word) const
{
    if (const auto forced = m_forced.constFind(key); forced != m_forced.cend())
        return *forced;
    if (const auto cached = m_preferred.constFind(key); cached != m_preferred.cend())
        return cached->isNull() ? word : *cached;
    const auto group = m_groups.constFind(key);
    if (group == m_groups.cend() || group->size() < 2) {
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

namespace {

ProofFinding makeFinding(const QString &code, const QString &message, Run run, const QString &replacement)
{
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
    return finding;
}

// The rules needing no learning: width and doubled particles.
void checkCharacters(QStringView text, Prose::Span span, ProofFindings &findings)
{
    forEachRun(text, span, isHalfWidthKatakana, [&](Run run) {
        const QString word = text.mid(run.start, run.length).toString();
        const QString full = word.normalized(QString::NormalizationForm_KC);
        findings.append(makeFinding(QStringLiteral("proof.halfwidth-katakana"),
                                    NotationRules::tr("half-width katakana \"%1\": write \"%2\"").arg(word, full), run, full));
    });
    forEachRun(text, span, isFullWidthAlnum, [&](Run run) {
        const QString word = text.mid(run.start, run.length).toString();
        const QString half = word.normalized(QString::NormalizationForm_KC);
        findings.append(makeFinding(QStringLiteral("proof.fullwidth-alnum"),
                                    NotationRules::tr("full-width letters or digits \"%1\": write \"%2\"").arg(word, half), run, half));
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
            findings.append(makeFinding(QStringLiteral("proof.doubled-particle"),
                                        NotationRules::tr("doubled particle \"%1\"").arg(doubled), Run{i, 2}, QString(c)));
            ++i;
        }
    }
}

bool needsFolding(QStringView word)
{
    return word.endsWith(QChar(longVowel)) || word.contains(QChar(middleDot))
        || std::any_of(word.cbegin(), word.cend(), isHalfWidthKatakana);
}

} // namespace

ProofFindings NotationRules::check(QStringView text, const QList<Prose::Span> &spans) const
{
    ProofFindings findings;
    for (const auto &span : spans) {
        checkCharacters(text, span, findings);
        forEachKatakanaWord(text, span, [&](Run run) {
            const QString word = text.mid(run.start, run.length).toString();
            const QString key = groupKey(word);
            if (key.size() < 3 || std::any_of(word.cbegin(), word.cend(), isHalfWidthKatakana))
                return; // half-width is flagged by its own rule
            const QString preferred = preferredFormOf(key, word);
            if (preferred == word)
                return;
            findings.append(makeFinding(QStringLiteral("proof.notation-variant"),
                                        tr("\"%1\" is written \"%2\" elsewhere on the site").arg(word, preferred), run, preferred));
        });
    }
    return findings;
}

ProofFindings NotationRules::checkAlone(QStringView text, const QList<Prose::Span> &spans) const
{
    // One pass, keys as views into the text where folding changes nothing (most words):
    // this runs in every validation of a Japanese review.
    struct Word
    {
        QStringView key;
        Run run;
    };
    std::list<QString> foldedKeys; // stable storage for the keys folding changed
    QList<Word> words;
    ProofFindings findings;
    for (const auto &span : spans) {
        checkCharacters(text, span, findings);
        forEachKatakanaWord(text, span, [&](Run run) {
            const QStringView word = text.mid(run.start, run.length);
            if (std::any_of(word.cbegin(), word.cend(), isHalfWidthKatakana))
                return; // its own rule
            QStringView key = word;
            if (needsFolding(word))
                key = foldedKeys.emplace_back(groupKey(word));
            if (key.size() >= 3)
                words.append({key, run});
        });
    }
    // Words of one group side by side; a group of one form needs nothing more (most).
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) { return a.key < b.key; });
    for (qsizetype first = 0; first < words.size();) {
        qsizetype last = first + 1;
        while (last < words.size() && words.at(last).key == words.at(first).key)
            ++last;
        auto formOf = [&](qsizetype i) { return text.mid(words.at(i).run.start, words.at(i).run.length); };
        QString preferred;
        if (const auto forced = m_forced.constFind(words.at(first).key.toString()); forced != m_forced.cend()) {
            preferred = *forced;
        } else {
            QHash<QStringView, int> counts;
            for (qsizetype i = first; i < last; ++i)
                ++counts[formOf(i)];
            if (counts.size() > 1) {
                QStringView best;
                int bestCount = -1;
                for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                    // Ties as in preferredForm(): the longer form, then code-point order.
                    if (it.value() > bestCount || (it.value() == bestCount && (it.key().size() > best.size()
                                                                               || (it.key().size() == best.size() && it.key() < best)))) {
                        best = it.key();
                        bestCount = it.value();
                    }
                }
                preferred = best.toString();
            }
        }
        for (qsizetype i = first; !preferred.isNull() && i < last; ++i) {
            const QStringView form = formOf(i);
            if (form != preferred) {
                findings.append(makeFinding(QStringLiteral("proof.notation-variant"),
                                            tr("\"%1\" is written \"%2\" elsewhere in this review").arg(form, preferred),
                                            words.at(i).run, preferred));
            }
        }
        first = last;
    }
    std::sort(findings.begin(), findings.end(), [](const ProofFinding &a, const ProofFinding &b) { return a.position < b.position; });
    return findings;
}

} // namespace Rubric
