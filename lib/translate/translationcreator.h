#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rubric {

class Schema;
struct ReviewText;

// The result of creating a translation: the new file, or why there is none.
struct CreateOutcome
{
    QString path;       // the file written (absolute)
    QString error;
    QStringList notes;  // what the translator must do next (e.g. the price's currency)
    bool ok() const { return error.isEmpty(); }
};

// Creates the counterpart of a review in another language, as a copy that is valid for
// the site and marked untranslated section by section (a body section that still equals
// its source is untranslated, see TranslationStatus):
// - at the path the schema's layout gives (`_products/<lang>/<company>/<ref>.md`, the
//   company folder and ref taken from the source);
// - the front matter carried over byte for byte, but for `lang`, `permalink` and the
//   title's localized suffix (" Product Review" -> " 製品レビュー");
// - ratings, date, score lines and the end date identical; section headings localized;
// - the price kept as the source's number: it is in the source's currency, which the
//   site's pair check (pair.price-ratio) reports until the translator converts it, and
//   the outcome's notes say so.
// It never overwrites an existing file.
class TranslationCreator final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::TranslationCreator)

public:
    TranslationCreator() = delete;

    // The site-relative path of the counterpart of `sourceSitePath` in `lang`; empty when
    // the source is not where the schema's layouts put reviews or its ref is not a plain
    // file name (isPlainRef).
    static QString counterpartPath(const QString &sourceSitePath, const ReviewText &source, const QString &lang,
                                   const Schema &schema);
    // Whether `ref` can name a file in the folder it is put in: not empty, no `/`, `\`
    // or `..`, no surrounding spaces (uppercase letters are fine: `aiyima-A70`).
    static bool isPlainRef(const QString &ref);
    // Whether `path` (existing or not) lies strictly inside the folder `root`, once both
    // are resolved (symbolic links and `..` included).
    static bool liesInside(const QString &path, const QString &root);
    // The text of the translation (nothing written); nothing and `error` when the source
    // cannot be translated (unknown language or layout, front matter that does not read).
    static std::optional<QString> draft(const ReviewText &source, const QString &lang, const Schema &schema,
                                        QString *error, QStringList *notes = nullptr);
    // Writes the translation of the review file `sourcePath` (inside a site) and records
    // its source in the site's translation record.
    static CreateOutcome create(const QString &sourcePath, const QString &lang, const Schema &schema);
};

} // namespace Rubric
