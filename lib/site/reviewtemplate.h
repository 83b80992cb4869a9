#pragma once

#include "schema/schema.h"
#include "reviewrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Rubric {


// What the reviewer says about a review that does not exist yet.
struct NewReview
{
    QString layout;     // a layout id of the schema ("product", "company")
    QString lang;       // a language code of the schema
    QString companyId;  // the company's slug; a company review's own ref when empty
    QString name;       // target_name
    QString ref;        // empty: derived from the name
    QDate date = QDate::currentDate();
};

// Where a ref is already used in a site: the same language (a clash) or another one
// (the review being started is then a translation of it).
struct RefUse
{
    QStringList sameLanguage;  // site-relative paths
    QStringList otherLanguage;
};

// A new review as the schema describes it: every field of its layout in canonical order
// (the ones only the reviewer can fill left empty, so the problems list names them),
// every required section heading in order, a score line under each axis heading and the
// end date line. Nothing here touches the disk except create().
class ReviewTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::ReviewTemplate)

public:
    ReviewTemplate(const Schema &schema, NewReview review);

    const NewReview &review() const { return m_review; }
    QString ref() const;        // the given ref, else derived from the name
    QString companyId() const;  // for a company review without one: its ref
    QString title() const;      // the name and the layout's localized suffix
    QString permalink() const;
    QString relativePath() const; // "_products/en/sony/sony-ier-m9.md"
    QString text() const;
    // Why the review cannot be created as given (unknown layout or language, no name,
    // a ref or company that is not a slug), or empty.
    QString error() const;

    static RefUse refUse(const ReviewRecords &records, const QString &lang, const QString &ref);

    // Writes the file under `siteRoot`, creating folders; never over an existing file.
    // Returns the absolute path, or empty with `error` set.
    QString create(const QString &siteRoot, QString *error) const;

private:
    Schema m_schema;
    NewReview m_review;
};

} // namespace Rubric
