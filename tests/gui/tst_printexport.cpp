// Export PDF and Print from the window, on the offscreen platform: the actions follow
// the open review, page setup is remembered, and the print preview lays out the review
// as the PDF does (its current text, unsaved edits included).
#include "document/reviewdocument.h"
#include "export/printexport.h"
#include "export/printoptionsdialog.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

using namespace Rubric;

namespace {

QAction *fileAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestPrintExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("RubricTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void actionsFollowTheOpenReview()
    {
        MainWindow window;
        QAction *exportPdf = fileAction(window, MainWindow::tr("&Export PDF…"));
        QAction *print = fileAction(window, MainWindow::tr("&Print…"));
        QVERIFY(exportPdf);
        QVERIFY(print);
        QVERIFY(!exportPdf->isEnabled());
        QVERIFY(!print->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("sony-ier-m9.md"));
        QVERIFY(Test::writeFile(path, Test::readFile(Test::corpusDir() + QLatin1String("/_products/en/sony/sony-ier-m9.md"))));
        QVERIFY(window.openFile(path));
        QVERIFY(exportPdf->isEnabled());
        QVERIFY(print->isEnabled());
        QVERIFY(fileAction(window, MainWindow::tr("Export Library Selection as &Booklet…")));
    }

    void pageSetupIsRemembered()
    {
        {
            PrintOptionsDialog dialog;
            auto *size = dialog.findChild<QComboBox *>();
            QVERIFY(size);
            size->setCurrentIndex(size->findData(QStringLiteral("Letter")));
            const QList<QDoubleSpinBox *> margins = dialog.findChildren<QDoubleSpinBox *>();
            QCOMPARE(margins.size(), 4);
            margins.at(0)->setValue(25); // top
            QCOMPARE(PrintOptionsDialog::remembered().pageSize.id(), QPageSize::A4);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const PrintOptions options = PrintOptionsDialog::remembered();
        QCOMPARE(options.pageSize.id(), QPageSize::Letter);
        QCOMPARE(options.margins.top(), 25.0);
        PrintOptionsDialog again;
        QCOMPARE(again.findChild<QComboBox *>()->currentData().toString(), QStringLiteral("Letter"));
        PrintOptionsDialog::remember(PrintOptions());
    }

    void printPreviewShowsTheReviewsPages()
    {
        QWidget window;
        QStatusBar status(&window);
        PrintExport printExport(&window, &status);
        ReviewDocument document;
        QVERIFY(document.load(Test::corpusDir() + QLatin1String("/_products/ja/sony/sony-ier-m9.md")));
        int pages = -1;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
                pages = preview->pageCount();
            dialog->reject();
        });
        printExport.print(&document);
        QVERIFY(pages >= 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPrintExport)
#include "tst_printexport.moc"
