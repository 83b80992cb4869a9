#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Rubric {

// The most recently opened files, kept in QSettings, shown as a menu.
class RecentFiles final : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &path);
    QStringList files() const { return m_files; }
    static constexpr int maximum = 10;

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuild();

    QMenu *m_menu;
    QStringList m_files;
};

} // namespace Rubric
