#include "tagtaxonomy.h"

#include <QRegularExpression>
#include <QSet>

#include <numeric>

namespace Rubric {

namespace {

QString singular(const QString &word)
{
    // English plurals only: Japanese has none, and short words ("bus", "DAS") are left.
    if (word.size() <= 3 || !word.back().isLetter() || word.back().unicode() > 0x7f)
        return word;
    if (word.endsWith(QLatin1String("ies")) && word.size() > 4)
        return word.chopped(3) + u'y';
    if (word.endsWith(QLatin1String("sses")) || word.endsWith(QLatin1String("shes")) || word.endsWith(QLatin1String("ches"))
        || word.endsWith(QLatin1String("xes")))
        return word.chopped(2);
    if (word.endsWith(u's') && !word.endsWith(QLatin1String("ss")) && !word.endsWith(QLatin1String("us"))
        && !word.endsWith(QLatin1String("is")))
        return word.chopped(1);
    return word;
}

struct UnionFind
{
    QList<int> parent;
    explicit UnionFind(int size) : parent(size) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(int a, int b) { parent[find(a)] = find(b); }
};

} // namespace

const TagTaxonomy::Tag *TagTaxonomy::find(const QString &name) const
{
    for (const auto &tag : tags) {
        if (tag.name == name)
            return &tag;
    }
    return nullptr;
}

QString TagTaxonomy::nearKey(const QString &tag)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_\u2010-\u2015\u30fb]+"));
    QString folded = tag.normalized(QString::NormalizationForm_KC).toCaseFolded();
    folded.replace(separators, QStringLiteral(" "));
    QStringList words = folded.trimmed().split(u' ', Qt::SkipEmptyParts);
    for (auto &word : words)
        word = singular(word);
    return words.join(u' ');
}

int TagTaxonomy::editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        int best = row[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (best > limit)
            return limit + 1;
    }
    return row.back();
}

TagTaxonomy TagTaxonomy::build(const ReviewRecords &records, const QString &lang, const QString &otherLang)
{
    TagTaxonomy result;
    result.lang = lang;
    result.otherLang = otherLang;
    QHash<QString, int> counts;
    QHash<QString, QList<int>> byRef; // ref -> records of both languages
    for (int i = 0; i < records.size(); ++i) {
        const ReviewRecord &record = records.at(i);
        if (record.lang == lang) {
            for (const auto &tag : QSet<QString>(record.tags.cbegin(), record.tags.cend()))
                ++counts[tag];
        } else if (result.otherLang.isEmpty() && !record.lang.isEmpty()) {
            result.otherLang = record.lang;
        }
        if (!record.ref.isEmpty())
            byRef[record.layout + u'/' + record.ref].append(i);
    }
    // Counterparts: how often a tag here and a tag there describe the same review; the
    // counterpart is the one with the strongest association (Dice's coefficient), so a
    // tag every review carries does not become everyone's counterpart.
    QHash<QString, QHash<QString, int>> together;
    QHash<QString, int> pairedHere, pairedThere;
    for (const auto &rows : std::as_const(byRef)) {
        const ReviewRecord *here = nullptr, *there = nullptr;
        for (const int row : rows) {
            if (records.at(row).lang == lang)
                here = &records.at(row);
            else if (records.at(row).lang == result.otherLang)
                there = &records.at(row);
        }
        if (!here || !there)
            continue;
        const QSet<QString> hereTags(here->tags.cbegin(), here->tags.cend());
        const QSet<QString> thereTags(there->tags.cbegin(), there->tags.cend());
        for (const auto &tag : thereTags)
            ++pairedThere[tag];
        for (const auto &tag : hereTags) {
            ++pairedHere[tag];
            auto &row = together[tag];
            for (const auto &other : thereTags)
                ++row[other];
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        Tag tag{it.key(), it.value(), {}, 0};
        double best = 0;
        const auto &row = together.value(it.key());
        for (auto other = row.cbegin(); other != row.cend(); ++other) {
            const double dice = 2.0 * other.value() / (pairedHere.value(it.key()) + pairedThere.value(other.key()));
            // Ties (one pair tells no more) go to the same name ("LDAC" / "LDAC"), then by name.
            const bool better = dice > best
                                || (dice == best && tag.counterpart != tag.name
                                    && (other.key() == tag.name || other.key() < tag.counterpart));
            if (better) {
                best = dice;
                tag.counterpart = other.key();
                tag.counterpartPairs = other.value();
            }
        }
        // One shared review is a coincidence as often as not.
        if (best < 0.3 || (tag.counterpartPairs < 2 && pairedHere.value(it.key()) > 1)) {
            tag.counterpart.clear();
            tag.counterpartPairs = 0;
        }
        result.tags.append(tag);
    }
    std::sort(result.tags.begin(), result.tags.end(), [](const Tag &a, const Tag &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    for (const auto &tag : std::as_const(result.tags)) {
        if (tag.count == 1)
            result.singletons.append(tag.name);
    }

    // Near-duplicates: the same key, or keys one edit apart when long enough that one
    // edit is a typo rather than another word ("DAC" / "DAP").
    const int n = int(result.tags.size());
    QStringList keys;
    keys.reserve(n);
    QHash<QString, int> firstWithKey;
    UnionFind groups(n);
    for (int i = 0; i < n; ++i) {
        keys.append(nearKey(result.tags.at(i).name));
        const auto seen = firstWithKey.constFind(keys.back());
        if (seen != firstWithKey.cend())
            groups.unite(i, *seen);
        else
            firstWithKey.insert(keys.back(), i);
    }
    QList<int> distinct = firstWithKey.values();
    std::sort(distinct.begin(), distinct.end(), [&keys](int a, int b) { return keys[a].size() < keys[b].size(); });
    for (qsizetype a = 0; a < distinct.size(); ++a) {
        const QString &key = keys[distinct[a]];
        if (key.size() < 8)
            continue;
        for (qsizetype b = a + 1; b < distinct.size() && keys[distinct[b]].size() <= key.size() + 1; ++b) {
            if (editDistance(key, keys[distinct[b]], 1) <= 1)
                groups.unite(distinct[a], distinct[b]);
        }
    }
    QHash<int, Group> byRoot;
    QList<int> order;
    for (int i = 0; i < n; ++i) {
        const int root = groups.find(i);
        if (!byRoot.contains(root))
            order.append(root);
        Group &group = byRoot[root];
        group.tags.append(result.tags.at(i).name);
        group.count += result.tags.at(i).count;
    }
    for (const int root : std::as_const(order)) {
        if (byRoot.value(root).tags.size() > 1)
            result.nearDuplicates.append(byRoot.value(root));
    }
    return result;
}

} // namespace Rubric
