#include "proofchecks.h"

#include "notation.h"
#include "proofreader.h"
#include "prose.h"
#include "sitedictionary.h"
#include "spellchecker.h"

#include "validate/checkregistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <yaml-cpp/yaml.h>

#include <memory>

namespace Rubric::ProofChecks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::ProofChecks)
};

const QString registrationName = QStringLiteral("proofreading");
const QString spellingCode = QStringLiteral("proof.spelling");
const QString variantCode = QStringLiteral("proof.notation-variant");
// A variant of a form the site prefers in its schema: fixable (the form is the site's
// word), where a review's own majority is a guess that `validate --fix` must not apply.
const QString preferredCode = QStringLiteral("proof.notation-preferred");

QString str(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

std::optional<bool> onOff(const QString &value)
{
    const QString v = value.toLower();
    if (v == u"on" || v == u"true" || v == u"yes")
        return true;
    if (v == u"off" || v == u"false" || v == u"no")
        return false;
    return std::nullopt;
}

// A site's settings with what they imply, read only once made: shared between threads.
struct SiteSettings
{
    Settings settings;
    NotationRules notation;  // with the preferred forms
    QSet<QString> forcedKeys; // their group keys
};

// Settings by the schema's override text: parsed once per site, not per file.
std::shared_ptr<const SiteSettings> cachedSettings(const QByteArray &overrideYaml)
{
    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<const SiteSettings>> cache;
    QMutexLocker lock(&mutex);
    if (const auto found = cache.constFind(overrideYaml); found != cache.cend())
        return *found;
    auto site = std::make_shared<SiteSettings>();
    site->settings = settingsFrom(overrideYaml);
    site->notation.setPreferredForms(site->settings.preferredForms);
    for (const auto &form : std::as_const(site->settings.preferredForms))
        site->forcedKeys.insert(NotationRules::groupKey(form));
    cache.insert(overrideYaml, site);
    return site;
}

// One Hunspell handle per thread and site (Hunspell and the answer cache are not
// thread-safe), refreshed when the site dictionary changes on disk.
struct ThreadSpelling
{
    std::shared_ptr<SpellChecker> checker;
    QDateTime dictionaryModified;
};

SpellChecker *spellingFor(const QString &siteDir)
{
    thread_local QHash<QString, ThreadSpelling> bySite;
    const QString dictionaryPath = SiteDictionary::pathFor(siteDir);
    const QDateTime modified = QFileInfo(dictionaryPath).lastModified();
    ThreadSpelling &entry = bySite[siteDir];
    if (!entry.checker || entry.dictionaryModified != modified) {
        entry.checker = std::make_shared<SpellChecker>();
        entry.dictionaryModified = modified;
        SiteDictionary dictionary;
        if (!siteDir.isEmpty() && dictionary.load(dictionaryPath))
            entry.checker->addKnownWords(dictionary.words());
    }
    return entry.checker->isValid() ? entry.checker.get() : nullptr;
}

QStringList wordsOf(const QString &text)
{
    QStringList words;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && (text.at(i).isLetter() || text.at(i) == u'\'' || text.at(i) == u'\u2019'))
            ++i;
        words.append(text.mid(start, i - start).toLower());
    }
    return words;
}

QString scalar(const FrontMatter &frontMatter, const QString &key)
{
    const YamlValue value = frontMatter.value(key);
    return value.isScalar() ? value.scalar : QString();
}

// The review's language: its `lang`, else the language folder of its site path.
QString languageOf(const ValidationInput &input)
{
    if (const QString lang = scalar(input.frontMatter, QStringLiteral("lang")); !lang.isEmpty())
        return lang;
    for (const auto &part : input.sitePath.split(u'/')) {
        if (part == u"en" || part == u"ja")
            return part;
    }
    return {};
}

Problem toProblem(const ProofFinding &finding)
{
    return Validator::make(finding.problem.code, finding.problem.message, finding.problem.line, finding.problem.column);
}

QString fixDescription(const QString &code)
{
    if (code == QLatin1String("proof.doubled-particle"))
        return Tr::tr("Remove the doubled particle");
    if (code == variantCode)
        return Tr::tr("Use the preferred form");
    return Tr::tr("Use the standard width");
}

} // namespace

Settings settingsFrom(const QByteArray &overrideYaml)
{
    Settings settings;
    for (const auto &rule : Proofreader::rules()) {
        if (rule.enabledByDefault && fileRuleCodes().contains(rule.info.code))
            settings.enabled.insert(rule.info.code);
    }
    settings.enabled.insert(preferredCode);
    if (!overrideYaml.contains("proofreading"))
        return settings;
    try {
        const YAML::Node root = YAML::Load(overrideYaml.toStdString());
        const YAML::Node section = root.IsMap() ? root["proofreading"] : YAML::Node();
        if (!section)
            return settings;
        if (const YAML::Node rules = section["rules"]; rules && rules.IsMap()) {
            for (const auto &item : rules) {
                const QString code = str(item.first);
                const auto on = onOff(str(item.second));
                if (!on) {
                    settings.error = Tr::tr("proofreading: rule %1 must be on or off").arg(code);
                    continue;
                }
                if (*on)
                    settings.enabled.insert(code);
                else
                    settings.enabled.remove(code);
            }
        }
        if (const YAML::Node prefer = section["prefer"]; prefer && prefer.IsSequence()) {
            for (const auto &item : prefer) {
                if (const QString form = str(item).trimmed(); !form.isEmpty())
                    settings.preferredForms.append(form);
            }
        }
    } catch (const YAML::Exception &e) {
        settings.error = QString::fromStdString(e.what());
    }
    return settings;
}

