#include "sitetags.h"

#include "document/frontmatter.h"
#include "schema/schema.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace Rubric::SiteTags {

QStringList collect(const QString &siteRoot, const Schema &schema)
{
    QHash<QString, int> counts;
    const QString key = QStringLiteral("tags");
    for (const auto &layout : schema.layouts()) {
        QDirIterator it(siteRoot + u'/' + layout.folder, {QStringLiteral("*.md")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const FrontMatter frontMatter = FrontMatter::parse(QString::fromUtf8(file.read(64 * 1024)));
            for (const auto &tag : frontMatter.value(key).scalarItems()) {
                if (!tag.isEmpty())
                    ++counts[tag];
            }
        }
    }
    QStringList tags = counts.keys();
    std::sort(tags.begin(), tags.end(), [&counts](const QString &a, const QString &b) {
        const int ca = counts.value(a), cb = counts.value(b);
        return ca != cb ? ca > cb : a.localeAwareCompare(b) < 0;
    });
    return tags;
}

} // namespace Rubric::SiteTags
