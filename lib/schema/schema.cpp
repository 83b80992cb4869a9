#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Rubric {

namespace {

QString str(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

Localized localizedFrom(const YAML::Node &node)
{
    Localized result;
    if (node && node.IsMap()) {
        for (const auto &pair : node)
            result.insert(str(pair.first), str(pair.second));
    }
    return result;
}

QStringList stringList(const YAML::Node &node)
{
    QStringList result;
    if (node && node.IsSequence()) {
        for (const auto &item : node)
            result.append(str(item));
    }
    return result;
}

std::optional<FieldType> fieldType(const QString &name)
{
    static const QHash<QString, FieldType> types = {
        {QStringLiteral("enum"), FieldType::Enum},     {QStringLiteral("string"), FieldType::String},
        {QStringLiteral("text"), FieldType::Text},     {QStringLiteral("date"), FieldType::Date},
        {QStringLiteral("number"), FieldType::Number}, {QStringLiteral("list"), FieldType::List},
        {QStringLiteral("rating"), FieldType::Rating},
    };
    const auto it = types.constFind(name);
    if (it == types.cend())
        return std::nullopt;
    return *it;
}

// The strings of this file, in the translation context of Rubric::Schema.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Schema)
};

} // namespace

QString LayoutSpec::permalink(const QString &lang, const QString &ref) const
{
    QString result = permalinkPattern;
    result.replace(QLatin1String("{lang}"), lang);
    result.replace(QLatin1String("{ref}"), ref);
    return result;
}

QString LayoutSpec::relativePath(const QString &lang, const QString &company, const QString &ref) const
{
    QString path = folder + u'/' + lang + u'/';
    if (nested)
        path += company + u'/';
    return path + ref + QLatin1String(".md");
}

bool FieldSpec::isRequiredFor(const QString &layout) const
{
    return requiredForAll || requiredFor.contains(layout);
}

