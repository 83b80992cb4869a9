// The problems panel and the library dock on the offscreen platform: problems follow
// every edit, activating one goes to its line or field, a fix is one undo step; the
// library fills from a site folder, filters, and opens what is activated.
#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/formview.h"
#include "editor/markdowneditor.h"
#include "editor/problemsview.h"
#include "library/librarydock.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "models/fieldsmodel.h"
#include "models/problemsmodel.h"
#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "testutil.h"

#include <QCheckBox>
#include <QDate>
#include <QSignalSpy>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Rubric;

class TestProblemsAndLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void problemsFollowEveryEdit();
    void activatingAProblemGoesToItsLine();
    void fixingIsOneUndoStep();
    void libraryFillsFiltersAndOpens();
    void pairOpensSideBySide();

private:
    QString copy(const QString &file);
    QTemporaryDir m_site;
};

void TestProblemsAndLibrary::initTestCase()
{
    QVERIFY(m_site.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("RubricTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_site.filePath(QStringLiteral("settings")));
    qputenv("XDG_CACHE_HOME", m_site.filePath(QStringLiteral("cache")).toUtf8());
    for (const auto &file : {QStringLiteral("_products/en/sony/sony-ier-m9.md"), QStringLiteral("_products/ja/sony/sony-ier-m9.md"),
                             QStringLiteral("_products/en/fiio/fiio-ka11.md"), QStringLiteral("_companies/en/sony.md")})
        QVERIFY(!copy(file).isEmpty());
}

QString TestProblemsAndLibrary::copy(const QString &file)
{
    const QString target = m_site.filePath(QStringLiteral("site/") + file);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    return QFile::copy(Test::corpusDir() + u'/' + file, target) ? target : QString();
}

void TestProblemsAndLibrary::problemsFollowEveryEdit()
{
    auto *document = new ReviewDocument;
    QVERIFY(document->load(copy(QStringLiteral("_products/en/sony/sony-ier-m9.md"))));
    DocumentView view(document);
    QCOMPARE(view.problemsModel()->rowCount(), 0); // the corpus file is clean

    // Typing in the body: the score line disagrees with the rating only until the
    // document brings the rating along, so no problem stays; a `$` elsewhere does.
    MarkdownEditor *editor = view.editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" Costs $5."));
    QTRY_COMPARE(view.problemsModel()->rowCount(), 2); // body.math, and the end date is no longer last
    QStringList codes;
    for (const auto &problem : view.problemsModel()->problems())
        codes.append(problem.code);
    codes.sort();
    QCOMPARE(codes, QStringList({QStringLiteral("body.math"), QStringLiteral("date.end-missing")}));
    document->undoStack()->undo();
    QTRY_COMPARE(view.problemsModel()->rowCount(), 0);
}

void TestProblemsAndLibrary::activatingAProblemGoesToItsLine()
{
    const QString path = copy(QStringLiteral("_products/en/fiio/fiio-ka11.md")); // Overview shows 3.1, rating 3.7
    auto *document = new ReviewDocument;
    QVERIFY(document->load(path));
    DocumentView view(document);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.problemsModel()->rowCount(), 1);
    const int row = 0;
    QCOMPARE(view.problemsModel()->problem(row).code, QStringLiteral("total.overview-mismatch"));
    const Problem problem = view.problemsModel()->problem(row);
    QCOMPARE(problem.line, 17);
    ProblemsView *problems = view.problemsView();
    const QModelIndex index = view.problemsModel()->index(row, 0);
    problems->list()->setCurrentIndex(index);
    Q_EMIT problems->list()->activated(index);
    QCOMPARE(view.editor()->textCursor().blockNumber() + document->frontMatter().bodyFirstLine() + 1, 17);
    QVERIFY(view.editor()->textCursor().block().text().contains(QLatin1String("\\text{3.1}")));
}

