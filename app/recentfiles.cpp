#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Rubric {

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_files(QSettings().value(QStringLiteral("recentFiles")).toStringList())
{
    rebuild();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > maximum)
        m_files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), m_files);
    rebuild();
}

void RecentFiles::rebuild()
{
    m_menu->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString path = m_files.at(i);
        QAction *action = m_menu->addAction(QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (m_files.isEmpty())
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
            m_files.clear();
            QSettings().remove(QStringLiteral("recentFiles"));
            rebuild();
        });
    }
}

} // namespace Rubric
