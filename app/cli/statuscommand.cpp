#include "cli.h"
#include "output.h"

#include "site/siteindex.h"
#include "translate/translationpairs.h"
#include "translate/translationrecord.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

// The strings of this file, in the translation context of Rubric::Cli.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

constexpr std::array states = {TranslationState::Missing, TranslationState::Untranslated, TranslationState::Outdated,
                               TranslationState::Done};

QString countsText(const TranslationPair &pair)
{
    QStringList parts;
    for (auto state : states) {
        if (state != TranslationState::Done && pair.counts[int(state)] > 0)
            parts.append(QStringLiteral("%1 %2").arg(pair.counts[int(state)]).arg(TranslationStatus::stateName(state)));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

int status(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the translation status of every pair of a site: missing (no translation), untranslated (sections "
           "still hold the source's text), outdated (the source changed since the translation was marked done in "
           "rubric-translations.yml) or done. Without --all, only the pairs that need work."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("The site folder (holding _products/ and _companies/)."));
    const QCommandLineOption all(QStringLiteral("all"), Tr::tr("Also list the pairs that are done."));
    const QCommandLineOption state(QStringLiteral("state"), Tr::tr("Only pairs in STATE (missing, untranslated, outdated, done)."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON (every pair, or those of --state)."));
    parser.addOptions({all, state, json});
    if (const auto stop = parseArguments(parser, QStringLiteral("status"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("usage: rubric status DIR [--all] [--state STATE] [--json]") << Qt::endl;
        return Failure;
    }
    const QString root = parser.positionalArguments().constFirst();
    if (!QDir(root).exists()) {
        err() << Tr::tr("%1: no such folder").arg(root) << Qt::endl;
        return Failure;
    }
    std::optional<TranslationState> only;
    if (parser.isSet(state)) {
        only = TranslationStatus::stateFromId(parser.value(state));
        if (!only) {
            err() << Tr::tr("refused: unknown state \"%1\"; states: missing, untranslated, outdated, done").arg(parser.value(state))
                  << Qt::endl;
            return Refused;
        }
    }
    QString error;
    const auto record = TranslationRecord::load(root, &error);
    if (!record) {
        err() << error << Qt::endl;
        return Failure;
    }
    SiteIndex index(root);
    index.indexNow();
    const QList<TranslationPair> pairs = TranslationPairs::scan(index, *record);

    std::array<int, 4> totals{};
    QJsonArray rows;
    for (const auto &pair : pairs) {
        ++totals[int(pair.state)];
        if (only ? pair.state != *only : (!parser.isSet(json) && !parser.isSet(all) && pair.state == TranslationState::Done))
            continue;
        if (parser.isSet(json)) {
            QJsonObject counts;
            for (auto s : states)
                counts.insert(TranslationStatus::stateId(s), pair.counts[int(s)]);
            QJsonObject row{{QStringLiteral("ref"), pair.ref},
                            {QStringLiteral("source"), pair.source},
                            {QStringLiteral("target"), pair.target.isEmpty() ? QJsonValue() : QJsonValue(pair.target)},
                            {QStringLiteral("source_lang"), pair.sourceLang},
                            {QStringLiteral("target_lang"), pair.targetLang},
                            {QStringLiteral("state"), TranslationStatus::stateId(pair.state)},
                            {QStringLiteral("items"), counts}};
            if (!pair.error.isEmpty())
                row.insert(QStringLiteral("error"), pair.error);
            rows.append(row);
            continue;
        }
        const QString target = pair.target.isEmpty() ? QStringLiteral("(%1)").arg(pair.targetLang) : pair.target;
        QString line = TranslationStatus::stateId(pair.state).leftJustified(13) + pair.source + QLatin1String(" -> ") + target;
        const QString counts = countsText(pair);
        if (!counts.isEmpty() && pair.state != TranslationState::Missing)
            line += QLatin1String("  (") + counts + u')';
        out() << line << u'\n';
        if (!pair.error.isEmpty())
            err() << pair.error << Qt::endl;
    }
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    } else {
        QStringList summary;
        for (auto s : states)
            summary.append(QStringLiteral("%1 %2").arg(totals[int(s)]).arg(TranslationStatus::stateName(s)));
        out() << Tr::tr("%1 pairs: %2").arg(pairs.size()).arg(summary.join(QLatin1String(", "))) << u'\n';
    }
    out().flush();
    return Success;
}

} // namespace Rubric::Cli
