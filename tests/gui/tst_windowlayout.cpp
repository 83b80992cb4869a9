// The main window's named layouts (View > Layout > Review / Translate) and the keyboard
// shortcuts list, driven through the real menus on the offscreen platform.
#include "editor/shortcutsdialog.h"
#include "chart/radarchartview.h"
#include "documentview.h"
#include "editor/ratingseditor.h"
#include "library/librarydock.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "models/librarymodel.h"
#include "models/problemsmodel.h"
#include "testutil.h"

#include <QAction>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QDir>
#include <QTableView>
#include <QHeaderView>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;

namespace {

QAction *action(QMainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

QDockWidget *dock(QMainWindow &window, const QString &name)
{
    return window.findChild<QDockWidget *>(name);
}

// Tabbed docks behind the current one stay "visible", moved out of the window.
bool inFront(QWidget *dock)
{
    return !dock->visibleRegion().isEmpty();
}

QString plain(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    return text;
}

// Every action in `menu` and its submenus, with the menu path the shortcuts dialog shows.
void walk(QMenu *menu, const QString &path, QList<QPair<QString, QString>> &found)
{
    Q_EMIT menu->aboutToShow(); // menus that fill themselves when opened (recent files)
    for (QAction *each : menu->actions()) {
        if (each->isSeparator())
            continue;
        if (QMenu *sub = each->menu())
            walk(sub, path + QStringLiteral(" › ") + plain(sub->title()), found);
        else if (!each->text().isEmpty())
            found.append({plain(each->text()), path});
    }
}

} // namespace

class TestWindowLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Test::isolateSettings(m_dir);
    }
    void init() { QSettings().clear(); }
    void eachLayoutKeepsItsOwnDocks();
    void restoredLayoutLeavesNoDockAtZero();
    void layoutSurvivesARestart();
    void everyMenuActionIsInTheShortcutsList();
    void libraryAndRatingsFitAt1280x800();
    void radarScaleClearsTheDataPoints();
    void problemsComeForwardForAReviewWithErrors_data();
    void problemsComeForwardForAReviewWithErrors();

private:
    QTemporaryDir m_dir;
};

void TestWindowLayout::eachLayoutKeepsItsOwnDocks()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QDockWidget *outline = dock(window, QStringLiteral("OutlineDock"));
    QDockWidget *library = dock(window, QStringLiteral("LibraryDock"));
    QVERIFY(outline && library);
    QVERIFY(action(window, QStringLiteral("reviewLayout"))->isChecked());
    QTRY_VERIFY(outline->isVisible());

    // The Review layout, changed by the user: a wider Outline.
    window.resizeDocks({outline}, {320}, Qt::Horizontal);
    QTRY_VERIFY(std::abs(outline->width() - 320) <= 10);

    // Translate by default: no Outline, no Library.
    action(window, QStringLiteral("translateLayout"))->trigger();
    QVERIFY(action(window, QStringLiteral("translateLayout"))->isChecked());
    QTRY_VERIFY(!outline->isVisible());
    QVERIFY(!library->isVisible());
    // The user brings the Library back in Translate.
    library->show();
    QTRY_VERIFY(library->isVisible());

    // Back to Review: its own wider Outline, not the Translate one.
    action(window, QStringLiteral("reviewLayout"))->trigger();
    QTRY_VERIFY(outline->isVisible());
    QTRY_VERIFY(std::abs(outline->width() - 320) <= 10);

    // And Translate again: its Library, still no Outline.
    action(window, QStringLiteral("translateLayout"))->trigger();
    QTRY_VERIFY(library->isVisible());
    QVERIFY(!outline->isVisible());

    // Reset Layout resets the current (Translate) layout only.
    QAction *reset = nullptr;
    for (QAction *each : window.findChildren<QAction *>()) {
        if (plain(each->text()) == QLatin1String("Reset Layout"))
            reset = each;
    }
    QVERIFY(reset);
    reset->trigger();
    QTRY_VERIFY(!library->isVisible());
    QVERIFY(action(window, QStringLiteral("translateLayout"))->isChecked());
}