QStringList fileRuleCodes()
{
    return {spellingCode, variantCode, preferredCode, QStringLiteral("proof.halfwidth-katakana"),
            QStringLiteral("proof.fullwidth-alnum"), QStringLiteral("proof.doubled-particle")};
}

ProofFindings check(const ValidationInput &input)
{
    const std::shared_ptr<const SiteSettings> site = cachedSettings(input.schema.overrideYaml());
    const Settings *settings = &site->settings;
    if (settings->enabled.isEmpty())
        return {};
    const QString lang = languageOf(input);
    const bool english = lang == u"en" || lang.startsWith(u"en-");
    const bool spelling = english && settings->enabled.contains(spellingCode);
    if (lang != u"ja" && !spelling)
        return {};

    const QList<Prose::Span> spans = Prose::ofText(input.text);
    ProofFindings findings;
    if (spelling) {
        if (SpellChecker *checker = spellingFor(input.schema.siteDir())) {
            // The review's own names are known (the site's others are in the dictionary or
            // flagged: learning every review's names would cost a pass over the site).
            QSet<QString> names;
            for (const auto &key : {QStringLiteral("target_name"), QStringLiteral("company_id"), QStringLiteral("title")}) {
                for (const auto &word : wordsOf(scalar(input.frontMatter, key)))
                    names.insert(word);
            }
            for (const auto &tag : input.frontMatter.value(QStringLiteral("tags")).scalarItems()) {
                for (const auto &word : wordsOf(tag))
                    names.insert(word);
            }
            for (const auto &miss : checker->check(input.text, spans)) {
                if (names.contains(miss.word.toLower()))
                    continue;
                ProofFinding finding;
                finding.problem.code = spellingCode;
                finding.problem.message = Tr::tr("unknown word \"%1\"").arg(miss.word);
                finding.position = miss.start;
                finding.length = miss.length;
                findings.append(finding);
            }
        }
    }
    if (lang == u"ja") {
        // The review's own variants, and the site's preferred forms over them.
        for (auto &finding : site->notation.checkAlone(input.text, spans)) {
            const QString word = input.text.mid(finding.position, finding.length);
            if (finding.problem.code == variantCode && site->forcedKeys.contains(NotationRules::groupKey(word))) {
                finding.problem.code = preferredCode;
                finding.problem.message = Tr::tr("\"%1\": the site writes \"%2\" (rubric-schema.yml)")
                                              .arg(word, finding.suggestions.value(0));
            }
            if (settings->enabled.contains(finding.problem.code))
                findings.append(finding);
        }
    }
    Proofreader::locate(findings, input.text);
    return findings;
}

void registerChecks()
{
    RegisteredChecks checks;
    checks.name = registrationName;
    for (const auto &rule : Proofreader::rules()) {
        if (!fileRuleCodes().contains(rule.info.code))
            continue;
        RuleInfo info = rule.info;
        if (info.code == variantCode)
            info.fixable = false; // the review's majority is a guess: fixed by hand
        checks.rules.append(info);
    }
    checks.rules.append({preferredCode, Problem::Severity::Warning, true,
                         Tr::tr("A katakana word is not in the form the site prefers (proofreading: prefer: in rubric-schema.yml)")});
    checks.check = [](const ValidationInput &input, Problems &problems) {
        for (const auto &finding : check(input))
            problems.append(toProblem(finding));
    };
    checks.describeFix = [](const Problem &problem) { return fixDescription(problem.code); };
    // The fix finds its finding again in the document as it is now (the Problem carries
    // only a line and column) and applies that finding's edit through the undo stack.
    checks.fix = [](ReviewDocument &document, const Problem &problem) {
        const QString text = document.text();
        const ValidationInput input{document.schema(), text, document.frontMatter(), document.outline(),
                                    Validator::sitePathOf(document.filePath())};
        for (const auto &finding : check(input)) {
            if (finding.problem.code == problem.code && finding.problem.line == problem.line
                && finding.problem.column == problem.column && finding.fix) {
                return document.editText({*finding.fix}, fixDescription(problem.code));
            }
        }
        return EditOutcome{Tr::tr("The text has changed: validate again"), false};
    };
    CheckRegistry::add(std::move(checks));
}

} // namespace Rubric::ProofChecks
