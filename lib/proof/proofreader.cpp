#include "proofreader.h"

#include "paircheck.h"
#include "prose.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Rubric {

namespace {

QStringList wordsOfName(const QString &name)
{
    QStringList words;
    qsizetype i = 0;
    while (i < name.size()) {
        if (!name.at(i).isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < name.size() && (name.at(i).isLetter() || name.at(i) == u'\'' || name.at(i) == u'\u2019'))
            ++i;
        words.append(name.mid(start, i - start));
    }
    return words;
}

} // namespace

Proofreader::Proofreader(const Schema &schema, const QString &hunspellDictionary)
    : m_schema(schema)
    , m_spelling(hunspellDictionary)
{
}

const QList<Proofreader::Rule> &Proofreader::rules()
{
    static const QList<Rule> all = {
        {{QStringLiteral("proof.spelling"), Problem::Severity::Warning, false, tr("An English word is not in the dictionary, the site's names or rubric-dictionary.txt")}, false},
        {{QStringLiteral("proof.notation-variant"), Problem::Severity::Warning, true, tr("A katakana word is written differently elsewhere on the site (ー, ・, width)")}, true},
        {{QStringLiteral("proof.halfwidth-katakana"), Problem::Severity::Warning, true, tr("Half-width katakana")}, true},
        {{QStringLiteral("proof.fullwidth-alnum"), Problem::Severity::Warning, true, tr("Full-width Latin letters or digits")}, true},
        {{QStringLiteral("proof.doubled-particle"), Problem::Severity::Warning, true, tr("A doubled particle (のの, にに, をを, がが)")}, true},
        {{QStringLiteral("proof.pair-number"), Problem::Severity::Warning, false, tr("A number with a unit of the source section is missing from the translation")}, false},
        {{QStringLiteral("proof.pair-model"), Problem::Severity::Warning, false, tr("A model name of the source section is missing from the translation")}, false},
        {{QStringLiteral("proof.pair-price"), Problem::Severity::Warning, false, tr("A price of the source section is missing, converted, from the translation")}, false},
        {{QStringLiteral("proof.pair-link"), Problem::Severity::Warning, false, tr("A link of the source section is missing from the translation")}, true},
    };
    return all;
}

bool Proofreader::isEnabledByDefault(const QString &code)
{
    for (const auto &rule : rules()) {
        if (rule.info.code == code)
            return rule.enabledByDefault;
    }
    return true;
}

bool Proofreader::loadSite(const QString &siteRoot, QString *error)
{
    if (!m_dictionary.load(SiteDictionary::pathFor(siteRoot), error))
        return false;
    m_spelling.addKnownWords(m_dictionary.words());
    QStringList files;
    for (const auto &layout : m_schema.layouts()) {
        QDirIterator it(QDir(siteRoot).filePath(layout.folder), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    std::sort(files.begin(), files.end());
    const QDir root(siteRoot);
    // Reading and parsing in parallel (most of loading); learning in path order, as the
    // counts and the site vocabulary depend on it.
    const QList<std::optional<ReviewText>> read = QtConcurrent::blockingMapped(files, [](const QString &file) {
        QString readError;
        return ReviewText::read(file, &readError);
    });
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!read.at(i))
            continue;
        learn(*read.at(i));
        m_reviews.append({files.at(i), root.relativeFilePath(files.at(i)), *read.at(i)});
    }
    QList<double> ratios;
    for (const auto &[source, target] : pairs()) {
        const double s = m_reviews.at(source).review.string(QStringLiteral("price")).toDouble();
        const double t = m_reviews.at(target).review.string(QStringLiteral("price")).toDouble();
        if (s > 0 && t > 0)
            ratios.append(t / s);
    }
    if (!ratios.isEmpty()) {
        std::nth_element(ratios.begin(), ratios.begin() + ratios.size() / 2, ratios.end());
        m_medianRatio = ratios.at(ratios.size() / 2);
    }
    return true;
}

QList<std::pair<int, int>> Proofreader::pairs() const
{
    const QStringList langs = m_schema.languageCodes();
    const QString first = langs.isEmpty() ? QStringLiteral("en") : langs.constFirst();
    QHash<QString, int> sources;
    for (int i = 0; i < m_reviews.size(); ++i) {
        if (m_reviews.at(i).review.lang() == first)
            sources.insert(m_reviews.at(i).review.string(QStringLiteral("ref")), i);
    }
    QList<std::pair<int, int>> found;
    for (int i = 0; i < m_reviews.size(); ++i) {
        const auto &review = m_reviews.at(i).review;
        if (review.lang() == first)
            continue;
        const auto source = sources.constFind(review.string(QStringLiteral("ref")));
        if (source != sources.cend())
            found.append({*source, i});
    }
    return found;
}

double Proofreader::priceRatio(const ReviewText &source, const ReviewText &target) const
{
    const double s = source.string(QStringLiteral("price")).toDouble();
    const double t = target.string(QStringLiteral("price")).toDouble();
    if (s > 0 && t > 0)
        return t / s;
    if (m_medianRatio <= 0)
        return 0;
    // The median is ja per en; the other way round it is its inverse.
    return source.lang() == u"ja" ? 1.0 / m_medianRatio : m_medianRatio;
}

