#include "cli.h"
#include "output.h"
#include "siteeditrun.h"

#include "edit/tagtaxonomy.h"
#include "site/siteindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Rubric::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

QString usage()
{
    return Tr::tr("usage: rubric tags DIR [--lang L] [--near] [--json]\n"
                  "       rubric tags rename DIR OLD NEW [--lang L] [--both-languages] [--dry-run]\n"
                  "       rubric tags merge DIR TAG... --into NEW [--lang L] [--dry-run]\n");
}

std::unique_ptr<SiteIndex> openSite(const QString &root)
{
    if (!QDir(root).exists()) {
        err() << Tr::tr("%1: no such folder").arg(root) << Qt::endl;
        return nullptr;
    }
    auto index = std::make_unique<SiteIndex>(root);
    index->indexNow();
    return index;
}

QStringList languages(const SiteIndex &index, const QString &only)
{
    if (!only.isEmpty())
        return {only};
    QStringList result = index.schema().languageCodes();
    for (const auto &record : index.records()) {
        if (!record.lang.isEmpty() && !result.contains(record.lang))
            result.append(record.lang);
    }
    return result;
}

QJsonObject toJson(const TagTaxonomy &taxonomy)
{
    QJsonArray tags;
    for (const auto &tag : taxonomy.tags) {
        QJsonObject object{{QStringLiteral("tag"), tag.name}, {QStringLiteral("count"), tag.count}};
        object.insert(QStringLiteral("counterpart"), tag.counterpart.isEmpty() ? QJsonValue() : QJsonValue(tag.counterpart));
        tags.append(object);
    }
    QJsonArray groups;
    for (const auto &group : taxonomy.nearDuplicates)
        groups.append(QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(group.tags)},
                                  {QStringLiteral("uses"), group.count}});
    return {{QStringLiteral("lang"), taxonomy.lang},
            {QStringLiteral("counterpartLang"), taxonomy.otherLang},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("nearDuplicates"), groups},
            {QStringLiteral("singletons"), QJsonArray::fromStringList(taxonomy.singletons)}};
}

int report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("The tags of a site per language: counts, counterparts in the other "
                                            "language (learned from translation pairs), near-duplicates, singletons.\n")
                                     + usage());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("The site folder."));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("Only language L."), QStringLiteral("L"));
    const QCommandLineOption near(QStringLiteral("near"), Tr::tr("List the near-duplicate groups."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({lang, near, json});
    if (const auto stop = parseArguments(parser, QStringLiteral("tags"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << usage();
        return Failure;
    }
    const auto index = openSite(parser.positionalArguments().constFirst());
    if (!index)
        return Failure;
    QJsonArray all;
    for (const auto &code : languages(*index, parser.value(lang))) {
        const TagTaxonomy taxonomy = TagTaxonomy::build(index->records(), code);
        if (parser.isSet(json)) {
            all.append(toJson(taxonomy));
            continue;
        }
        out() << QStringLiteral("# %1: ").arg(code)
              << Tr::tr("tags: %1; used once: %2; near-duplicate groups: %3")
                     .arg(taxonomy.tags.size())
                     .arg(taxonomy.singletons.size())
                     .arg(taxonomy.nearDuplicates.size())
              << u'\n';
        if (parser.isSet(near)) {
            for (const auto &group : taxonomy.nearDuplicates) {
                QStringList cells;
                for (const auto &name : group.tags)
                    cells.append(QStringLiteral("%1 (%2)").arg(name).arg(taxonomy.find(name)->count));
                out() << group.count << u'\t' << cells.join(QLatin1String(" | ")) << u'\n';
            }
        } else {
            for (const auto &tag : taxonomy.tags)
                out() << tag.count << u'\t' << tag.name << u'\t' << tag.counterpart << u'\n';
        }
    }
    if (parser.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
    return Success;
}

// The files of `lang` (all languages when empty) holding any of `tags` exactly.
QList<SiteEdit::FileChanges> filesWith(const SiteIndex &index, const QStringList &tags, const QString &lang,
                                       const SiteChange &change)
{
    QList<SiteEdit::FileChanges> files;
    for (const auto &record : index.records()) {
        if (!lang.isEmpty() && record.lang != lang)
            continue;
        if (std::any_of(tags.cbegin(), tags.cend(), [&record](const QString &tag) { return record.tags.contains(tag); }))
            files.append({record.path, {change}});
    }
    return files;
}

int rename(const QStringList &arguments, bool merge)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("The site folder."));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("Only reviews in language L."), QStringLiteral("L"));
    const QCommandLineOption both(QStringLiteral("both-languages"),
                                  Tr::tr("Also rename the old tag's counterpart in the other language to the new tag's."));
    const QCommandLineOption into(QStringLiteral("into"), Tr::tr("The tag the others become."), QStringLiteral("NEW"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Print the unified diff; change nothing."));
    parser.addOptions({lang, dryRun});
    if (merge)
        parser.addOption(into);
    else
        parser.addOption(both);
    if (const auto stop = parseArguments(parser, QStringLiteral("tags"), arguments))
        return *stop;
    QStringList positional = parser.positionalArguments();
    if (merge ? (positional.size() < 2 || parser.value(into).isEmpty()) : positional.size() != 3) {
        err() << usage();
        return Failure;
    }
    const QString root = positional.takeFirst();
    const QString target = merge ? parser.value(into) : positional.takeLast();
    const QStringList old = positional;
    if (target.trimmed().isEmpty()) {
        err() << Tr::tr("the new tag is empty") << Qt::endl;
        return Failure;
    }
    const auto index = openSite(root);
    if (!index)
        return Failure;
    const QString language = parser.value(lang);
    const SiteChange change = SiteChange::renameTags(old, target);
    QList<SiteEdit::FileChanges> files = filesWith(*index, old, language, change);
    QString description = change.description();
    if (!merge && parser.isSet(both)) {
        if (language.isEmpty()) {
            err() << Tr::tr("--both-languages needs --lang: the language OLD and NEW are in") << Qt::endl;
            return Failure;
        }
        const TagTaxonomy taxonomy = TagTaxonomy::build(index->records(), language);
        const TagTaxonomy::Tag *from = taxonomy.find(old.constFirst());
        const TagTaxonomy::Tag *to = taxonomy.find(target);
        if (!from || from->counterpart.isEmpty()) {
            err() << Tr::tr("no counterpart of \"%1\" is known in %2").arg(old.constFirst(), taxonomy.otherLang) << Qt::endl;
            return Failure;
        }
        if (!to || to->counterpart.isEmpty()) {
            err() << Tr::tr("no counterpart of \"%1\" is known in %2: rename \"%3\" there with --lang %2")
                         .arg(target, taxonomy.otherLang, from->counterpart)
                  << Qt::endl;
            return Failure;
        }
        if (from->counterpart != to->counterpart) {
            const SiteChange other = SiteChange::renameTags({from->counterpart}, to->counterpart);
            files += filesWith(*index, {from->counterpart}, taxonomy.otherLang, other);
            description += QLatin1String("; ") + other.description();
        }
    }
    return runSiteEdit(root, files, description, index->schema(), parser.isSet(dryRun));
}

} // namespace

int tags(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("rename"))
        return rename(arguments.sliced(1), false);
    if (verb == QLatin1String("merge"))
        return rename(arguments.sliced(1), true);
    return report(arguments);
}

} // namespace Rubric::Cli
