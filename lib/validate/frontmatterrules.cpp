// Rules on the front-matter fields: required keys, price, date, title, rating, and the
// places a review's layout, language and ref say it must live at.
#include "validator.h"

#include "document/frontmatter.h"
#include "document/tenths.h"
#include "schema/schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Rubric::Validator {

namespace {

// The strings of this file, in the translation context of Rubric::Validator.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Validator)
};

// Where a field's value stands: 1-based line and column (the start of the front matter
// when the key is absent).
QPair<int, int> where(const FrontMatter &frontMatter, const QString &key)
{
    if (const FrontMatterEntry *entry = frontMatter.entry(key)) {
        const LineIndex &lines = frontMatter.lines();
        return {entry->keyLine + 1, int(entry->valueStart - lines.lineStart(entry->keyLine)) + 1};
    }
    return {1, 1};
}

Problem at(const FrontMatter &frontMatter, const QString &key, const QString &code, const QString &message)
{
    const auto [line, column] = where(frontMatter, key);
    return make(code, message, line, column, key);
}

QString scalar(const FrontMatter &frontMatter, const QString &key)
{
    const YamlValue value = frontMatter.value(key);
    return value.isScalar() ? value.scalar : QString();
}

bool isSlug(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 127 || c.isUpper() || c.isSpace())
            return false;
    }
    return !text.isEmpty();
}

} // namespace

