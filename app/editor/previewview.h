#pragma once

#include "render/resourcepolicy.h"

#include <QCache>
#include <QImage>
#include <QPointer>
#include <QTextBrowser>

#include <optional>

class QTimer;

namespace Rubric {

class MarkdownRenderer;
class ReviewDocument;

// The rendered review beside the editor. It re-renders shortly after the text changes
// (coalescing fast typing), keeps its scroll position, can follow the section the
// editor's cursor is in, and loads only images inside the review's site (ResourcePolicy):
// no network, no other files, no scripts. Every render asks again for every image: one
// policy per document path and decoded images by file and modification time (a bounded
// cache) keep typing from re-reading and re-decoding them.
class PreviewView final : public QTextBrowser
{
    Q_OBJECT

public:
    PreviewView(ReviewDocument *document, QWidget *parent = nullptr);
    ~PreviewView() override;

    void showSection(const QString &headingText);
    // Renders now instead of after the delay (tests, benchmarks).
    void renderNow();
    QVariant loadResource(int type, const QUrl &name) override;
    // How many images were read and decoded so far (tests: a render of unchanged images
    // decodes none).
    int decodedImages() const { return m_decodedImages; }

    // Decoded images kept, in KiB.
    static constexpr int imageCacheKiB = 64 * 1024;

Q_SIGNALS:
    void rendered();

private:
    void openLink(const QUrl &url);

    QPointer<ReviewDocument> m_document;
    std::unique_ptr<MarkdownRenderer> m_renderer;
    QTimer *m_timer;
    std::optional<ResourcePolicy> m_policy;
    QString m_policyPath; // the document path m_policy was made for
    QCache<QString, QImage> m_images{imageCacheKiB};
    int m_decodedImages = 0;
};

} // namespace Rubric
