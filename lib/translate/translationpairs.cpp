#include "translationpairs.h"

#include "reviewtext.h"
#include "site/siteindex.h"
#include "site/recordreader.h"
#include "translationcreator.h"
#include "translationrecord.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace Rubric {

QList<TranslationPair> TranslationPairs::find(const SiteIndex &index, const TranslationRecord &record)
{
    const Schema &schema = index.schema();
    const QStringList languages = schema.languageCodes();
    const ReviewRecords &records = index.records();
    QList<TranslationPair> pairs;
    const auto byRef = index.recordsByRef();
    for (auto it = byRef.cbegin(); it != byRef.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        QList<int> rows = it.value();
        std::sort(rows.begin(), rows.end(), [&](int a, int b) { return records.at(a).path < records.at(b).path; });
        // The source: named by the record for one of the others, else the first language's.
        int source = -1;
        for (int row : std::as_const(rows)) {
            const QString named = record.sourceOf(records.at(row).path);
            for (int other : std::as_const(rows)) {
                if (source < 0 && other != row && records.at(other).path == named)
                    source = other;
            }
        }
        for (qsizetype l = 0; source < 0 && l < languages.size(); ++l) {
            for (int row : std::as_const(rows)) {
                if (source < 0 && records.at(row).lang == languages.at(l))
                    source = row;
            }
        }
        if (source < 0)
            source = rows.constFirst();
        const ReviewRecord &from = records.at(source);
        QStringList covered{from.lang};
        for (int row : std::as_const(rows)) {
            const ReviewRecord &to = records.at(row);
            if (row == source || covered.contains(to.lang))
                continue; // a second review in one language is ref.duplicate's business
            covered.append(to.lang);
            pairs.append({it.key(), from.path, to.path, from.lang, to.lang, TranslationState::Done, {}, {}});
        }
        for (const auto &lang : languages) {
            if (!covered.contains(lang))
                pairs.append({it.key(), from.path, {}, from.lang, lang, TranslationState::Missing, {}, {}});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const TranslationPair &a, const TranslationPair &b) {
        return a.source != b.source ? a.source < b.source : a.targetLang < b.targetLang;
    });
    return pairs;
}

void TranslationPairs::computeState(TranslationPair &pair, const QString &siteRoot, const Schema &schema,
                                    const TranslationRecord &record)
{
    pair.counts = {};
    if (pair.target.isEmpty()) {
        pair.state = TranslationState::Missing;
        return;
    }
    QString error;
    const QDir root(siteRoot);
    const auto source = ReviewText::read(root.filePath(pair.source), &error);
    const auto target = source ? ReviewText::read(root.filePath(pair.target), &error) : std::nullopt;
    if (!source || !target) {
        pair.error = error;
        pair.state = TranslationState::Untranslated;
        return;
    }
    const QList<TranslationItem> items = TranslationStatus::items(*source, *target, schema, record.entry(pair.target));
    for (const auto &item : items)
        ++pair.counts[int(item.state)];
    pair.state = TranslationStatus::overall(items);
}

QList<TranslationPair> TranslationPairs::scan(const SiteIndex &index, const TranslationRecord &record)
{
    QList<TranslationPair> pairs = find(index, record);
    for (auto &pair : pairs)
        computeState(pair, index.root(), index.schema(), record);
    return pairs;
}

QString TranslationPairs::findCounterpart(const QString &siteRoot, const QString &sourceSitePath,
                                          const ReviewText &source, const QString &lang, const Schema &schema)
{
    const QDir root(siteRoot);
    const QString expected = TranslationCreator::counterpartPath(sourceSitePath, source, lang, schema);
    if (!expected.isEmpty() && QFileInfo::exists(root.filePath(expected)))
        return expected;
    const QString ref = source.string(QStringLiteral("ref"));
    const LayoutSpec *layout = schema.layout(source.string(QStringLiteral("layout")));
    if (!ref.isEmpty() && layout) {
        QStringList candidates;
        QDirIterator it(root.filePath(layout->folder + u'/' + lang), {QStringLiteral("*.md")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QFileInfo(path).completeBaseName().compare(ref, Qt::CaseInsensitive) == 0)
                candidates.append(root.relativeFilePath(path));
        }
        candidates.sort();
        for (const auto &candidate : std::as_const(candidates)) {
            if (RecordReader::read(siteRoot, candidate, schema).ref == ref)
                return candidate;
        }
    }
    return expected;
}

QString TranslationPairs::defaultTargetLang(const QString &sourceLang, const Schema &schema)
{
    for (const auto &code : schema.languageCodes()) {
        if (code != sourceLang)
            return code;
    }
    return {};
}

QHash<QString, TranslationState> TranslationPairs::statesByPath(const QList<TranslationPair> &pairs)
{
    QHash<QString, TranslationState> states;
    const auto note = [&states](const QString &path, TranslationState state) {
        if (path.isEmpty())
            return;
        const auto it = states.find(path);
        if (it == states.end())
            states.insert(path, state);
        else
            *it = std::min(*it, state);
    };
    for (const auto &pair : pairs) {
        note(pair.source, pair.state);
        note(pair.target, pair.state);
    }
    return states;
}

} // namespace Rubric
