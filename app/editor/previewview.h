#pragma once

#include <QPointer>
#include <QTextBrowser>

class QTimer;

namespace Rubric {

class MarkdownRenderer;
class ReviewDocument;

// The rendered review beside the editor. It re-renders shortly after the text changes
// (coalescing fast typing), keeps its scroll position, can follow the section the
// editor's cursor is in, and loads only images inside the review's site (ResourcePolicy):
// no network, no other files, no scripts.
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

Q_SIGNALS:
    void rendered();

private:
    void openLink(const QUrl &url);

    QPointer<ReviewDocument> m_document;
    std::unique_ptr<MarkdownRenderer> m_renderer;
    QTimer *m_timer;
};

} // namespace Rubric
