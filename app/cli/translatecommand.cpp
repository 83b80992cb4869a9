#include "cli.h"
#include "output.h"

#include "translate/reviewtext.h"
#include "translate/translationcreator.h"
#include "translate/translationpairs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

// The strings of this file, in the translation context of Rubric::Cli.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

} // namespace

int translate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Create the translation of a review: the counterpart file in another language, with the front matter "
           "carried over (lang, permalink and the title's suffix changed), the ratings, score lines and end date "
           "identical, the section headings localized and the body copied, untranslated. Never overwrites a file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The review to translate."));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("The language to translate into (default: the site's other one)."),
                                QStringLiteral("LANG"));
    parser.addOption(to);
    if (const auto stop = parseArguments(parser, QStringLiteral("translate"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("usage: rubric translate FILE [--to LANG]") << Qt::endl;
        return Failure;
    }
    const QString path = parser.positionalArguments().constFirst();
    const auto schema = schemaFor(path);
    if (!schema)
        return Failure;
    QString lang = parser.value(to);
    if (lang.isEmpty()) {
        QString error;
        const auto source = ReviewText::read(path, &error);
        if (!source) {
            err() << error << Qt::endl;
            return Failure;
        }
        lang = TranslationPairs::defaultTargetLang(source->lang(), *schema);
    }
    const CreateOutcome outcome = TranslationCreator::create(path, lang, *schema);
    if (!outcome.ok()) {
        err() << Tr::tr("refused") << QLatin1String(": ") << outcome.error << Qt::endl;
        return Refused;
    }
    out() << outcome.path << Qt::endl;
    for (const auto &note : outcome.notes)
        err() << outcome.path << QLatin1String(": ") << Tr::tr("note") << QLatin1String(": ") << note << Qt::endl;
    return Success;
}

} // namespace Rubric::Cli
