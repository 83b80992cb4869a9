#include "cli.h"
#include "output.h"

#include "document/reviewdocument.h"
#include "document/tenths.h"
#include "validate/validator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

// The strings of this file, in the translation context of Rubric::Cli.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

} // namespace

int set(const QStringList &arguments)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out() << Tr::tr("usage: rubric set FILE KEY=VALUE...\n"
                    "KEY is a front-matter field (title, tags=[a, b], price=129.99, date=2025-08-07, ...)\n"
                    "or a rating axis id (cost_performance=0.4). Only what changes is rewritten.\n"
                    "Exit codes: 0 done, 1 refused (file untouched), 2 I/O or parse error.\n");
        return Success;
    }
    if (arguments.size() < 2) {
        err() << Tr::tr("usage: rubric set FILE KEY=VALUE...") << Qt::endl;
        return Failure;
    }
    const QString path = arguments.constFirst();
    const auto siteSchema = schemaFor(path);
    if (!siteSchema)
        return Failure;
    ReviewDocument document(*siteSchema);
    if (!document.load(path) || !document.frontMatter().parsed()) {
        printProblems(path, document.problems());
        return Failure;
    }
    const Schema &schema = document.schema();
    const QString original = document.text();
    for (const auto &assignment : arguments.sliced(1)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0) {
            err() << Tr::tr("%1: expected KEY=VALUE, got \"%2\"").arg(path, assignment) << Qt::endl;
            return Refused;
        }
        const QString key = assignment.first(equals);
        const QString value = assignment.sliced(equals + 1);
        EditOutcome outcome;
        if (schema.axisIndex(key) >= 0) {
            const auto tenths = Tenths::parse(value);
            if (!tenths || *tenths > 10)
                outcome.error = Tr::tr("%1 must be between 0.0 and 1.0 in steps of 0.1, not \"%2\"").arg(key, value);
            else
                outcome = document.setAxis(key, *tenths);
        } else if (schema.field(key)) {
            outcome = document.setFieldText(key, value);
        } else {
            outcome.error = Tr::tr("unknown key \"%1\"; known keys: %2")
                                .arg(key, (schema.fieldKeys() + schema.axisIds()).join(QLatin1String(", ")));
        }
        if (!outcome.ok()) {
            err() << path << QLatin1String(": ") << Tr::tr("refused") << QLatin1String(": ") << outcome.error << Qt::endl;
            return Refused;
        }
    }
    // Nothing changed (also when later assignments undo earlier ones): the file is not
    // even touched, so its modification time stays.
    if (!document.isModified() || document.text() == original) {
        // Say so when the file needs attention for other reasons, which a set never fixes.
        if (const Problems problems = Validator::validate(document); !problems.isEmpty())
            err() << path << QLatin1String(": ")
                  << Tr::tr("note: nothing changed; the file has %n other problem(s) (see rubric validate)", nullptr,
                            int(problems.size()))
                  << Qt::endl;
        return Success;
    }
    const SaveOutcome saved = document.save();
    if (!saved.ok()) {
        err() << path << QLatin1String(": error: ") << saved.error << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace Rubric::Cli
