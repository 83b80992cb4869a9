#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace Rubric {

class DocumentView;
class RecentFiles;
class Workspace;

// The questions around writing and closing a review: overwrite a file changed on disk?
// save before closing? discard the changes? Then asks the Workspace to act.
class FileActions final : public QObject
{
    Q_OBJECT

public:
    FileActions(Workspace *workspace, QWidget *window);

    void setRecentFiles(RecentFiles *recent) { m_recent = recent; }
    bool save(DocumentView *view);
    bool saveAs(DocumentView *view);
    // Asks about unsaved edits (`show` brings the view to front first), then closes.
    bool close(DocumentView *view, const std::function<void()> &show);
    void revert(DocumentView *view);

Q_SIGNALS:
    void message(const QString &text, int milliseconds);

private:
    Workspace *m_workspace;
    QWidget *m_window;
    RecentFiles *m_recent = nullptr;
};

} // namespace Rubric
