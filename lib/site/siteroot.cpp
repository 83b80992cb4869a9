#include "siteroot.h"

#include <QDir>
#include <QFileInfo>

namespace Rubric {

SiteRoot SiteRoot::find(const QString &path)
{
    const QFileInfo info(path);
    QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    do {
        bool isSite = dir.exists(Schema::overrideFileName());
        for (const auto &layout : Schema::builtin().layouts())
            isSite = isSite || QFileInfo(dir.filePath(layout.folder)).isDir();
        if (isSite) {
            SiteRoot site{QDir::cleanPath(dir.absolutePath()), Schema::builtin(), {}};
            site.schema = Schema::forSite(site.root, &site.error);
            return site;
        }
    } while (dir.cdUp());
    return {{}, Schema::builtin(), {}};
}

} // namespace Rubric
