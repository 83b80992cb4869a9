#include "savedviews.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

namespace Rubric::SavedViews {

namespace {

QString groupOf(const QString &siteRoot)
{
    // A hash: a root holds '/' and other characters QSettings keys treat specially.
    const QString canonical = QDir(siteRoot).canonicalPath();
    const QByteArray key = (canonical.isEmpty() ? QDir::cleanPath(siteRoot) : canonical).toUtf8();
    return QLatin1String("savedViews/")
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
}

} // namespace

QList<SavedView> load(const QString &siteRoot)
{
    QSettings settings;
    settings.beginGroup(groupOf(siteRoot));
    QList<SavedView> views;
    const int count = settings.beginReadArray(QStringLiteral("views"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        views.append({settings.value(QStringLiteral("name")).toString(), settings.value(QStringLiteral("query")).toString(),
                      settings.value(QStringLiteral("paths")).toStringList()});
    }
    settings.endArray();
    return views;
}

void save(const QString &siteRoot, const QList<SavedView> &views)
{
    QSettings settings;
    settings.remove(groupOf(siteRoot));
    settings.beginGroup(groupOf(siteRoot));
    settings.setValue(QStringLiteral("root"), QDir::cleanPath(siteRoot)); // for a reader of the file
    settings.beginWriteArray(QStringLiteral("views"), int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), views.at(i).name);
        settings.setValue(QStringLiteral("query"), views.at(i).query);
        settings.setValue(QStringLiteral("paths"), views.at(i).paths);
    }
    settings.endArray();
}

void put(const QString &siteRoot, const SavedView &view)
{
    QList<SavedView> views = load(siteRoot);
    const auto it = std::find_if(views.begin(), views.end(), [&](const SavedView &v) { return v.name == view.name; });
    if (it != views.end())
        *it = view;
    else
        views.append(view);
    save(siteRoot, views);
}

void remove(const QString &siteRoot, const QString &name)
{
    QList<SavedView> views = load(siteRoot);
    views.removeIf([&](const SavedView &v) { return v.name == name; });
    save(siteRoot, views);
}

} // namespace Rubric::SavedViews
