#include "cli.h"
#include "output.h"

#include "site/reviewtemplate.h"
#include "site/siteindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

// The strings of this file, in the translation context of Rubric::Cli.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

} // namespace

int newReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Create a new review with every field, section and score line the site requires, and print its path.\n"
           "The ref is made from the name unless --ref gives it. Never overwrites a file."));
    parser.addHelpOption();
    const QCommandLineOption layout(QStringLiteral("layout"), Tr::tr("product or company."), QStringLiteral("LAYOUT"));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("The review's language (en, ja)."), QStringLiteral("L"));
    const QCommandLineOption company(QStringLiteral("company"), Tr::tr("The company's id (a product review's folder)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The product's or company's name."), QStringLiteral("NAME"));
    const QCommandLineOption site(QStringLiteral("site"), Tr::tr("The site folder (default: the current folder)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption ref(QStringLiteral("ref"), Tr::tr("The ref, instead of one made from the name."), QStringLiteral("R"));
    const QCommandLineOption date(QStringLiteral("date"), Tr::tr("The review date (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({layout, lang, company, name, site, ref, date});
    if (const auto stop = parseArguments(parser, QStringLiteral("new"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(layout) || !parser.isSet(lang) || !parser.isSet(name)) {
        err() << Tr::tr("usage: rubric new --layout product|company --lang L [--company ID] --name NAME [--site DIR] "
                    "[--ref R] [--date YYYY-MM-DD]")
              << Qt::endl;
        return Failure;
    }

    const QString root = parser.isSet(site) ? parser.value(site) : QDir::currentPath();
    if (!QDir(root).exists()) {
        err() << Tr::tr("%1: no such folder").arg(root) << Qt::endl;
        return Failure;
    }
    QString schemaError;
    const Schema schema = Schema::forSite(root, &schemaError);
    if (!schemaError.isEmpty()) {
        err() << schemaError << Qt::endl;
        return Failure;
    }
    NewReview review{parser.value(layout), parser.value(lang), parser.value(company), parser.value(name), parser.value(ref)};
    if (parser.isSet(date)) {
        review.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!review.date.isValid()) {
            err() << Tr::tr("--date: \"%1\" is not a date written YYYY-MM-DD").arg(parser.value(date)) << Qt::endl;
            return Failure;
        }
    }
    SiteIndex index(root);
    index.indexNow();
    // The translation of a review the site has takes its ref (and company) unless told.
    if (review.ref.isEmpty()) {
        for (const ReviewRecord &record : index.records()) {
            if (record.targetName == review.name.trimmed() && record.layout == review.layout && record.lang != review.lang) {
                review.ref = record.ref;
                if (review.companyId.isEmpty())
                    review.companyId = record.companyId;
                break;
            }
        }
    }
    const ReviewTemplate newReview(schema, review);
    if (const QString error = newReview.error(); !error.isEmpty()) {
        err() << error << Qt::endl;
        return Failure;
    }

    const RefUse use = ReviewTemplate::refUse(index.records(), review.lang, newReview.ref());
    if (!use.sameLanguage.isEmpty()) {
        err() << Tr::tr("the ref \"%1\" is already used by %2; give another with --ref")
                     .arg(newReview.ref(), use.sameLanguage.join(QStringLiteral(", ")))
              << Qt::endl;
        return Refused;
    }

    QString error;
    const QString path = newReview.create(root, &error);
    if (path.isEmpty()) {
        err() << error << Qt::endl;
        return Refused;
    }
    if (!use.otherLanguage.isEmpty())
        err() << Tr::tr("note: a translation of %1").arg(use.otherLanguage.join(QStringLiteral(", "))) << Qt::endl;
    out() << QDir::toNativeSeparators(path) << Qt::endl;
    return Success;
}

} // namespace Rubric::Cli
