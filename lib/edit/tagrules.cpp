#include "tagrules.h"

#include "tagtaxonomy.h"

#include "document/reviewdocument.h"
#include "validate/checkregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>

#include <yaml-cpp/yaml.h>

namespace Rubric {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::TagRules)
};

QString text(const YAML::Node &node)
{
    return QString::fromStdString(node.as<std::string>());
}

} // namespace

std::optional<TagRules> TagRules::fromYaml(const QByteArray &yaml, QString *error)
{
    TagRules rules;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        const YAML::Node tags = root.IsMap() ? root["tags"] : YAML::Node();
        if (!tags)
            return rules;
        if (!tags.IsMap()) {
            *error = Tr::tr("tags: expected one entry per language (en:, ja:)");
            return std::nullopt;
        }
        for (const auto &language : tags) {
            const QString lang = text(language.first);
            if (const YAML::Node canonical = language.second["canonical"]) {
                for (const auto &tag : canonical)
                    rules.m_canonical[lang].insert(TagTaxonomy::nearKey(text(tag)), text(tag));
            }
            if (const YAML::Node synonyms = language.second["synonyms"]) {
                for (const auto &synonym : synonyms)
                    rules.m_synonyms[lang].insert(text(synonym.first), text(synonym.second));
            }
        }
    } catch (const YAML::Exception &exception) {
        *error = Tr::tr("line %1: %2").arg(exception.mark.line + 1).arg(QString::fromStdString(exception.msg));
        return std::nullopt;
    }
    return rules;
}

std::optional<TagRules> TagRules::forSite(const QString &siteRoot, QString *error)
{
    QFile file(QDir(siteRoot).filePath(QStringLiteral("rubric-schema.yml")));
    if (!file.exists())
        return TagRules();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot read: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    auto rules = fromYaml(file.readAll(), error);
    if (!rules)
        *error = file.fileName() + QLatin1String(": ") + *error;
    return rules;
}

std::optional<QString> TagRules::canonical(const QString &lang, const QString &tag) const
{
    QString result = m_synonyms.value(lang).value(tag);
    if (result.isEmpty())
        result = m_canonical.value(lang).value(TagTaxonomy::nearKey(tag));
    if (result.isEmpty() || result == tag)
        return std::nullopt;
    return result;
}

Problems TagRules::check(const ReviewDocument &document) const
{
    return check(document.lang(), document.frontMatter());
}

Problems TagRules::check(const QString &lang, const FrontMatter &frontMatter) const
{
    Problems problems;
    if (isEmpty())
        return problems;
    const FrontMatterEntry *entry = frontMatter.entry(QStringLiteral("tags"));
    for (const auto &item : frontMatter.value(QStringLiteral("tags")).items) {
        if (const auto wanted = canonical(lang, item.scalar))
            problems.append({Problem::Severity::Warning, QString::fromLatin1(ruleCode),
                             Tr::tr("tag \"%1\" is written \"%2\" on this site").arg(item.scalar, *wanted),
                             entry ? entry->keyLine + 1 : 0, entry ? 1 : 0, QStringLiteral("tags")});
    }
    return problems;
}

EditOutcome TagRules::fix(ReviewDocument &document) const
{
    QStringList tags;
    for (const auto &item : document.value(QStringLiteral("tags")).items)
        tags.append(item.scalar);
    QStringList after;
    for (const auto &tag : std::as_const(tags)) {
        const QString next = canonical(document.lang(), tag).value_or(tag);
        if (!after.contains(next))
            after.append(next);
    }
    if (after == tags)
        return {};
    return document.setField(QStringLiteral("tags"), QVariant(after));
}

QList<SiteChange> TagRules::fixes(const QString &lang, const QStringList &tags) const
{
    // One rename per canonical tag, taking every spelling of it at once (a merge).
    QHash<QString, QStringList> byTarget;
    QStringList order;
    for (const auto &tag : tags) {
        if (const auto wanted = canonical(lang, tag)) {
            if (!byTarget.contains(*wanted))
                order.append(*wanted);
            byTarget[*wanted].append(tag);
        }
    }
    QList<SiteChange> changes;
    for (const auto &target : std::as_const(order))
        changes.append(SiteChange::renameTags(byTarget.value(target), target));
    return changes;
}

namespace EditChecks {

std::shared_ptr<const TagRules> rulesFor(const QByteArray &overrideYaml)
{
    // Checks run concurrently on the thread pool, each file asking for its site's rules:
    // parse a text once, share the result. A few sites at most, so the cache stays small;
    // it is cleared rather than grown when an edited schema keeps adding texts.
    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<const TagRules>> cache;
    const QMutexLocker locker(&mutex);
    if (const auto found = cache.constFind(overrideYaml); found != cache.cend())
        return *found;
    QString error;
    auto rules = std::make_shared<const TagRules>(TagRules::fromYaml(overrideYaml, &error).value_or(TagRules()));
    if (cache.size() >= 16)
        cache.clear();
    cache.insert(overrideYaml, rules);
    return rules;
}

void registerChecks()
{
    RegisteredChecks checks;
    checks.name = QStringLiteral("tags");
    checks.rules = {{QString::fromLatin1(TagRules::ruleCode), Problem::Severity::Warning, true,
                     Tr::tr("a tag written otherwise than the site's canonical tag (rubric-schema.yml `tags:`)")}};
    checks.check = [](const ValidationInput &input, Problems &problems) {
        if (input.schema.overrideYaml().isEmpty())
            return;
        const auto rules = rulesFor(input.schema.overrideYaml());
        const QString lang = input.frontMatter.value(QStringLiteral("lang")).scalar;
        problems.append(rules->check(lang, input.frontMatter));
    };
    checks.describeFix = [](const Problem &) { return Tr::tr("Use the site's canonical tags"); };
    checks.fix = [](ReviewDocument &document, const Problem &) {
        return rulesFor(document.schema().overrideYaml())->fix(document);
    };
    CheckRegistry::add(std::move(checks));
}

} // namespace EditChecks

} // namespace Rubric
