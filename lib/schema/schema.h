#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rubric {

// A string given per language code, e.g. a section heading.
using Localized = QHash<QString, QString>;

struct LanguageSpec
{
    QString code;
    QString name;
    QString currency;
};

struct LayoutSpec
{
    QString id;
    QString folder;       // site-relative, e.g. "_products"
    bool nested = false;  // one more folder (the company) between language and file
    QString permalinkPattern; // with {lang} and {ref}
    Localized titleSuffix;

    QString permalink(const QString &lang, const QString &ref) const;
    // Where the site keeps such a review, e.g. "_products/en/sony/sony-ier-m9.md"
    // (`company` is used only by nested layouts).
    QString relativePath(const QString &lang, const QString &company, const QString &ref) const;
};

enum class FieldType { Enum, String, Text, Date, Number, List, Rating };

struct FieldSpec
{
    QString key;
    Localized label;             // by UI language
    FieldType type = FieldType::String;
    QStringList values;          // allowed values of an Enum
    bool requiredForAll = false;
    QStringList requiredFor;     // layouts requiring it, when not required for all
    bool preferQuoted = false;   // how a newly written string is quoted

    bool isRequiredFor(const QString &layout) const;
};

struct AxisSpec
{
    QString id;
    Localized heading;
    Localized label;
};

struct SectionSpec
{
    QString id;
    QString axisId;       // non-empty for an axis section
    Localized heading;    // for an axis section: the axis' heading
    bool showsTotal = false;
};

// The site's own checks that are not structure.
struct SiteRules
{
    QDate earliestDate;
    QStringList forbiddenTerms;
    QHash<QString, QStringList> foreignPrices; // by language: patterns of prices it must not quote
    QString priceRatioBase;
    QString priceRatioOther;
    double priceRatioMin = 0;
    double priceRatioMax = 0;
};

// What a review file looks like: languages, layouts, fields in canonical order, rating
// axes, required sections. The built-in default matches FORMAT.md; a site may override
// it with `rubric-schema.yml` at its root. Everything else asks the schema rather than
// naming axes, headings or languages itself.
class Schema final
{
public:
    // The built-in schema (cached; cheap to copy).
    static const Schema &builtin();
    // Parses a schema file's text on top of `base`: sections present replace base's.
    static std::optional<Schema> fromYaml(const QByteArray &yaml, const Schema &base, QString *error);
    // The schema for a site folder: builtin, overridden by <site>/rubric-schema.yml if present.
    static Schema forSite(const QString &siteDir, QString *error = nullptr);
    static QString overrideFileName();
    // The site folder a review file belongs to: the parent of the layout folder (e.g.
    // `_products`) found above it, or empty when the file is not inside a site.
    static QString siteRootOf(const QString &filePath);
    // The schema for a review file: its site's, or the built-in one outside a site.
    static Schema forFile(const QString &filePath, QString *error = nullptr);

    const QList<LanguageSpec> &languages() const { return m_languages; }
    const QList<LayoutSpec> &layouts() const { return m_layouts; }
    const QList<FieldSpec> &fields() const { return m_fields; }
    const QList<AxisSpec> &axes() const { return m_axes; }
    const QList<SectionSpec> &sections() const { return m_sections; }
    const SiteRules &rules() const { return m_rules; }

    QStringList languageCodes() const;
    QStringList fieldKeys() const;
    QStringList axisIds() const;
    const LanguageSpec *language(const QString &code) const;
    const LayoutSpec *layout(const QString &id) const;
    const FieldSpec *field(const QString &key) const;
    int fieldOrder(const QString &key) const; // -1 when unknown
    int axisIndex(const QString &axisId) const; // -1 when unknown
    // The key of the rating field (the one of type Rating), empty if none.
    QString ratingKey() const;
    // A localized text in `lang`, else in the schema's first language, else `fallback`.
    QString localized(const Localized &texts, const QString &lang, const QString &fallback) const;
    // Headings of a section in `lang`; with an empty or unknown lang, every language's.
    QStringList sectionHeadings(const SectionSpec &section, const QString &lang) const;
    const SectionSpec *totalSection() const;
    const SectionSpec *axisSection(const QString &axisId) const;

    // Where this schema came from, for modules that keep their own section of the site's
    // `rubric-schema.yml` (`tags:` in lib/edit, `proofreading:` in lib/proof) and files
    // beside it: the site folder and the override's text, both empty for the built-in.
    const QString &siteDir() const { return m_siteDir; }
    const QByteArray &overrideYaml() const { return m_overrideYaml; }

private:
    QList<LanguageSpec> m_languages;
    QList<LayoutSpec> m_layouts;
    QList<FieldSpec> m_fields;
    QList<AxisSpec> m_axes;
    QList<SectionSpec> m_sections;
    SiteRules m_rules;
    QString m_siteDir;
    QByteArray m_overrideYaml;
};

} // namespace Rubric