const Schema &Schema::builtin()
{
    static const Schema schema = [] {
        QFile file(QStringLiteral(":/rubric/schema/default-schema.yml"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Rubric: the built-in schema resource is missing");
        QString error;
        auto parsed = fromYaml(file.readAll(), Schema(), &error);
        if (!parsed)
            qFatal("Rubric: the built-in schema does not parse: %s", qPrintable(error));
        return *parsed;
    }();
    return schema;
}

QString Schema::overrideFileName()
{
    return QStringLiteral("rubric-schema.yml");
}

QString Schema::siteRootOf(const QString &filePath)
{
    QStringList layoutFolders;
    for (const auto &layout : builtin().layouts())
        layoutFolders.append(layout.folder);
    QDir dir(QFileInfo(filePath).absolutePath());
    do {
        if (layoutFolders.contains(dir.dirName())) {
            dir.cdUp();
            return dir.absolutePath();
        }
    } while (dir.cdUp());
    return {};
}

Schema Schema::forFile(const QString &filePath, QString *error)
{
    const QString root = siteRootOf(filePath);
    return root.isEmpty() ? builtin() : forSite(root, error);
}

Schema Schema::forSite(const QString &siteDir, QString *error)
{
    Schema plain = builtin();
    plain.m_siteDir = siteDir; // the site's own files (dictionary) count without an override
    QFile file(QDir(siteDir).filePath(overrideFileName()));
    if (!file.exists())
        return plain;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("%1: cannot read: %2").arg(file.fileName(), file.errorString());
        return plain;
    }
    QString message;
    const QByteArray yaml = file.readAll();
    auto parsed = fromYaml(yaml, builtin(), &message);
    if (!parsed) {
        if (error)
            *error = file.fileName() + QLatin1String(": ") + message;
        return plain;
    }
    parsed->m_siteDir = siteDir;
    parsed->m_overrideYaml = yaml;
    return *parsed;
}

std::optional<Schema> Schema::fromYaml(const QByteArray &yaml, const Schema &base, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Schema> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Schema schema = base;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (root.IsNull())
            return schema;
        if (!root.IsMap())
            return fail(Tr::tr("the schema must be a mapping"));
        // A section given must be a list of mappings; anything else would silently empty it.
        for (const char *name : {"languages", "layouts", "fields", "axes", "sections"}) {
            const YAML::Node node = root[name];
            if (!node)
                continue;
            bool wellFormed = node.IsSequence();
            for (qsizetype i = 0; wellFormed && i < qsizetype(node.size()); ++i)
                wellFormed = node[i].IsMap();
            if (!wellFormed)
                return fail(Tr::tr("line %1: \"%2\" must be a list of mappings")
                                .arg(node.Mark().line + 1)
                                .arg(QLatin1String(name)));
        }

        if (const auto node = root["languages"]) {
            schema.m_languages.clear();
            for (const auto &item : node)
                schema.m_languages.append({str(item["code"]), str(item["name"]), str(item["currency"])});
        }
        if (const auto node = root["layouts"]) {
            schema.m_layouts.clear();
            for (const auto &item : node) {
                LayoutSpec layout;
                layout.id = str(item["id"]);
                layout.folder = str(item["folder"]);
                layout.nested = item["nested"] && item["nested"].as<bool>();
                layout.permalinkPattern = str(item["permalink"]);
                layout.titleSuffix = localizedFrom(item["title_suffix"]);
                schema.m_layouts.append(layout);
            }
        }
        if (const auto node = root["fields"]) {
            schema.m_fields.clear();
            for (const auto &item : node) {
                FieldSpec field;
                field.key = str(item["key"]);
                field.label = localizedFrom(item["label"]);
                const auto type = fieldType(str(item["type"]));
                if (!type)
                    return fail(Tr::tr("field %1: unknown type \"%2\"").arg(field.key, str(item["type"])));
                field.type = *type;
                field.values = stringList(item["values"]);
                if (const auto required = item["required"]) {
                    if (required.IsSequence())
                        field.requiredFor = stringList(required);
                    else
                        field.requiredForAll = required.as<bool>();
                }
                field.preferQuoted = str(item["style"]) == QLatin1String("double");
                schema.m_fields.append(field);
            }
        }
        if (const auto node = root["axes"]) {
            schema.m_axes.clear();
            for (const auto &item : node)
                schema.m_axes.append({str(item["id"]), localizedFrom(item["heading"]), localizedFrom(item["label"])});
        }
        if (const auto node = root["sections"]) {
            schema.m_sections.clear();
            for (const auto &item : node) {
                SectionSpec section;
                section.id = str(item["id"]);
                section.axisId = str(item["axis"]);
                section.heading = localizedFrom(item["heading"]);
                section.showsTotal = item["shows_total"] && item["shows_total"].as<bool>();
                schema.m_sections.append(section);
            }
        }
        if (const auto node = root["rules"]) {
            if (!node.IsMap())
                return fail(Tr::tr("rules must be a mapping"));
            SiteRules rules;
            rules.earliestDate = QDate::fromString(str(node["earliest_date"]), Qt::ISODate);
            rules.forbiddenTerms = stringList(node["forbidden_terms"]);
            if (const auto prices = node["foreign_prices"]; prices && prices.IsMap()) {
                for (const auto &pair : prices)
                    rules.foreignPrices.insert(str(pair.first), stringList(pair.second));
            }
            if (const auto ratio = node["price_ratio"]; ratio && ratio.IsMap()) {
                rules.priceRatioBase = str(ratio["base"]);
                rules.priceRatioOther = str(ratio["other"]);
                rules.priceRatioMin = str(ratio["min"]).toDouble();
                rules.priceRatioMax = str(ratio["max"]).toDouble();
            }
            schema.m_rules = rules;
        }
    } catch (const YAML::Exception &e) {
        return fail(Tr::tr("line %1, column %2: %3")
                        .arg(e.mark.line + 1)
                        .arg(e.mark.column + 1)
                        .arg(QString::fromStdString(e.msg)));
    }

    // Ids and keys are how everything else refers to these; they must exist and be unique.
    auto checkIds = [&](const QStringList &ids, const QString &what) -> QString {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (ids.at(i).isEmpty())
                return Tr::tr("%1 %2 has no id").arg(what).arg(i + 1);
            if (ids.indexOf(ids.at(i)) != i)
                return Tr::tr("%1 \"%2\" is given twice").arg(what, ids.at(i));
        }
        return {};
    };
    QStringList layoutIds, sectionIds;
    for (const auto &layout : std::as_const(schema.m_layouts))
        layoutIds.append(layout.id);
    for (const auto &section : std::as_const(schema.m_sections))
        sectionIds.append(section.id);
    for (const QString &message : {checkIds(schema.languageCodes(), Tr::tr("language")), checkIds(layoutIds, Tr::tr("layout")),
                                   checkIds(schema.fieldKeys(), Tr::tr("field")), checkIds(schema.axisIds(), Tr::tr("axis")),
                                   checkIds(sectionIds, Tr::tr("section"))}) {
        if (!message.isEmpty())
            return fail(message);
    }

    // Axis sections take their heading from the axis, so the two cannot disagree.
    for (auto &section : schema.m_sections) {
        if (section.axisId.isEmpty())
            continue;
        const int axis = schema.axisIndex(section.axisId);
        if (axis < 0)
            return fail(Tr::tr("section %1 names the unknown axis %2").arg(section.id, section.axisId));
        section.heading = schema.m_axes.at(axis).heading;
    }
    if (schema.m_axes.isEmpty())
        return fail(Tr::tr("the schema has no rating axes"));
    return schema;
}

