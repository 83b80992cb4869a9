#pragma once

#include <QDockWidget>
#include <QPointer>

#include "libraryview.h"
#include "site/siteindex.h"
#include "document/problem.h"

class QLabel;
class QProgressBar;
class QStackedWidget;
class QStatusBar;

namespace Rubric {

class Site;
class Workspace;

// The dock that shows the open site's library: a view over the Workspace's Site (its
// index, problems and translation states), with indexing progress in the status bar.
class LibraryDock final : public QDockWidget
{
    Q_OBJECT

public:
    LibraryDock(Workspace *workspace, QStatusBar *statusBar, QWidget *parent = nullptr);
    ~LibraryDock() override;

    // Asks the Workspace to open the site at `root`, and remembers it for the next start.
    void openSite(const QString &root);
    QString siteRoot() const;
    SiteIndex *siteIndex() const;
    LibraryView *view() const { return m_view; }
    // The problems across the site (pairs, refs) of a file, once the site is checked.
    Problems siteProblems(const QString &absolutePath) const;

Q_SIGNALS:
    void siteChecked();

    void openRequested(const QStringList &paths);
    void sideBySideRequested(const QString &left, const QString &right);
    void compareRequested(const QString &label, const QList<int> &tenths);
    void bookletRequested(const QStringList &paths);

private:
    void showSite(Site *site);
    void forgetSite();

    Workspace *m_workspace;
    QStatusBar *m_statusBar;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QProgressBar *m_progress;
    QPointer<LibraryView> m_view;
};

} // namespace Rubric
