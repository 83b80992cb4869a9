#include "translationbaselines.h"

#include "document/atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rubric {

QString TranslationBaselines::fileName()
{
    return QStringLiteral("rubric-translation-baselines.json");
}

QString TranslationBaselines::pathFor(const QString &siteRoot)
{
    return QDir(siteRoot).filePath(fileName());
}

bool TranslationBaselines::load(const QString &path, QString *error)
{
    m_texts.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !json.isObject()) {
        *error = tr("%1: not a baselines file (%2 at byte %3)")
                     .arg(QDir::toNativeSeparators(path), parse.errorString())
                     .arg(parse.offset);
        return false;
    }
    const QJsonObject sources = json.object().value(QLatin1String("sources")).toObject();
    for (auto source = sources.begin(); source != sources.end(); ++source) {
        const QJsonObject items = source.value().toObject();
        for (auto item = items.begin(); item != items.end(); ++item)
            m_texts[source.key()].insert(item.key(), item.value().toString());
    }
    return true;
}

bool TranslationBaselines::save(const QString &path, QString *error) const
{
    QJsonObject sources;
    for (auto source = m_texts.begin(); source != m_texts.end(); ++source) {
        QJsonObject items;
        for (auto item = source.value().begin(); item != source.value().end(); ++item)
            items.insert(item.key(), item.value());
        sources.insert(source.key(), items);
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("sources"), sources);
    // Keys sorted (QJsonObject), indented: a change shows as a few lines in a commit.
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

QString TranslationBaselines::text(const QString &sourcePath, const QString &itemId) const
{
    const auto source = m_texts.constFind(sourcePath);
    if (source == m_texts.constEnd())
        return {};
    return source->value(itemId);
}

void TranslationBaselines::set(const QString &sourcePath, const QString &itemId, const QString &text)
{
    m_texts[sourcePath].insert(itemId, text);
}

void TranslationBaselines::remove(const QString &sourcePath, const QString &itemId)
{
    const auto source = m_texts.find(sourcePath);
    if (source != m_texts.end())
        source->remove(itemId); // the source's entry stays: the pair has been seen
}

} // namespace Rubric