void Proofreader::learn(const ReviewText &review)
{
    QStringList names;
    for (const auto &key : {QStringLiteral("target_name"), QStringLiteral("company_id"), QStringLiteral("title")})
        names += wordsOfName(review.string(key));
    for (const auto &tag : review.frontMatter.value(QStringLiteral("tags")).scalarItems())
        names += wordsOfName(tag);
    m_spelling.addKnownWords(names);
    const QList<Prose::Span> spans = Prose::ofText(review.text);
    if (review.lang() == u"ja")
        m_notation.learn(review.text, spans);
    if (review.lang() == u"en") {
        QSet<QString> words;
        for (const auto &span : spans) {
            for (const auto &word : Prose::checkableWords(review.text, span))
                words.insert(QStringView(review.text).mid(word.start, word.length).toString().toLower());
        }
        QStringList vocabulary;
        for (const auto &word : std::as_const(words)) {
            if (++m_wordReviews[word] == siteVocabularyReviews)
                vocabulary.append(word);
        }
        if (!vocabulary.isEmpty())
            m_spelling.addKnownWords(vocabulary);
    }
}

ProofFindings Proofreader::checkReview(const ReviewText &review) const
{
    ProofFindings findings;
    const QList<Prose::Span> spans = Prose::ofText(review.text);
    const QString lang = review.lang();
    if ((lang == u"en" || lang.startsWith(u"en-")) && runs(QStringLiteral("proof.spelling"))) {
        for (const auto &miss : m_spelling.check(review.text, spans)) {
            ProofFinding finding;
            finding.problem.severity = Problem::Severity::Warning;
            finding.problem.code = QStringLiteral("proof.spelling");
            finding.position = miss.start;
            finding.length = miss.length;
            if (m_suggesting)
                finding.suggestions = m_spelling.suggestions(miss.word);
            finding.problem.message = finding.suggestions.isEmpty()
                ? tr("unknown word \"%1\"").arg(miss.word)
                : tr("unknown word \"%1\" (%2?)").arg(miss.word, finding.suggestions.join(QStringLiteral(", ")));
            findings.append(finding);
        }
    }
    if (lang == u"ja")
        findings += m_notation.check(review.text, spans);
    locate(findings, review.text);
    return findings;
}

ProofFindings Proofreader::checkPair(const ReviewText &source, const ReviewText &target, const QString &sourcePath) const
{
    if (!runs(QStringLiteral("proof.pair-")))
        return {};
    ProofFindings findings = PairCheck::check(source, target, m_schema, priceRatio(source, target), sourcePath);
    locate(findings, target.text);
    return findings;
}

QList<Proofreader::FileFindings> Proofreader::proofread(const QString &path, const QString &lang) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    const bool folder = QFileInfo(path).isDir();
    QHash<int, int> sourceOf;
    for (const auto &[source, target] : pairs())
        sourceOf.insert(target, source);
    QList<FileFindings> results;
    for (int i = 0; i < m_reviews.size(); ++i) {
        const SiteReview &review = m_reviews.at(i);
        const QString absolute = QFileInfo(review.path).absoluteFilePath();
        if (absolute != wanted && !(folder && absolute.startsWith(wanted + u'/')))
            continue;
        if (!lang.isEmpty() && review.review.lang() != lang)
            continue;
        FileFindings result{review.path, checkReview(review.review)};
        if (const auto source = sourceOf.constFind(i); source != sourceOf.cend()) {
            result.findings += checkPair(m_reviews.at(*source).review, review.review, m_reviews.at(*source).sitePath);
            std::stable_sort(result.findings.begin(), result.findings.end(), [](const ProofFinding &a, const ProofFinding &b) {
                return std::pair(a.problem.line, a.problem.column) < std::pair(b.problem.line, b.problem.column);
            });
        }
        results.append(std::move(result));
    }
    return results;
}

bool Proofreader::runs(const QString &code) const
{
    return m_rules.isEmpty() || std::any_of(m_rules.cbegin(), m_rules.cend(), [&](const QString &rule) {
        return rule.startsWith(code) || code.startsWith(rule);
    });
}

bool Proofreader::addToDictionary(const QString &word, QString *error)
{
    if (!m_dictionary.add(word, error))
        return false;
    m_spelling.addKnownWords({word.trimmed()});
    return true;
}

void Proofreader::locate(ProofFindings &findings, const QString &text)
{
    std::sort(findings.begin(), findings.end(), [](const ProofFinding &a, const ProofFinding &b) { return a.position < b.position; });
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype at = 0;
    for (auto &finding : findings) {
        for (; at < finding.position && at < text.size(); ++at) {
            if (text.at(at) == u'\n') {
                ++line;
                lineStart = at + 1;
            }
        }
        finding.problem.line = line;
        finding.problem.column = int(finding.position - lineStart) + 1;
    }
}

} // namespace Rubric
