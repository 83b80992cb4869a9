#include "previewview.h"

#include "document/reviewdocument.h"
#include "render/markdownrenderer.h"
#include "render/resourcepolicy.h"
#include "render/reviewhtml.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QTimer>

namespace Rubric {

PreviewView::PreviewView(ReviewDocument *document, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
    , m_renderer(std::make_unique<MarkdownRenderer>())
    , m_timer(new QTimer(this))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Preview"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(0); // coalesces a burst of queued keystrokes, adds no delay
    connect(m_timer, &QTimer::timeout, this, &PreviewView::renderNow);
    connect(document, &ReviewDocument::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(this, &QTextBrowser::anchorClicked, this, &PreviewView::openLink);
    renderNow();
}

PreviewView::~PreviewView() = default;

void PreviewView::renderNow()
{
    m_timer->stop();
    if (!m_document)
        return;
    const int scroll = verticalScrollBar()->value();
    setHtml(ReviewHtml::page(*m_document, *m_renderer));
    verticalScrollBar()->setValue(scroll);
    Q_EMIT rendered();
}

void PreviewView::showSection(const QString &headingText)
{
    if (!headingText.isEmpty())
        scrollToAnchor(MarkdownRenderer::headingId(headingText));
}

QVariant PreviewView::loadResource(int type, const QUrl &name)
{
    // Images inside the review's site only; never the network, never other files.
    return m_document ? ResourcePolicy(m_document->filePath()).load(type, name) : QVariant();
}

void PreviewView::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url); // only when clicked, in the system browser
    else if (url.hasFragment() && url.path().isEmpty())
        scrollToAnchor(url.fragment());
}

} // namespace Rubric