void TestProblemsAndLibrary::fixingIsOneUndoStep()
{
    const QString path = copy(QStringLiteral("_products/en/fiio/fiio-ka11.md"));
    auto *document = new ReviewDocument;
    QVERIFY(document->load(path));
    const QString original = document->text();
    DocumentView view(document);
    // A second problem, made through the form: the date no longer matches the end date.
    QVERIFY(view.fieldsModel()->setData(view.fieldsModel()->index(view.fieldsModel()->rowOf(QStringLiteral("date")), 1),
                                        QDate(2025, 7, 20)));
    QTRY_COMPARE(view.problemsModel()->rowCount(), 2);
    for (int round = 0; round < 2; ++round) {
        QVERIFY(view.problemsModel()->index(0, 0).data(ProblemsModel::FixableRole).toBool());
        view.problemsView()->list()->setCurrentIndex(view.problemsModel()->index(0, 0));
        Q_EMIT view.problemsView()->fixRequested(view.problemsModel()->problem(0));
    }
    QCOMPARE(view.problemsModel()->rowCount(), 0);
    QVERIFY(document->text().contains(QLatin1String("## Overview\n\n$$ \\Large \\text{3.7} $$")));
    QVERIFY(document->text().endsWith(QLatin1String("\n(2025.7.20)"))); // and still no final newline
    QCOMPARE(document->undoStack()->count(), 3); // the date, then one step per fix
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QCOMPARE(document->text(), original);
}

void TestProblemsAndLibrary::libraryFillsFiltersAndOpens()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSite(m_site.filePath(QStringLiteral("site")));
    LibraryView *library = window.library()->view();
    QVERIFY(library);
    QTRY_COMPARE(library->model()->rowCount(), 4);
    // The whole site is checked in the background: fiio-ka11's Overview shows a stale total,
    // and it has no Japanese version in this small site.
    QSignalSpy checked(window.library(), &LibraryDock::siteChecked);
    // A hang guard, not a timing: the check took over 20 s under ASan with the suite running -j2.
    QVERIFY(checked.wait(120000));
    const int fiio = window.library()->siteIndex()->indexOf(QStringLiteral("_products/en/fiio/fiio-ka11.md"));
    QVERIFY(fiio >= 0);
    QCOMPARE(library->model()->value(fiio, library->model()->column(LibraryModel::ProblemsColumn)).toInt(), 2);
    const int ierM9 = window.library()->siteIndex()->indexOf(QStringLiteral("_products/en/sony/sony-ier-m9.md"));
    QCOMPARE(library->model()->value(ierM9, library->model()->column(LibraryModel::ProblemsColumn)).toInt(), 0);
    library->findChildren<QCheckBox *>().constLast()->setChecked(true); // with problems only
    QVERIFY(library->filter()->rowCount() >= 1);
    for (int r = 0; r < library->filter()->rowCount(); ++r)
        QVERIFY(library->model()->value(library->filter()->mapToSource(library->filter()->index(r, 0)).row(),
                                        library->model()->column(LibraryModel::ProblemsColumn)).toInt() > 0);
    library->findChildren<QCheckBox *>().constLast()->setChecked(false);
    library->findChild<QLineEdit *>()->setText(QStringLiteral("ier-m9"));
    QCOMPARE(library->filter()->rowCount(), 2);
    library->table()->selectRow(0);
    Q_EMIT library->table()->activated(library->filter()->index(0, 0));
    QCOMPARE(window.tabs()->count(), 1);
    QVERIFY(window.currentView()->document()->filePath().endsWith(QLatin1String("sony-ier-m9.md")));
}

void TestProblemsAndLibrary::pairOpensSideBySide()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString en = copy(QStringLiteral("_products/en/sony/sony-ier-m9.md"));
    const QString ja = copy(QStringLiteral("_products/ja/sony/sony-ier-m9.md"));
    window.openSideBySide(en, ja);
    QCOMPARE(window.tabs()->count(), 1);
    QCOMPARE(window.rightTabs()->count(), 1);
    QVERIFY(window.rightTabs()->isVisible());
    QCOMPARE(window.views().size(), 2);
    auto *left = qobject_cast<DocumentView *>(window.tabs()->currentWidget());
    auto *right = qobject_cast<DocumentView *>(window.rightTabs()->currentWidget());
    QCOMPARE(right->document()->lang(), QStringLiteral("ja"));
    // The window's actions follow the side the user works in.
    window.activateWindow();
    left->editor()->setFocus();
    QTRY_COMPARE(window.currentView(), left);
    right->editor()->setFocus();
    QTRY_COMPARE(window.currentView(), right);
    QCOMPARE(window.undoGroup()->activeStack(), right->document()->undoStack());
    // Closing the right side's last review hides it again.
    QVERIFY(window.closeView(right));
    QVERIFY(!window.rightTabs()->isVisible());
    QCOMPARE(window.currentView(), left);
}

QTEST_MAIN(TestProblemsAndLibrary)
#include "tst_problemsandlibrary.moc"
