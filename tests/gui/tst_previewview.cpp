// PreviewView's images: read and decoded once, not on every re-render of the text.
#include "document/reviewdocument.h"
#include "editor/previewview.h"
#include "testutil.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rubric;

class TestPreviewView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imagesAreDecodedOncePerFileVersion();
};

namespace {

bool writeImage(const QString &path, int size, Qt::GlobalColor color)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(color);
    return image.save(path, "PNG");
}

} // namespace

void TestPreviewView::imagesAreDecodedOncePerFileVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeImage(dir.filePath(QStringLiteral("a.png")), 40, Qt::red));
    QVERIFY(writeImage(dir.filePath(QStringLiteral("b.png")), 30, Qt::blue));
    const QString path = dir.filePath(QStringLiteral("review.md"));
    QVERIFY(Test::writeFile(path, "---\ntitle: Images\n---\n## Overview\n\n![a](a.png)\n\n![b](b.png)\n\nText.\n"));
    ReviewDocument document;
    QVERIFY(document.load(path));
    PreviewView view(&document);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.renderNow();
    QTRY_COMPARE(view.decodedImages(), 2);

    // Typing re-renders the page: the images come from the cache.
    for (int i = 0; i < 5; ++i) {
        QVERIFY(document.editText({{document.text().size(), 0, QStringLiteral("x")}}, QStringLiteral("Typing"), 1).ok());
        view.renderNow();
        QCoreApplication::processEvents();
    }
    QVERIFY(view.toPlainText().contains(QLatin1String("xxxxx")));
    QCOMPARE(view.decodedImages(), 2);

    // A new picture saved over one of them is read again, and only that one.
    QVERIFY(writeImage(dir.filePath(QStringLiteral("a.png")), 50, Qt::green));
    QFile file(dir.filePath(QStringLiteral("a.png")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(document.editText({{document.text().size(), 0, QStringLiteral("y")}}, QStringLiteral("Typing"), 1).ok());
    view.renderNow();
    QTRY_COMPARE(view.decodedImages(), 3);
}

QTEST_MAIN(TestPreviewView)
#include "tst_previewview.moc"
