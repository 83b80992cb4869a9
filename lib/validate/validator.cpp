#include "validator.h"

#include "checkregistry.h"

#include "document/bodyoutline.h"
#include "document/frontmatter.h"
#include "document/reviewdocument.h"
#include "schema/schema.h"
#include "sitepitfalls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace Rubric::Validator {

namespace {

// The strings of this file, in the translation context of Rubric::Validator.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Validator)
};

} // namespace

namespace {

const QList<RuleInfo> &builtinRules()
{
    using S = Problem::Severity;
    static const QList<RuleInfo> catalogue = {
        {QStringLiteral("load.io"), S::Error, false, Tr::tr("the file cannot be read")},
        {QStringLiteral("load.too-large"), S::Error, false, Tr::tr("the file is too large to be a review")},
        {QStringLiteral("load.invalid-utf8"), S::Error, false, Tr::tr("the file is not valid UTF-8")},
        {QStringLiteral("load.yaml-too-large"), S::Error, false, Tr::tr("the front matter expands to too many values")},
        {QStringLiteral("load.not-a-file"), S::Error, false, Tr::tr("the path is not a regular file")},
        {QStringLiteral("load.binary"), S::Error, false, Tr::tr("the file holds NUL bytes: not text")},
        {QStringLiteral("load.yaml-too-deep"), S::Error, false, Tr::tr("the front matter is nested too deeply")},
        {QStringLiteral("load.no-front-matter"), S::Error, false, Tr::tr("the file does not start with ---")},
        {QStringLiteral("load.front-matter-unclosed"), S::Error, false, Tr::tr("the front matter is not closed")},
        {QStringLiteral("load.front-matter-closer-glued"), S::Error, true, Tr::tr("the closing \"---\" is glued to the next line")},
        {QStringLiteral("load.yaml-syntax"), S::Error, false, Tr::tr("the front matter does not parse")},
        {QStringLiteral("load.front-matter-not-mapping"), S::Error, false, Tr::tr("the front matter is not key: value lines")},
        {QStringLiteral("frontmatter.duplicate-key"), S::Warning, false, Tr::tr("a key is given twice")},
        {QStringLiteral("field.missing"), S::Error, false, Tr::tr("a required field is missing")},
        {QStringLiteral("price.invalid"), S::Error, false, Tr::tr("the price is not a single non-negative number")},
        {QStringLiteral("rating.count"), S::Error, false, Tr::tr("the rating does not have a total and one value per axis")},
        {QStringLiteral("rating.not-a-number"), S::Error, false, Tr::tr("a rating value is not a number")},
        {QStringLiteral("rating.axis-range"), S::Error, false, Tr::tr("an axis is outside 0.0 to 1.0")},
        {QStringLiteral("rating.not-tenth"), S::Error, false, Tr::tr("a rating value is not a multiple of 0.1")},
        {QStringLiteral("rating.total-mismatch"), S::Error, true, Tr::tr("the total is not the sum of the axes")},
        {QStringLiteral("layout.unknown"), S::Error, false, Tr::tr("the layout is not one of the schema's")},
        {QStringLiteral("layout.folder-mismatch"), S::Error, false, Tr::tr("the file is not in its layout's folder")},
        {QStringLiteral("lang.unknown"), S::Error, false, Tr::tr("the language is not one of the schema's")},
        {QStringLiteral("lang.folder-mismatch"), S::Error, false, Tr::tr("the language is not the language folder")},
        {QStringLiteral("date.format"), S::Error, false, Tr::tr("the date is not written YYYY-MM-DD")},
        {QStringLiteral("date.too-early"), S::Error, false, Tr::tr("the date is before the site's first review")},
        {QStringLiteral("date.future"), S::Error, false, Tr::tr("the date is in the future")},
        {QStringLiteral("date.end-missing"), S::Error, true, Tr::tr("the body does not end with the review date")},
        {QStringLiteral("date.end-mismatch"), S::Error, true, Tr::tr("the end date differs from the date field")},
        {QStringLiteral("permalink.mismatch"), S::Error, true, Tr::tr("the permalink is not /<layout>/<lang>/<ref>/")},
        {QStringLiteral("ref.format"), S::Error, false, Tr::tr("the ref is not lowercase ASCII without spaces")},
        {QStringLiteral("file.name-case"), S::Error, true, Tr::tr("the file name is the ref but not lowercase")},
        {QStringLiteral("file.name-mismatch"), S::Error, true, Tr::tr("the file name is not the ref")},
        {QStringLiteral("title.prefix"), S::Error, false, Tr::tr("the title does not begin with the target name")},
        {QStringLiteral("section.missing"), S::Error, false, Tr::tr("a required section is missing")},
        {QStringLiteral("section.heading"), S::Error, true, Tr::tr("a section heading is not written exactly")},
        {QStringLiteral("section.order"), S::Error, false, Tr::tr("the required sections are out of order")},
        {QStringLiteral("score.missing"), S::Error, true, Tr::tr("an axis section does not start with its score line")},
        {QStringLiteral("score.mismatch"), S::Error, true, Tr::tr("a score line differs from the rating")},
        {QStringLiteral("total.overview-mismatch"), S::Warning, true, Tr::tr("the total shown in the body differs from the rating")},
        {QStringLiteral("body.math"), S::Error, false, Tr::tr("the body has $ or \\ outside the score lines")},
        {QStringLiteral("body.forbidden-term"), S::Error, false, Tr::tr("the body uses a term the site forbids")},
        {QStringLiteral("body.foreign-price"), S::Warning, false, Tr::tr("the review quotes a price in another language's currency")},
        {QStringLiteral("site.prose-table"), S::Warning, true, Tr::tr("a prose line with \"|\" becomes a table on the site")},
        {QStringLiteral("site.paren-list"), S::Warning, true, Tr::tr("a \"1)\" list becomes one paragraph on the site")},
        {QStringLiteral("site.url-emphasis"), S::Warning, true, Tr::tr("underscores in a bare URL become italics on the site")},
        {QStringLiteral("site.ambiguous-bold"), S::Warning, true, Tr::tr("bold next to full-width punctuation is bold on the site only")},
        {QStringLiteral("pair.missing"), S::Warning, false, Tr::tr("the review has no translation")},
        {QStringLiteral("pair.ref-only"), S::Warning, false, Tr::tr("the translation is found by ref only, at another path")},
        {QStringLiteral("pair.rating-mismatch"), S::Error, false, Tr::tr("the two languages' ratings differ")},
        {QStringLiteral("pair.price-ratio"), S::Error, false, Tr::tr("the two languages' prices are not consistent")},
        {QStringLiteral("ref.duplicate"), S::Error, false, Tr::tr("another review in the same language has this ref")},
    };
    return catalogue;
}

// The built-in rules, then the registered ones (CheckRegistry), with a lookup by code.
struct Catalogue
{
    QList<RuleInfo> rules;
    QHash<QString, qsizetype> byCode;