void TestWindowLayout::restoredLayoutLeavesNoDockAtZero()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QDockWidget *outline = dock(window, QStringLiteral("OutlineDock"));
    QTRY_VERIFY(outline->isVisible());
    // The user drags the Outline as narrow as it goes, then leaves the layout.
    outline->setMinimumWidth(0);
    outline->widget()->setMinimumWidth(0);
    window.resizeDocks({outline}, {1}, Qt::Horizontal);
    QTRY_VERIFY(outline->width() < 80);
    action(window, QStringLiteral("translateLayout"))->trigger();
    QTRY_VERIFY(!outline->isVisible());
    action(window, QStringLiteral("reviewLayout"))->trigger();
    QTRY_VERIFY(outline->isVisible());
    QTRY_VERIFY(outline->width() >= 80);
}

void TestWindowLayout::layoutSurvivesARestart()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action(window, QStringLiteral("translateLayout"))->trigger();
        QTRY_VERIFY(!dock(window, QStringLiteral("OutlineDock"))->isVisible());
        QSettings().setValue(QStringLiteral("window/state"), window.saveState()); // as on closing
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(action(window, QStringLiteral("translateLayout"))->isChecked());
    QVERIFY(!dock(window, QStringLiteral("OutlineDock"))->isVisible());
    // The Review layout left before the restart is still there.
    action(window, QStringLiteral("reviewLayout"))->trigger();
    QTRY_VERIFY(dock(window, QStringLiteral("OutlineDock"))->isVisible());
}

void TestWindowLayout::everyMenuActionIsInTheShortcutsList()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QPair<QString, QString>> inMenus;
    QSet<QChar> mnemonics;
    for (QAction *top : window.menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (!menu)
            continue;
        // Alt+letter opens each menu: one letter each.
        const qsizetype amp = menu->title().indexOf(u'&');
        QVERIFY2(amp >= 0 && amp + 1 < menu->title().size(), qPrintable(menu->title()));
        const QChar key = menu->title().at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(menu->title()));
        mnemonics.insert(key);
        walk(menu, plain(menu->title()), inMenus);
    }
    QVERIFY(inMenus.size() > 20);

    ShortcutsDialog dialog(&window);
    const QAbstractItemModel *model = dialog.filteredModel();
    QSet<QPair<QString, QString>> listed;
    for (int row = 0; row < model->rowCount(); ++row)
        listed.insert({model->index(row, ShortcutsDialog::ActionColumn).data().toString(),
                       model->index(row, ShortcutsDialog::MenuColumn).data().toString()});
    for (const auto &[text, path] : inMenus)
        QVERIFY2(listed.contains({text, path}), qPrintable(path + QLatin1String(" › ") + text));
}

void TestWindowLayout::problemsComeForwardForAReviewWithErrors_data()
{
    QTest::addColumn<bool>("setting");
    QTest::addColumn<bool>("withErrors");
    QTest::newRow("errors, setting on") << true << true;
    QTest::newRow("errors, setting off") << false << true;
    QTest::newRow("no errors") << true << false;
}

void TestWindowLayout::problemsComeForwardForAReviewWithErrors()
{
    QFETCH(bool, setting);
    QFETCH(bool, withErrors);
    QByteArray text = Test::readFile(Test::corpusDir() + QLatin1String("/_products/en/sony/sony-ier-m9.md"));
    QVERIFY(!text.isEmpty());
    if (withErrors)
        text.replace("rating: [", "rating: [x, "); // the ratings no longer read
    const QString path = m_dir.filePath(QStringLiteral("review.md"));
    QVERIFY(Test::writeFile(path, text));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *raise = action(window, QStringLiteral("raiseProblemsOnErrors"));
    QVERIFY(raise);
    QVERIFY(raise->isChecked()); // on by default
    raise->setChecked(setting);
    QDockWidget *problems = dock(window, QStringLiteral("ProblemsDock"));
    QDockWidget *library = dock(window, QStringLiteral("LibraryDock"));
    library->raise(); // the two are tabbed: the Library in front
    QTRY_VERIFY(inFront(library) && !inFront(problems));

    QVERIFY(window.openFile(path));
    QCOMPARE(window.currentView()->problemsModel()->errorCount() > 0, withErrors);
    const bool forward = setting && withErrors;
    QTRY_COMPARE(inFront(problems), forward);
    QCOMPARE(inFront(library), !forward);
}

