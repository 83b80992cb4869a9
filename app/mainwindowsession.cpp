#include "mainwindowsession.h"

#include "document/reviewdocument.h"
#include "documentview.h"
#include "documentwindow.h"
#include "library/librarydock.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace Rubric::Session {

void save(DocumentWindow *window, const QTabWidget *tabs)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window->mainWindow()->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window->mainWindow()->saveState());
    if (DocumentView *view = window->currentView())
        settings.setValue(QStringLiteral("editor/splitter"), view->splitter()->saveState());
    QStringList files;
    for (const ReviewDocument *document : window->workspace()->documents())
        files.append(document->filePath());
    settings.setValue(QStringLiteral("session/files"), files);
    settings.setValue(QStringLiteral("session/current"), tabs->currentIndex());
}

void restore(DocumentWindow *window, LibraryDock *library, QTabWidget *tabs)
{
    QSettings settings;
    const QString site = settings.value(QStringLiteral("site/root")).toString();
    if (!site.isEmpty() && QFileInfo(site).isDir())
        library->openSite(site);
    for (const auto &path : settings.value(QStringLiteral("session/files")).toStringList()) {
        if (QFileInfo::exists(path))
            window->openFile(path);
    }
    tabs->setCurrentIndex(settings.value(QStringLiteral("session/current")).toInt());
}

} // namespace Rubric::Session