    Catalogue()
    {
        rules = builtinRules();
        for (const auto &checks : CheckRegistry::all())
            rules += checks.rules;
        for (qsizetype i = 0; i < rules.size(); ++i)
            byCode.insert(rules.at(i).code, i);
    }
};

Catalogue &catalogue()
{
    static Catalogue instance;
    return instance;
}

} // namespace

const QList<RuleInfo> &rules()
{
    return catalogue().rules;
}

const RuleInfo *rule(const QString &code)
{
    const Catalogue &all = catalogue();
    const auto it = all.byCode.constFind(code);
    return it == all.byCode.cend() ? nullptr : &all.rules.at(*it);
}

void catalogueChanged()
{
    catalogue() = Catalogue();
}

Problem make(const QString &code, const QString &message, int line, int column, const QString &field)
{
    const RuleInfo *info = rule(code);
    Q_ASSERT_X(info, "Validator::make", "a problem code missing from the catalogue");
    return {info ? info->severity : Problem::Severity::Error, code, message, line, column, field};
}

Problems validate(const ValidationInput &input)
{
    Problems problems = input.frontMatter.problems();
    if (input.frontMatter.parsed()) {
        checkFields(input, problems);
        checkRating(input, problems);
        checkPlace(input, problems);
    }
    if (input.frontMatter.isClosed()) {
        checkSections(input, problems);
        checkBodyText(input, problems);
        SitePitfallRules::check(input, problems);
    }
    if (input.frontMatter.parsed()) {
        for (const auto &checks : CheckRegistry::all())
            checks.check(input, problems);
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return problems;
}

QString sitePathOf(const QString &filePath)
{
    const QString root = Schema::siteRootOf(filePath);
    return root.isEmpty() ? QString() : QDir(root).relativeFilePath(QFileInfo(filePath).absoluteFilePath());
}

Problems validateFile(const QString &path, const Schema &schema, const QString &sitePath, QDate today)
{
    // The same reading as ReviewDocument::load, without an editor's undo stack.
    ReviewDocument document(schema);
    if (!document.load(path))
        return document.readProblems();
    return validate({schema, document.text(), document.frontMatter(), document.outline(), sitePath, today});
}

Problems validate(const ReviewDocument &document, QDate today)
{
    if (!document.readProblems().isEmpty())
        return document.readProblems(); // no text to check
    return validate({document.schema(), document.text(), document.frontMatter(), document.outline(),
                     sitePathOf(document.filePath()), today});
}

} // namespace Rubric::Validator
