#include "previewview.h"

#include "document/reviewdocument.h"
#include "render/markdownrenderer.h"
#include "render/reviewhtml.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFileInfo>
#include <QTextDocument>
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
    if (!m_document || type != QTextDocument::ImageResource)
        return {};
    if (!m_policy || m_policyPath != m_document->filePath()) { // saved under another name
        m_policyPath = m_document->filePath();
        m_policy.emplace(m_policyPath);
    }
    const ResourcePolicy::Decision decision = m_policy->resolve(name);
    if (!decision.allowed())
        return {};
    // The same file changed on disk (a new picture saved over it) is read again.
    const QFileInfo info(decision.path);
    const QString key = decision.path + u'\n' + QString::number(info.lastModified().toMSecsSinceEpoch()) + u'\n'
                        + QString::number(info.size());
    if (const QImage *cached = m_images.object(key))
        return *cached;
    const QVariant loaded = m_policy->load(type, name);
    ++m_decodedImages;
    if (loaded.canConvert<QImage>()) {
        auto image = std::make_unique<QImage>(loaded.value<QImage>());
        const qsizetype cost = std::max<qsizetype>(1, image->sizeInBytes() / 1024);
        if (cost <= imageCacheKiB)
            m_images.insert(key, image.release(), cost);
    }
    return loaded;
}

void PreviewView::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url); // only when clicked, in the system browser
    else if (url.hasFragment() && url.path().isEmpty())
        scrollToAnchor(url.fragment());
}

} // namespace Rubric
