#include "resourcepolicy.h"

#include "schema/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTextDocument>

namespace Rubric {

ResourcePolicy::ResourcePolicy(const QString &documentPath)
{
    if (documentPath.isEmpty())
        return; // an unsaved review has no folder: nothing is allowed
    const QFileInfo info(documentPath);
    m_documentDir = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString site = Schema::siteRootOf(info.absoluteFilePath());
    m_root = site.isEmpty() ? m_documentDir : QFileInfo(site).canonicalFilePath();
    if (m_root.isEmpty() || m_documentDir.isEmpty() || !(m_documentDir == m_root || m_documentDir.startsWith(m_root + u'/')))
        m_root.clear(); // a folder that cannot be resolved allows nothing
}

ResourcePolicy::Decision ResourcePolicy::resolve(const QUrl &url) const
{
    if (m_root.isEmpty())
        return {Verdict::NoDocument, {}};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("ftp")
        || !url.host().isEmpty())
        return {Verdict::Remote, {}};
    if (!scheme.isEmpty())
        return {Verdict::OtherScheme, {}}; // file:, data:, qrc: and the rest
    const QString path = url.path();
    if (path.isEmpty())
        return {Verdict::Missing, {}};
    const QString joined = path.startsWith(u'/') ? QString(m_root + path) : QString(m_documentDir + u'/' + path);
    const QString clean = QDir::cleanPath(joined);
    if (!(clean == m_root || clean.startsWith(m_root + u'/')))
        return {Verdict::OutsideSite, {}};
    const QFileInfo info(clean);
    if (!info.exists() || !info.isFile())
        return {Verdict::Missing, {}};
    // A link inside the site may point anywhere: judge where it really leads.
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_root + u'/'))
        return {Verdict::OutsideSite, {}};
    return {Verdict::Allowed, canonical};
}

QString ResourcePolicy::siteRelativeUrl(const QUrl &url) const
{
    const Decision decision = resolve(url);
    if (!decision.allowed())
        return {};
    QUrl relative;
    relative.setPath(decision.path.sliced(m_root.size()));
    return relative.toString(QUrl::FullyEncoded);
}

QVariant ResourcePolicy::load(int type, const QUrl &url) const
{
    if (type != QTextDocument::ImageResource)
        return {}; // no style sheets, no HTML includes
    const Decision decision = resolve(url);
    if (!decision.allowed())
        return {};
    QFile file(decision.path);
    if (file.size() > maximumImageBytes || !file.open(QIODevice::ReadOnly))
        return {};
    QImage image;
    if (!image.loadFromData(file.readAll()))
        return {};
    return image;
}

} // namespace Rubric
