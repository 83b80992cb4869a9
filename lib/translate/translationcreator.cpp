#include "translationcreator.h"

#include "document/reviewdocument.h"
#include "reviewsections.h"
#include "reviewtext.h"
#include "schema/schema.h"
#include "translationrecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Rubric {

QString TranslationCreator::counterpartPath(const QString &sourceSitePath, const ReviewText &source,
                                            const QString &lang, const Schema &schema)
{
    const LayoutSpec *layout = schema.layout(source.string(QStringLiteral("layout")));
    const QString ref = source.string(QStringLiteral("ref"));
    QStringList parts = sourceSitePath.split(u'/');
    if (!layout || !isPlainRef(ref) || parts.size() != (layout->nested ? 4 : 3) || parts.constFirst() != layout->folder)
        return {};
    return layout->relativePath(lang, layout->nested ? parts.at(2) : QString(), ref);
}

bool TranslationCreator::isPlainRef(const QString &ref)
{
    // The ref becomes a file name: nothing that could leave the company folder.
    return !ref.isEmpty() && !ref.contains(u'/') && !ref.contains(u'\\') && !ref.contains(QLatin1String(".."))
        && ref.trimmed() == ref;
}

bool TranslationCreator::liesInside(const QString &path, const QString &root)
{
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonicalRoot.isEmpty())
        return false;
    // The deepest folder of `path` that exists, resolved (symbolic links included), with
    // the rest of the path, cleaned, after it.
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString rest;
    while (!QFileInfo::exists(existing)) {
        const int slash = int(existing.lastIndexOf(u'/'));
        if (slash <= 0)
            return false;
        rest = existing.sliced(slash) + rest;
        existing.truncate(slash);
    }
    const QString resolved = QDir::cleanPath(QFileInfo(existing).canonicalFilePath() + rest);
    return resolved.startsWith(canonicalRoot + u'/');
}

std::optional<QString> TranslationCreator::draft(const ReviewText &source, const QString &lang, const Schema &schema,
                                                 QString *error, QStringList *notes)
{
    const QString sourceLang = source.lang();
    const LanguageSpec *to = schema.language(lang);
    if (!to) {
        *error = tr("unknown language \"%1\"; the site's languages: %2").arg(lang, schema.languageCodes().join(QLatin1String(", ")));
        return std::nullopt;
    }
    if (lang == sourceLang) {
        *error = tr("the review is already in %1").arg(lang);
        return std::nullopt;
    }
    if (!source.frontMatter.parsed() || !source.frontMatter.isEditable()) {
        *error = tr("its front matter does not read; fix it before translating");
        return std::nullopt;
    }
    const LayoutSpec *layout = schema.layout(source.string(QStringLiteral("layout")));
    if (!layout) {
        *error = tr("unknown layout \"%1\"").arg(source.string(QStringLiteral("layout")));
        return std::nullopt;
    }

    ReviewDocument document(schema);
    document.loadBytes(source.text.toUtf8());
    // Headings first, at the source's own positions; then the fields, each planned on the
    // text as it then stands.
    TextEdits headings;
    for (const auto &section : ReviewSections::of(source, schema)) {
        if (!section.exists() || section.isExtra())
            continue;
        const QStringList localized = schema.sectionHeadings(schema.sections().at(section.schemaIndex), lang);
        if (!localized.isEmpty() && localized.constFirst() != section.headingText)
            headings.append({section.headingTextStart, section.headingTextEnd - section.headingTextStart, localized.constFirst()});
    }
    document.replaceText(headings, tr("Localize the section headings"));

    const auto set = [&](const QString &key, const QString &value) {
        const EditOutcome outcome = document.setField(key, value);
        if (!outcome.ok())
            *error = tr("cannot set %1: %2").arg(key, outcome.error);
        return outcome.ok();
    };
    if (!set(QStringLiteral("lang"), lang))
        return std::nullopt;
    const QString ref = source.string(QStringLiteral("ref"));
    if (source.frontMatter.contains(QStringLiteral("permalink")) && !ref.isEmpty()
        && !set(QStringLiteral("permalink"), layout->permalink(lang, ref)))
        return std::nullopt;
    const QString title = source.string(QStringLiteral("title"));
    const QString fromSuffix = layout->titleSuffix.value(sourceLang);
    const QString toSuffix = layout->titleSuffix.value(lang);
    if (!fromSuffix.isEmpty() && title.endsWith(fromSuffix)) {
        if (!set(QStringLiteral("title"), title.chopped(fromSuffix.size()) + toSuffix))
            return std::nullopt;
    } else if (notes && !title.isEmpty()) {
        notes->append(tr("the title \"%1\" does not end with \"%2\"; translate it by hand").arg(title, fromSuffix));
    }
    const YamlValue price = source.frontMatter.value(QStringLiteral("price"));
    const LanguageSpec *from = schema.language(sourceLang);
    if (notes && price.isScalar() && from && from->currency != to->currency) {
        notes->append(tr("the price %1 is still in %2: set it in %3").arg(price.scalar, from->currency, to->currency));
    }
    return document.text();
}

