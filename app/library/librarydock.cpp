#include "librarydock.h"

#include "libraryview.h"
#include "history/gitstatustracker.h"
#include "models/librarymodel.h"
#include "site/siteindex.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace Rubric {

LibraryDock::LibraryDock(Workspace *workspace, QStatusBar *statusBar, QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_workspace(workspace)
    , m_statusBar(statusBar)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Open a site folder with File > Open Site… to browse all its reviews."), this))
    , m_progress(new QProgressBar(statusBar))
{
    setObjectName(QStringLiteral("LibraryDock")); // for QMainWindow::saveState
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);
    setWidget(m_stack);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Indexing %v of %m"));
    m_progress->hide();
    statusBar->addPermanentWidget(m_progress);
    connect(m_workspace, &Workspace::siteOpened, this, &LibraryDock::showSite);
    connect(m_workspace, &Workspace::siteAboutToClose, this, &LibraryDock::forgetSite);
    if (m_workspace->site())
        showSite(m_workspace->site());
}

LibraryDock::~LibraryDock() = default;

QString LibraryDock::siteRoot() const
{
    return m_workspace->site() ? m_workspace->site()->root() : QString();
}

SiteIndex *LibraryDock::siteIndex() const
{
    return m_workspace->site() ? m_workspace->site()->index() : nullptr;
}

void LibraryDock::openSite(const QString &root)
{
    Site *site = m_workspace->openSite(root);
    QSettings().setValue(QStringLiteral("site/root"), site->root());
    show();
    raise();
}

Problems LibraryDock::siteProblems(const QString &absolutePath) const
{
    return m_workspace->site() ? m_workspace->site()->siteProblems(absolutePath) : Problems();
}

void LibraryDock::forgetSite()
{
    delete m_view;
    m_progress->hide();
}

void LibraryDock::showSite(Site *site)
{
    delete m_view;
    m_view = new LibraryView(site->index(), m_stack);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
    setWindowTitle(tr("Library — %1").arg(QDir::toNativeSeparators(site->root())));
    connect(m_view, &LibraryView::openRequested, this, &LibraryDock::openRequested);
    connect(m_view, &LibraryView::sideBySideRequested, this, &LibraryDock::sideBySideRequested);
    connect(m_view, &LibraryView::compareRequested, this, &LibraryDock::compareRequested);
    connect(m_view, &LibraryView::bookletRequested, this, &LibraryDock::bookletRequested);
    SiteIndex *index = site->index();
    connect(index, &SiteIndex::progress, m_view, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setVisible(done < total);
    });
    connect(index, &SiteIndex::finished, m_view, [this, index] {
        m_progress->hide();
        m_statusBar->showMessage(tr("Indexed %n reviews", nullptr, int(index->records().size())), 5000);
    });
    // The site's figures, whole after a check, per batch of changed reviews after that.
    connect(site, &Site::checked, m_view, [this, site] {
        m_view->model()->setProblemCounts(site->problemCounts());
        Q_EMIT siteChecked();
    });
    connect(site, &Site::problemCountChanged, m_view, [this](const QString &path, int count) {
        m_view->model()->setProblemCount(path, count);
    });
    connect(site, &Site::translationStatesChanged, m_view,
            [this, site](const QHash<QString, TranslationState> &states) {
                // A whole site's states (or a pull's) in one change of the column, not a
                // change per row.
                if (states.size() > 64) {
                    m_view->model()->setTranslationStates(site->translationStates());
                    return;
                }
                for (auto it = states.cbegin(); it != states.cend(); ++it)
                    m_view->model()->setTranslationState(it.key(), it.value());
            });
    connect(site, &Site::message, m_view, [this](const QString &text) { m_statusBar->showMessage(text, 10000); });
    // Git status (issue 19): read off the GUI thread, again when a review changes on disk
    // or is saved; the tracker sees commits (Rubric's or git's) itself.
    auto *git = new GitStatusTracker(site->root(), m_view);
    if (git->isRepository()) {
        connect(git, &GitStatusTracker::statusChanged, m_view, [this, git] {
            m_view->setGitStatus(git->statuses(), git->deleted());
        });
        connect(index, &SiteIndex::recordsAdded, git, &GitStatusTracker::refresh);
        connect(index, &SiteIndex::recordChanged, git, &GitStatusTracker::refresh);
        connect(index, &SiteIndex::recordRemoved, git, &GitStatusTracker::refresh);
        connect(m_workspace, &Workspace::documentSaved, git, &GitStatusTracker::refresh);
    }
    if (!site->recordError().isEmpty())
        m_statusBar->showMessage(site->recordError(), 10000);
    m_progress->setValue(0);
    m_progress->show();
}

} // namespace Rubric