void TestWindowLayout::libraryAndRatingsFitAt1280x800()
{
    // A site of 20 Sony reviews (more rows than fit), one of them open.
    QTemporaryDir site;
    const QString sony = Test::corpusDir() + QLatin1String("/_products/en/sony");
    QVERIFY(QDir().mkpath(site.filePath(QStringLiteral("_products/en/sony"))));
    const QStringList files = QDir(sony).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name).mid(0, 20);
    QCOMPARE(files.size(), 20);
    for (const QString &file : files)
        QVERIFY(QFile::copy(sony + u'/' + file, site.filePath(QStringLiteral("_products/en/sony/") + file)));

    MainWindow window;
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSite(site.path());
    QVERIFY(window.openFile(site.filePath(QStringLiteral("_products/en/sony/") + files.constFirst())));
    LibraryView *library = window.library()->view();
    QTRY_COMPARE(library->model()->rowCount(), 20);
    window.library()->show();
    window.library()->raise();

    // Library rows wholly inside the table's viewport.
    QTableView *table = library->table();
    const auto rowsShown = [table] {
        int shown = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QRect rect = table->visualRect(table->model()->index(row, 0));
            shown += table->viewport()->rect().contains(rect) && !rect.isEmpty();
        }
        return shown;
    };
    QWidget *ratings = window.currentView()->ratingsEditor();
    const auto ratingsShown = [ratings] {
        return ratings->visibleRegion().boundingRect().height() >= ratings->minimumSizeHint().height();
    };
    QTRY_VERIFY2(rowsShown() >= 10, qPrintable(QString::number(rowsShown())));
    QTRY_VERIFY2(ratingsShown(), qPrintable(QStringLiteral("%1 of %2").arg(ratings->visibleRegion().boundingRect().height()).arg(ratings->minimumSizeHint().height())));
}

void TestWindowLayout::radarScaleClearsTheDataPoints()
{
    MainWindow window;
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(Test::corpusDir() + QLatin1String("/_products/en/sony/sony-ier-m9.md")));
    RadarChartView *chart = window.currentView()->chart();
    QLineSeries *series = chart->currentSeries();
    QTRY_VERIFY(series->count() >= 3);
    QCoreApplication::processEvents();
    // The scale's numbers, wherever Qt or the view draws them.
    QList<QRectF> scale;
    for (QGraphicsItem *item : chart->scene()->items()) {
        QString text;
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        else if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
            text = rich->toPlainText(); // Qt Charts' own axis labels
        if (item->isVisible() && (text == QLatin1String("0.5") || text == QLatin1String("1.0")))
            scale.append(item->sceneBoundingRect());
    }
    QCOMPARE(scale.size(), 2);
    // A point in the middle of every axis: none under a number (the first axis is where Qt put them).
    for (int i = 0; i < series->count(); ++i) {
        for (const qreal value : {0.5, 1.0}) {
            const QPointF at = chart->chart()->mapToPosition(QPointF(series->at(i).x(), value), series);
            for (const QRectF &number : std::as_const(scale))
                QVERIFY2(!number.adjusted(-3, -3, 3, 3).contains(at), qPrintable(QStringLiteral("axis %1 at %2").arg(i).arg(value)));
        }
    }
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
