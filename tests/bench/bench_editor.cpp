// Editor latency on the largest corpus file (a 22 KB Japanese review): opening it
// (parse, form, chart, preview shown), a keystroke in the body until the preview shows
// it, the body's Markdown rendering alone, and a rating change until chart, form and text
// show it. Prints median and p95; asserts nothing (time is noisy on shared machines).
#include "chart/radarchartview.h"
#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/markdowneditor.h"
#include "editor/previewview.h"
#include "editor/ratingseditor.h"
#include "render/markdownrenderer.h"

#include <QApplication>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineSeries>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Rubric;

namespace {

QString largestCorpusFile()
{
    QString largest;
    qint64 size = -1;
    QDirIterator it(QStringLiteral(RUBRIC_CORPUS_DIR), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.size() > size) {
            size = info.size();
            largest = info.filePath();
        }
    }
    return largest;
}

void report(const char *what, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    const double p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    std::printf("%-44s n=%-4lld median %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, static_cast<long long>(ms.size()),
                median, p95, ms.last());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : largestCorpusFile();
    std::printf("file: %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(QFileInfo(path).size()));

    QList<double> open;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto *document = new ReviewDocument;
        document->load(path);
        DocumentView view(document);
        view.resize(1600, 950);
        view.show();
        QCoreApplication::processEvents(); // laid out and painted once
        open.append(timer.nsecsElapsed() / 1e6);
    }
    report("open (parse, form, chart, preview shown)", open);

    auto *document = new ReviewDocument;
    document->load(path);
    DocumentView view(document);
    view.resize(1600, 950);
    view.show();
    QCoreApplication::processEvents();

    QList<double> keystroke;
    MarkdownEditor *editor = view.editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(editor, i % 2 ? Qt::Key_Backspace : Qt::Key_A);
        view.preview()->renderNow(); // what the preview's timer does once typing pauses
        keystroke.append(timer.nsecsElapsed() / 1e6);
    }
    report("keystroke to preview updated", keystroke);

    // The Markdown part of the preview alone (what the site-fidelity work adds to).
    QList<double> markdown;
    const MarkdownRenderer renderer;
    const QString body = document->text().sliced(document->frontMatter().bodyStart());
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QString html = renderer.toHtml(body);
        markdown.append(timer.nsecsElapsed() / 1e6);
        if (html.isEmpty())
            std::printf("empty rendering!\n");
    }
    report("body Markdown to HTML (MarkdownRenderer)", markdown);

    QList<double> rating;
    QDoubleSpinBox *spin = view.ratingsEditor()->spinBox(2);
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(spin, i % 2 ? Qt::Key_Down : Qt::Key_Up);
        // Chart series, form, rating line and score line are updated synchronously by now.
        const double y = view.chart()->currentSeries()->at(2).y();
        rating.append(timer.nsecsElapsed() / 1e6);
        if (std::abs(y - spin->value()) > 1e-9)
            std::printf("chart out of step!\n");
    }
    report("rating change to chart, form and text", rating);
    return 0;
}
