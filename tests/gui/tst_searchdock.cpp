// Issue 18 in the window: Find in Site (Ctrl+Shift+F) finds across the open site, groups the
// languages of a pair, keeps its history, completes fields and tags, and opens a hit at the
// match with every match of the query marked in the editor.
#include "../workspace/workspacetestutil.h"

#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "library/librarydock.h"
#include "library/libraryview.h"
#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "search/savedviews.h"
#include "search/savedviewsbox.h"
#include "search/searchcontroller.h"
#include "siteedit/siteeditcontroller.h"
#include "search/searchpanel.h"
#include "search/searchresultsmodel.h"
#include "search/searchservice.h"
#include "site/siteindex.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Rubric;
using namespace Rubric::Test;

class TestSearchDock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        isolateSettings(m_settings);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_site.isValid());
        QVERIFY(writePairs(m_site.path(), {"a1", "b2"}));
        // A lone English review mentioning a width variant, two lines apart.
        QByteArray alone = productReview("en", "c3", "The ＩＥＭ fits.\n\nAnother iem line.");
        QVERIFY(writeSiteFile(m_site.path(), productPath(QStringLiteral("en"), QStringLiteral("c3")), alone));
    }

    void findsGroupsAndOpensAtTheMatch()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *controller = window.findChild<SearchController *>();
        QVERIFY(controller);
        SearchPanel *panel = controller->panel();
        QVERIFY(!panel->isEnabled()); // no site yet
        window.openSite(m_site.path());
        Site *site = window.workspace()->site();
        QVERIFY(site);
        QTRY_VERIFY_WITH_TIMEOUT(site->search()->isReady(), 60000);
        QAbstractItemModelTester tester(panel->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Ctrl+Shift+F shows the dock and puts the cursor in the query box.
        controller->findAction()->trigger();
        QVERIFY(controller->dock()->isVisible());
        QTRY_VERIFY(panel->queryBox()->lineEdit()->hasFocus());

        // Both languages of a1 are one review; b2 is not found.
        QSignalSpy shown(panel, &SearchPanel::resultsShown);
        panel->search(QStringLiteral("a1"));
        QVERIFY(shown.wait(10000));
        SearchResultsModel *results = panel->results();
        QCOMPARE(results->rowCount(), 1);
        const QModelIndex group = results->index(0, 0);
        QCOMPARE(results->index(0, SearchResultsModel::LanguageColumn).data().toString(), QStringLiteral("en · ja"));
        const QStringList paths = group.data(SearchResultsModel::PathsRole).toStringList();
        QCOMPARE(paths, (QStringList{productPath(QStringLiteral("en"), QStringLiteral("a1")),
                                     productPath(QStringLiteral("ja"), QStringLiteral("a1"))}));
        QVERIFY(results->rowCount(group) >= 2);
        QVERIFY(panel->statusLabel()->text().contains(QLatin1String("1")));

        // A width variant: ＩＥＭ and iem are both hits, each with its line and section, marked.
        panel->search(QStringLiteral("iem"));
        QVERIFY(shown.wait(10000));
        QCOMPARE(results->rowCount(), 1);
        const QModelIndex c3 = results->index(0, 0);
        QCOMPARE(results->rowCount(c3), 2);
        const QModelIndex first = results->index(0, 0, c3);
        QCOMPARE(results->index(0, SearchResultsModel::SectionColumn, c3).data().toString(), QStringLiteral("Overview"));
        QCOMPARE(first.data(SearchResultsModel::HtmlRole).toString(), QStringLiteral("The <b>ＩＥＭ</b> fits."));
        const int line = first.data(SearchResultsModel::LineRole).toInt();
        const int secondLine = results->index(1, 0, c3).data(SearchResultsModel::LineRole).toInt();
        QCOMPARE(secondLine, line + 2);

        // Activating the second hit opens the review there, every match marked.
        panel->resultsView()->setCurrentIndex(results->index(1, 0, c3));
        Q_EMIT panel->resultsView()->activated(results->index(1, 0, c3));
        DocumentView *view = window.currentView();
        QVERIFY(view);
        QVERIFY(view->document()->filePath().endsWith(QLatin1String("c3.md")));
        MarkdownEditor *editor = view->editor();
        QCOMPARE(editor->currentFileLine(), secondLine - 1);
        QCOMPARE(editor->textCursor().positionInBlock(), results->index(1, 0, c3).data(SearchResultsModel::ColumnRole).toInt() - 1);
        QStringList marked;
        for (const auto &selection : editor->extraSelections())
            marked.append(selection.cursor.selectedText());
        QCOMPARE(marked, (QStringList{QStringLiteral("ＩＥＭ"), QStringLiteral("iem")}));

        // A bad comparison says why and shows nothing.
        panel->search(QStringLiteral("price<cheap"));
        QVERIFY(shown.wait(10000));
        QCOMPARE(results->rowCount(), 0);
        QVERIFY(panel->statusLabel()->text().contains(QLatin1String("price<cheap")));
    }

    // Not a check: the dock on the real site for a reviewer to look at (RUBRIC_SCREENSHOT_DIR).
    void screenshotOnTheCorpus()
    {
        const QString dir = qEnvironmentVariable("RUBRIC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("RUBRIC_SCREENSHOT_DIR not set");
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openSite(corpusDir());
        Site *site = window.workspace()->site();
        QTRY_VERIFY_WITH_TIMEOUT(site->search()->isReady(), 120000);
        auto *controller = window.findChild<SearchController *>();
        controller->findAction()->trigger();
        SearchPanel *panel = controller->panel();
        QSignalSpy shown(panel, &SearchPanel::resultsShown);
        panel->search(QString::fromUtf8(qgetenv("RUBRIC_SCREENSHOT_QUERY").isEmpty() ? QByteArray("blessing3")
                                                                                      : qgetenv("RUBRIC_SCREENSHOT_QUERY")));
        QVERIFY(shown.wait(20000));
        const QModelIndex first = panel->results()->index(0, 0, panel->results()->index(0, 0));
        panel->resultsView()->setCurrentIndex(first);
        Q_EMIT panel->resultsView()->activated(first);
        panel->resultsView()->scrollToTop();
        QTest::qWait(200); // paint (a picture, not a check)
        window.grab().save(dir + QStringLiteral("/find-in-site.png"));
        // The result set as a view of the library.
        QVERIFY(controller->saveView(QStringLiteral("Blessing3 mentions")));
        if (auto *library = window.findChild<LibraryDock *>())
            library->raise();
        QTest::qWait(200);
        window.grab().save(dir + QStringLiteral("/library-saved-view.png"));
    }

    void resultsBecomeAViewAndAReplacement()
    {
        MainWindow window;
        window.openSite(m_site.path());
        Site *site = window.workspace()->site();
        QTRY_VERIFY_WITH_TIMEOUT(site->search()->isReady(), 60000);
        QTRY_VERIFY(!site->index()->isIndexing());
        auto *controller = window.findChild<SearchController *>();
        SearchPanel *panel = controller->panel();
        QSignalSpy shown(panel, &SearchPanel::resultsShown);
        panel->search(QStringLiteral("b2 OR iem"));
        QVERIFY(shown.wait(10000));
        const QStringList found{productPath(QStringLiteral("en"), QStringLiteral("b2")),
                                productPath(QStringLiteral("en"), QStringLiteral("c3")),
                                productPath(QStringLiteral("ja"), QStringLiteral("b2"))}; // sorted
        QStringList paths = panel->results()->paths();
        paths.sort();
        QCOMPARE(paths, found);

        // Saved: in this site's settings, chosen in the library, which shows those files only.
        QVERIFY(controller->saveView(QStringLiteral("Bees and IEMs")));
        const QList<SavedView> views = SavedViews::load(m_site.path());
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.constFirst().query, QStringLiteral("b2 OR iem"));
        QCOMPARE(SavedViews::load(m_settings.path()).size(), 0); // another site: none
        auto *box = window.findChild<SavedViewsBox *>();
        QVERIFY(box);
        QCOMPARE(box->currentText(), QStringLiteral("Bees and IEMs"));
        LibraryView *library = window.findChild<LibraryView *>();
        QVERIFY(library);
        QStringList listed;
        for (int row = 0; row < library->filter()->rowCount(); ++row)
            listed.append(QDir(m_site.path()).relativeFilePath(library->filter()->index(row, 0).data(LibraryModel::PathRole).toString()));
        listed.sort();
        QCOMPARE(listed, found);
        box->setCurrentIndex(0); // All reviews
        QCOMPARE(library->filter()->rowCount(), 5);

        // Replace in results: the site edit preview of those files only (c3 has no "B2").
        auto *siteEdit = window.findChild<SiteEditController *>();
        QVERIFY(siteEdit);
        QVERIFY(controller->replaceInResults(QStringLiteral("target_name"), QStringLiteral("B2"), QStringLiteral("Bee")));
        QTRY_VERIFY_WITH_TIMEOUT(siteEdit->previewDialog(), 20000);
        QCOMPARE(siteEdit->previewDialog()->preview().changeCount(), 2);
        siteEdit->previewDialog()->reject();
        SavedViews::remove(m_site.path(), QStringLiteral("Bees and IEMs"));
        QCOMPARE(SavedViews::load(m_site.path()).size(), 0);
    }

    void historyIsKeptAndFieldsComplete()
    {
        QSettings().remove(QStringLiteral("search/history")); // the other test's queries
        {
            SearchPanel panel;
            panel.search(QStringLiteral("tag:Amplifiers moondrop"));
            panel.search(QStringLiteral("\"balanced armature\""));
            panel.search(QStringLiteral("tag:Amplifiers moondrop")); // again: moves to the top, once
        }
        SearchPanel panel; // a new session
        QCOMPARE(panel.history(), (QStringList{QStringLiteral("tag:Amplifiers moondrop"), QStringLiteral("\"balanced armature\"")}));
        QCOMPARE(panel.queryBox()->count(), 2);

        Site site(m_site.path());
        QSignalSpy ready(site.search(), &SearchService::ready);
        site.start();
        QVERIFY(ready.wait(60000));
        panel.setService(site.search(), site.index());
        QCompleter *completer = panel.completer();
        // The last word is completed, the words before it (and a leading '-') kept.
        const auto complete = [&](const QString &text) {
            panel.queryBox()->setEditText(text);
            completer->setCompletionPrefix(completer->splitPath(text).constFirst());
            return completer->currentCompletion();
        };
        QCOMPARE(complete(QStringLiteral("moondrop -tag:Amp")), QStringLiteral("moondrop -tag:Amplifiers"));
        QCOMPARE(complete(QStringLiteral("section:cost")), QStringLiteral("section:cost_performance"));
        QCOMPARE(complete(QStringLiteral("iem company:ac")), QStringLiteral("iem company:acme"));
        completer->setCompletionPrefix(QStringLiteral("lang:"));
        QCOMPARE(completer->completionCount(), 2);
    }

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_site;
};

QTEST_MAIN(TestSearchDock)
#include "tst_searchdock.moc"