QStringList Schema::languageCodes() const
{
    QStringList codes;
    for (const auto &language : m_languages)
        codes.append(language.code);
    return codes;
}

QStringList Schema::fieldKeys() const
{
    QStringList keys;
    for (const auto &field : m_fields)
        keys.append(field.key);
    return keys;
}

QStringList Schema::axisIds() const
{
    QStringList ids;
    for (const auto &axis : m_axes)
        ids.append(axis.id);
    return ids;
}

const LanguageSpec *Schema::language(const QString &code) const
{
    for (const auto &language : m_languages) {
        if (language.code == code)
            return &language;
    }
    return nullptr;
}

const LayoutSpec *Schema::layout(const QString &id) const
{
    for (const auto &layout : m_layouts) {
        if (layout.id == id)
            return &layout;
    }
    return nullptr;
}

const FieldSpec *Schema::field(const QString &key) const
{
    const int index = fieldOrder(key);
    return index < 0 ? nullptr : &m_fields.at(index);
}

int Schema::fieldOrder(const QString &key) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).key == key)
            return i;
    }
    return -1;
}

int Schema::axisIndex(const QString &axisId) const
{
    for (int i = 0; i < m_axes.size(); ++i) {
        if (m_axes.at(i).id == axisId)
            return i;
    }
    return -1;
}

QString Schema::ratingKey() const
{
    for (const auto &field : m_fields) {
        if (field.type == FieldType::Rating)
            return field.key;
    }
    return {};
}

QString Schema::localized(const Localized &texts, const QString &lang, const QString &fallback) const
{
    return texts.value(lang, texts.value(languageCodes().value(0), fallback));
}

QStringList Schema::sectionHeadings(const SectionSpec &section, const QString &lang) const
{
    if (section.heading.contains(lang))
        return {section.heading.value(lang)};
    QStringList headings;
    for (const auto &language : m_languages) {
        if (section.heading.contains(language.code))
            headings.append(section.heading.value(language.code));
    }
    return headings;
}

const SectionSpec *Schema::totalSection() const
{
    for (const auto &section : m_sections) {
        if (section.showsTotal)
            return &section;
    }
    return nullptr;
}

const SectionSpec *Schema::axisSection(const QString &axisId) const
{
    for (const auto &section : m_sections) {
        if (section.axisId == axisId)
            return &section;
    }
    return nullptr;
}

} // namespace Rubric
