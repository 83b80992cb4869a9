// Hostile files opened in the editor window (MainWindow::openFile) on the offscreen
// platform: a file that cannot be read is refused with a message naming it (and its
// line, where one applies); one that reads opens with its problems listed; nothing
// crashes or hangs, and the window stays usable.

#include "document/reviewdocument.h"
#include "documentview.h"
#include "hostilefiles.h"
#include "mainwindow.h"
#include "models/problemsmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace Rubric;
using namespace Rubric::Test;

class TestHostileGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        isolateSettings(m_settings);
    }

    void openFile_data() { addHostileRows(); }
    void openFile()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const HostileFile file = makeHostile(kind, dir.path());
        QVERIFY(!file.path.isEmpty());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A refusal is a modal message box: read it and close it.
        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->done(QMessageBox::Ok);
            }
        });
        closer.start(20);
        QElapsedTimer timer;
        timer.start();
        const bool opened = window.openFile(file.path);
        QTest::qWait(200); // let the preview, chart and problems catch up
        qInfo("%s: open took %lld ms", qPrintable(kind), timer.elapsed());
        closer.stop();

        QCOMPARE(opened, file.readable);
        if (!file.readable) {
            QVERIFY(window.views().isEmpty());
            QVERIFY2(shown.contains(file.path), qPrintable(shown));
            if (file.line > 0)
                QVERIFY2(shown.contains(QString::number(file.line)), qPrintable(shown));
            return;
        }
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QCOMPARE(window.views().size(), 1);
        DocumentView *view = window.views().constFirst();
        const ReviewDocument *document = view->document();
        if (!file.code.isEmpty()) { // listed in the Problems panel
            QStringList codes;
            const QAbstractItemModel *model = view->problemsModel();
            for (int row = 0; row < model->rowCount(); ++row)
                codes.append(model->index(row, 0).data(ProblemsModel::CodeRole).toString());
            QVERIFY2(codes.contains(file.code), qPrintable(codes.mid(0, 10).join(u' ')));
        }
        QVERIFY(!document->isModified());
        QVERIFY(window.closeView(window.views().constFirst()));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestHostileGui)
#include "tst_hostile_gui.moc"