CreateOutcome TranslationCreator::create(const QString &sourcePath, const QString &lang, const Schema &schema)
{
    CreateOutcome outcome;
    const QString root = Schema::siteRootOf(sourcePath);
    if (root.isEmpty()) {
        outcome.error = tr("%1 is not inside a site (no _products or _companies folder above it)").arg(sourcePath);
        return outcome;
    }
    QString error;
    const auto source = ReviewText::read(sourcePath, &error);
    if (!source) {
        outcome.error = error;
        return outcome;
    }
    const QString sourceSitePath = QDir(root).relativeFilePath(QFileInfo(sourcePath).absoluteFilePath());
    const QString sitePath = counterpartPath(sourceSitePath, *source, lang, schema);
    if (sitePath.isEmpty()) {
        const QString ref = source->string(QStringLiteral("ref"));
        outcome.error = !ref.isEmpty() && !isPlainRef(ref)
            ? tr("%1: its ref \"%2\" is not a plain file name (no /, \\ or ..); fix it before translating").arg(sourcePath, ref)
            : tr("%1: not where the site's layouts put reviews, or without a ref").arg(sourcePath);
        return outcome;
    }
    const auto text = draft(*source, lang, schema, &error, &outcome.notes);
    if (!text) {
        outcome.error = tr("%1: %2").arg(sourcePath, error);
        return outcome;
    }
    outcome.path = QDir(root).filePath(sitePath);
    if (!liesInside(outcome.path, root)) {
        outcome.error = tr("%1: its translation %2 would lie outside the site %3").arg(sourcePath, outcome.path, root);
        return outcome;
    }
    if (QFileInfo::exists(outcome.path)) {
        outcome.error = tr("%1 already exists; Rubric never overwrites a translation").arg(outcome.path);
        return outcome;
    }
    if (!QDir().mkpath(QFileInfo(outcome.path).absolutePath())) {
        outcome.error = tr("cannot create the folder %1").arg(QFileInfo(outcome.path).absolutePath());
        return outcome;
    }
    // Claim the name first (fails if the file appeared meanwhile), then write it atomically.
    QFile claim(outcome.path);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        outcome.error = tr("cannot create %1: %2").arg(outcome.path, claim.errorString());
        return outcome;
    }
    claim.close();
    ReviewDocument document(schema);
    document.loadBytes(text->toUtf8(), outcome.path);
    const SaveOutcome saved = document.save(true);
    if (!saved.ok()) {
        QFile::remove(outcome.path);
        outcome.error = saved.error;
        return outcome;
    }
    // A record left by an earlier translation at this path no longer applies.
    if (!TranslationRecord::update(root, [&](TranslationRecord &record) {
            record.remove(sitePath);
            record.setSource(sitePath, sourceSitePath);
        }, &error))
        outcome.notes.append(error);
    return outcome;
}

} // namespace Rubric
