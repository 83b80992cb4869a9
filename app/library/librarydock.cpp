#include "librarydock.h"

#include "libraryview.h"
#include "site/siteindex.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace Rubric {

LibraryDock::LibraryDock(QStatusBar *statusBar, QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_statusBar(statusBar)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Open a site folder with File > Open Site… to browse all its reviews."), this))
    , m_progress(new QProgressBar(statusBar))
{
    setObjectName(QStringLiteral("LibraryDock"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);
    setWidget(m_stack);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Indexing %v of %m"));
    m_progress->hide();
    statusBar->addPermanentWidget(m_progress);
}

LibraryDock::~LibraryDock() = default;

QString LibraryDock::siteRoot() const
{
    return m_index ? m_index->root() : QString();
}

void LibraryDock::openSite(const QString &root)
{
    const QString absolute = QDir(root).absolutePath();
    if (m_index && m_index->root() == absolute)
        return;
    delete m_view;
    delete m_index;
    m_index = new SiteIndex(absolute, this);
    m_index->setWatching(true);
    m_view = new LibraryView(m_index, m_stack);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
    setWindowTitle(tr("Library — %1").arg(QDir::toNativeSeparators(absolute)));
    connect(m_view, &LibraryView::openRequested, this, &LibraryDock::openRequested);
    connect(m_view, &LibraryView::compareRequested, this, &LibraryDock::compareRequested);
    connect(m_index, &SiteIndex::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setVisible(done < total);
    });
    connect(m_index, &SiteIndex::finished, this, [this] {
        m_progress->hide();
        m_statusBar->showMessage(tr("Indexed %n reviews", nullptr, int(m_index->records().size())), 5000);
    });
    m_progress->setValue(0);
    m_progress->show();
    m_index->start();
    QSettings().setValue(QStringLiteral("site/root"), absolute);
    show();
    raise();
}

void LibraryDock::fileSaved(const QString &path)
{
    if (m_index && QDir::cleanPath(path).startsWith(m_index->root() + u'/'))
        m_index->refresh(path);
}

} // namespace Rubric