void checkFields(const ValidationInput &input, Problems &problems)
{
    const FrontMatter &fm = input.frontMatter;
    const QString layout = scalar(fm, QStringLiteral("layout"));
    for (const auto &field : input.schema.fields()) {
        const bool required = input.schema.layout(layout) ? field.isRequiredFor(layout)
                                                          : field.requiredForAll;
        if (required && (!fm.contains(field.key) || fm.value(field.key).isNull()))
            problems.append(make(QStringLiteral("field.missing"), Tr::tr("the required field \"%1\" is missing").arg(field.key),
                                 1, 0, field.key));
    }

    for (const auto &field : input.schema.fields()) {
        if (!fm.contains(field.key) || fm.value(field.key).isNull())
            continue;
        const YamlValue value = fm.value(field.key);
        if (field.type == FieldType::Number) {
            static const QRegularExpression number(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
            if (!value.isScalar() || value.quoted || !number.match(value.scalar).hasMatch()
                || (value.scalar.size() > 1 && value.scalar.startsWith(u'0') && value.scalar.at(1).isDigit()))
                problems.append(at(fm, field.key, QStringLiteral("price.invalid"),
                                   Tr::tr("\"%1\" must be a single non-negative number, not %2")
                                       .arg(field.key, value.toDisplayString())));
        } else if (field.type == FieldType::Date) {
            static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QDate date = QDate::fromString(value.scalar, Qt::ISODate);
            if (!value.isScalar() || !iso.match(value.scalar).hasMatch() || !date.isValid()) {
                problems.append(at(fm, field.key, QStringLiteral("date.format"),
                                   Tr::tr("the date must be written YYYY-MM-DD, not %1").arg(value.toDisplayString())));
            } else if (input.schema.rules().earliestDate.isValid() && date < input.schema.rules().earliestDate) {
                problems.append(at(fm, field.key, QStringLiteral("date.too-early"),
                                   Tr::tr("the date %1 is before %2, the site's first review")
                                       .arg(value.scalar, input.schema.rules().earliestDate.toString(Qt::ISODate))));
            } else if (date > input.today) {
                problems.append(at(fm, field.key, QStringLiteral("date.future"),
                                   Tr::tr("the date %1 is in the future").arg(value.scalar)));
            }
        }
    }

    const QString title = scalar(fm, QStringLiteral("title"));
    const QString name = scalar(fm, QStringLiteral("target_name"));
    if (!title.isEmpty() && !name.isEmpty() && !title.startsWith(name))
        problems.append(at(fm, QStringLiteral("title"), QStringLiteral("title.prefix"),
                           Tr::tr("the title \"%1\" does not begin with the target name \"%2\"").arg(title, name)));
}

void checkRating(const ValidationInput &input, Problems &problems)
{
    const FrontMatter &fm = input.frontMatter;
    const QString key = input.schema.ratingKey();
    const YamlValue rating = fm.value(key);
    if (rating.isNull())
        return; // field.missing says so
    const int axes = int(input.schema.axes().size());
    if (!rating.isSequence() || rating.items.size() != axes + 1) {
        problems.append(at(fm, key, QStringLiteral("rating.count"),
                           Tr::tr("the rating must be [total, then %1 axes]: %2 values, not %3")
                               .arg(axes)
                               .arg(axes + 1)
                               .arg(rating.isSequence() ? rating.items.size() : 1)));
        return;
    }
    QList<int> tenths;
    for (int i = 0; i <= axes; ++i) {
        const YamlValue &item = rating.items.at(i);
        const QString what = i == 0 ? Tr::tr("the total") : input.schema.axes().at(i - 1).id;
        bool isNumber = false;
        const double number = item.scalar.toDouble(&isNumber);
        if (!item.isScalar() || item.quoted || !isNumber) {
            problems.append(at(fm, key, QStringLiteral("rating.not-a-number"),
                               Tr::tr("%1 in the rating is not a number: %2").arg(what, item.toDisplayString())));
            return;
        }
        const auto value = Tenths::parse(item.scalar);
        if (!value) {
            problems.append(at(fm, key, QStringLiteral("rating.not-tenth"),
                               Tr::tr("%1 in the rating, %2, is not a multiple of 0.1").arg(what, item.scalar)));
            return;
        }
        if (i > 0 && (number < 0 || *value > 10)) {
            problems.append(at(fm, key, QStringLiteral("rating.axis-range"),
                               Tr::tr("%1 is %2; an axis is between 0.0 and 1.0").arg(what, item.scalar)));
        }
        tenths.append(*value);
    }
    int sum = 0;
    for (int i = 1; i <= axes; ++i)
        sum += tenths.at(i);
    if (tenths.at(0) != sum)
        problems.append(at(fm, key, QStringLiteral("rating.total-mismatch"),
                           Tr::tr("the total is %1 but the axes add up to %2")
                               .arg(rating.items.at(0).scalar, Tenths::format(sum))));
}

void checkPlace(const ValidationInput &input, Problems &problems)
{
    const FrontMatter &fm = input.frontMatter;
    const Schema &schema = input.schema;
    const QString layoutId = scalar(fm, QStringLiteral("layout"));
    const QString lang = scalar(fm, QStringLiteral("lang"));
    const QString ref = scalar(fm, QStringLiteral("ref"));
    const LayoutSpec *layout = schema.layout(layoutId);
    const QStringList parts = input.sitePath.split(u'/');

    if (!layoutId.isEmpty() && !layout)
        problems.append(at(fm, QStringLiteral("layout"), QStringLiteral("layout.unknown"),
                           Tr::tr("the layout \"%1\" is not one of: %2").arg(layoutId, [&] {
                               QStringList ids;
                               for (const auto &l : schema.layouts())
                                   ids.append(l.id);
                               return ids.join(QLatin1String(", "));
                           }())));
    if (!lang.isEmpty() && !schema.language(lang))
        problems.append(at(fm, QStringLiteral("lang"), QStringLiteral("lang.unknown"),
                           Tr::tr("the language \"%1\" is not one of: %2").arg(lang, schema.languageCodes().join(QLatin1String(", ")))));
    if (parts.size() >= 3) {
        if (layout && parts.at(0) != layout->folder)
            problems.append(at(fm, QStringLiteral("layout"), QStringLiteral("layout.folder-mismatch"),
                               Tr::tr("a %1 review belongs in %2/, not %3/").arg(layoutId, layout->folder, parts.at(0))));
        if (!lang.isEmpty() && parts.at(1) != lang)
            problems.append(at(fm, QStringLiteral("lang"), QStringLiteral("lang.folder-mismatch"),
                               Tr::tr("lang is \"%1\" but the file is in the language folder \"%2\"").arg(lang, parts.at(1))));
    }

    if (!ref.isEmpty() && !isSlug(ref))
        problems.append(at(fm, QStringLiteral("ref"), QStringLiteral("ref.format"),
                           Tr::tr("the ref \"%1\" must be lowercase ASCII without spaces").arg(ref)));
    if (layout && !lang.isEmpty() && !ref.isEmpty() && fm.contains(QStringLiteral("permalink"))) {
        const QString expected = layout->permalink(lang, ref);
        if (scalar(fm, QStringLiteral("permalink")) != expected)
            problems.append(at(fm, QStringLiteral("permalink"), QStringLiteral("permalink.mismatch"),
                               Tr::tr("the permalink must be %1").arg(expected)));
    }
    // The file name without folders and extension (no QFileInfo: this runs per file of a site).
    QStringView stem = QStringView(input.sitePath).sliced(input.sitePath.lastIndexOf(u'/') + 1);
    if (const qsizetype dot = stem.lastIndexOf(u'.'); dot > 0)
        stem = stem.first(dot);
    if (!input.sitePath.isEmpty() && !ref.isEmpty() && stem != ref) {
        if (stem.toString().toLower() == ref)
            problems.append(make(QStringLiteral("file.name-case"),
                                 Tr::tr("the file name \"%1\" is not lowercase; it should be %2.md").arg(stem.toString(), ref), 1, 0,
                                 QStringLiteral("ref")));
        else
            problems.append(make(QStringLiteral("file.name-mismatch"),
                                 Tr::tr("the file name \"%1\" is not the ref \"%2\"").arg(stem.toString(), ref), 1, 0, QStringLiteral("ref")));
    }
}

} // namespace Rubric::Validator
