#include "translationrecord.h"

#include "document/yamlvalue.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace Rubric {

namespace {

constexpr int formatVersion = 1;

QString yamlKey(const QString &text)
{
    if (YamlScalar::isPlainSafe(text, false) && !YamlScalar::resolvesToNonString(text))
        return text;
    return YamlScalar::doubleQuoted(text);
}

QString str(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

bool readMap(const YAML::Node &node, QMap<QString, QString> &into)
{
    if (!node)
        return true;
    if (!node.IsMap())
        return false;
    for (const auto &item : node) {
        if (!item.first.IsScalar() || !item.second.IsScalar())
            return false;
        into.insert(str(item.first), str(item.second));
    }
    return true;
}

} // namespace

QString TranslationRecord::fileName()
{
    return QStringLiteral("rubric-translations.yml");
}

QString TranslationRecord::pathFor(const QString &siteRoot)
{
    return QDir(siteRoot).filePath(fileName());
}

std::optional<TranslationRecord> TranslationRecord::load(const QString &siteRoot, QString *error)
{
    QFile file(pathFor(siteRoot));
    if (!file.exists())
        return TranslationRecord();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the file: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QString why;
    auto record = fromYaml(file.readAll(), &why);
    if (!record)
        *error = file.fileName() + QLatin1String(":") + why;
    return record;
}

std::optional<TranslationRecord> TranslationRecord::fromYaml(const QByteArray &yaml, QString *error)
{
    TranslationRecord record;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (root.IsNull())
            return record;
        if (!root.IsMap()) {
            *error = tr("1: the translation record is not a mapping");
            return std::nullopt;
        }
        const YAML::Node version = root["version"];
        if (version && version.IsScalar() && str(version).toInt() > formatVersion) {
            *error = tr("%1: written by a newer Rubric (format %2)").arg(version.Mark().line + 1).arg(str(version));
            return std::nullopt;
        }
        const YAML::Node translations = root["translations"];
        if (!translations || translations.IsNull())
            return record;
        if (!translations.IsMap()) {
            *error = tr("%1: \"translations\" is not a mapping").arg(translations.Mark().line + 1);
            return std::nullopt;
        }
        for (const auto &item : translations) {
            Entry entry;
            const YAML::Node value = item.second;
            if (!value.IsMap() || !readMap(value["sections"], entry.sections) || !readMap(value["fields"], entry.fields)) {
                *error = tr("%1: the entry of %2 is not a mapping of source, sections and fields")
                             .arg(item.first.Mark().line + 1)
                             .arg(str(item.first));
                return std::nullopt;
            }
            entry.source = str(value["source"]);
            record.m_entries.insert(str(item.first), entry);
        }
    } catch (const YAML::Exception &e) {
        *error = tr("%1: %2").arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    return record;
}

QByteArray TranslationRecord::toYaml() const
{
    QString yaml = QStringLiteral(
        "# Rubric's translation record: the source text each translation was made from.\n"
        "# Written by Rubric (see docs/translation-record.md); safe to commit and to merge.\n");
    yaml += QStringLiteral("version: %1\ntranslations:\n").arg(formatVersion);
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        yaml += QLatin1String("  ") + yamlKey(it.key()) + QLatin1String(":\n");
        if (!it->source.isEmpty())
            yaml += QLatin1String("    source: ") + yamlKey(it->source) + u'\n';
        for (const auto &[name, map] : {std::pair{QStringLiteral("fields"), &it->fields},
                                        std::pair{QStringLiteral("sections"), &it->sections}}) {
            if (map->isEmpty())
                continue;
            yaml += QLatin1String("    ") + name + QLatin1String(":\n");
            for (auto item = map->cbegin(); item != map->cend(); ++item)
                yaml += QLatin1String("      ") + yamlKey(item.key()) + QLatin1String(": ") + yamlKey(item.value()) + u'\n';
        }
    }
    return yaml.toUtf8();
}

bool TranslationRecord::save(const QString &siteRoot, QString *error) const
{
    const QString path = pathFor(siteRoot);
    if (isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = tr("%1: cannot remove the empty translation record").arg(path);
            return false;
        }
        return true;
    }
    const QByteArray bytes = toYaml();
    QString why;
    if (fromYaml(bytes, &why) != *this) { // never write what would not read back
        *error = tr("%1: the translation record would not read back (%2)").arg(path, why);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1: cannot write the file: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<TranslationRecord> TranslationRecord::update(const QString &siteRoot,
                                                           const std::function<void(TranslationRecord &)> &change,
                                                           QString *error)
{
    auto record = load(siteRoot, error);
    if (!record)
        return std::nullopt;
    const TranslationRecord before = *record;
    change(*record);
    if (*record != before && !record->save(siteRoot, error))
        return std::nullopt;
    return record;
}

const TranslationRecord::Entry *TranslationRecord::entry(const QString &target) const
{
    const auto it = m_entries.constFind(target);
    return it == m_entries.cend() ? nullptr : &*it;
}

QString TranslationRecord::sourceOf(const QString &target) const
{
    const Entry *found = entry(target);
    return found ? found->source : QString();
}

void TranslationRecord::setSource(const QString &target, const QString &source)
{
    m_entries[target].source = source;
}

void TranslationRecord::setSectionDone(const QString &target, const QString &section, const QString &hash)
{
    m_entries[target].sections.insert(section, hash);
}

void TranslationRecord::setFieldDone(const QString &target, const QString &key, const QString &hash)
{
    m_entries[target].fields.insert(key, hash);
}

void TranslationRecord::clearSection(const QString &target, const QString &section)
{
    const auto it = m_entries.find(target);
    if (it != m_entries.end())
        it->sections.remove(section);
}

void TranslationRecord::clearField(const QString &target, const QString &key)
{
    const auto it = m_entries.find(target);
    if (it != m_entries.end())
        it->fields.remove(key);
}

void TranslationRecord::remove(const QString &target)
{
    m_entries.remove(target);
}

} // namespace Rubric
