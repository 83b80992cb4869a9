// Issue 19 in the window: the History dock follows the current review; a version is
// overlaid on the chart, restored as one undo step; File > Commit… commits the checked
// reviews or says why not. Repositories made with libgit2 (hermetic: no user config).
#include "../workspace/workspacetestutil.h"

#include "chart/radarchartview.h"
#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/formview.h"
#include "editor/ratingseditor.h"
#include "history/commitdialog.h"
#include "history/gitrepository.h"
#include "history/historycontroller.h"
#include "history/historypanel.h"
#include "mainwindow.h"
#include "recovery/diffview.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QSlider>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <git2.h>

#include <memory>

using namespace Rubric;
using namespace Rubric::Test;

namespace {

// Commits the whole work tree of `root` to HEAD (a first commit when unborn).
QString commitAll(const QString &root, const char *message)
{
    git_repository *repo = nullptr;
    if (git_repository_open(&repo, QFile::encodeName(root).constData()) != 0
        && git_repository_init(&repo, QFile::encodeName(root).constData(), 0) != 0)
        return {};
    git_index *index = nullptr;
    git_repository_index(&index, repo);
    git_index_add_all(index, nullptr, 0, nullptr, nullptr);
    git_index_write(index);
    git_oid treeId;
    git_index_write_tree(&treeId, index);
    git_index_free(index);
    git_tree *tree = nullptr;
    git_tree_lookup(&tree, repo, &treeId);
    git_commit *parent = nullptr;
    git_oid parentId;
    const bool hasParent = git_reference_name_to_id(&parentId, repo, "HEAD") == 0;
    if (hasParent)
        git_commit_lookup(&parent, repo, &parentId);
    static int clock = 0;
    git_signature *signature = nullptr;
    git_signature_new(&signature, "Rita Reviewer", "rita@example.org", 1700000000 + 3600 * ++clock, 60);
    git_oid id;
    const git_commit *parents[] = {parent};
    git_commit_create(&id, repo, "HEAD", signature, signature, nullptr, message, tree, hasParent ? 1 : 0, parents);
    git_signature_free(signature);
    git_commit_free(parent);
    git_tree_free(tree);
    git_repository_free(repo);
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &id);
    return QString::fromLatin1(hex);
}

void setIdentity(const QString &root)
{
    git_repository *repo = nullptr;
    git_repository_open(&repo, QFile::encodeName(root).constData());
    git_config *config = nullptr;
    git_repository_config(&config, repo);
    git_config_set_string(config, "user.name", "Rita Reviewer");
    git_config_set_string(config, "user.email", "rita@example.org");
    git_config_free(config);
    git_repository_free(repo);
}

QByteArray withPrice(QByteArray review, const QByteArray &price)
{
    return review.replace(QByteArrayLiteral("price: 100\n"), QByteArray("price: " + price + "\n"));
}

} // namespace

class TestHistoryController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        isolateSettings(m_settings);
        QStandardPaths::setTestModeEnabled(true);
        GitRepository::ensureInitialized();
        for (const int level : {GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_GLOBAL,
                                GIT_CONFIG_LEVEL_PROGRAMDATA})
            git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, QFile::encodeName(m_settings.path()).constData());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_root = m_dir->path() + QStringLiteral("/site");
        QVERIFY(writePairs(m_root, {"a1", "b2"}));
        m_a = m_root + u'/' + productPath(QStringLiteral("en"), QStringLiteral("a1"));
        m_b = m_root + u'/' + productPath(QStringLiteral("en"), QStringLiteral("b2"));
        m_first = readFile(m_a);
    }

    void theDockFollowsTheCurrentReview()
    {
        QVERIFY(!commitAll(m_root, "First").isEmpty());
        QVERIFY(writeFile(m_a, withPrice(m_first, "120")));
        const QString second = commitAll(m_root, "Price of a1");
        MainWindow window;
        window.openSite(m_root);
        auto *history = window.findChild<HistoryController *>();
        QVERIFY(history);
        QTRY_VERIFY(history->commitAction()->isVisible());
        QVERIFY(window.openFile(m_a));
        QTRY_COMPARE(history->panel()->versions().size(), 2);
        QCOMPARE(history->panel()->versions().constFirst().commit, second);
        QVERIFY(window.openFile(m_b));
        QTRY_COMPARE(history->panel()->versions().size(), 1);
        QCOMPARE(history->document()->filePath(), Workspace::canonicalPath(m_b));
    }

    void fieldsAndAxesTellWhenTheyLastChanged()
    {
        const QString first = commitAll(m_root, "First");
        QByteArray second = withPrice(m_first, "120");
        second.replace("rating: [2.5, 0.5, 0.5, 0.5, 0.5, 0.5]", "rating: [2.6, 0.5, 0.6, 0.5, 0.5, 0.5]");
        QVERIFY(writeFile(m_a, second));
        const QString cheaper = commitAll(m_root, "Price and technology of a1");
        MainWindow window;
        window.openSite(m_root);
        QVERIFY(window.openFile(m_a));
        DocumentView *view = window.currentView();
        QWidget *price = view->form()->editorFor(QStringLiteral("price"));
        QWidget *title = view->form()->editorFor(QStringLiteral("title"));
        QVERIFY(price && title);
        QTRY_VERIFY(price->toolTip().contains(cheaper.left(7)));
        QVERIFY(price->toolTip().contains(QLatin1String("Price and technology of a1")));
        QVERIFY(title->toolTip().contains(first.left(7)));
        QVERIFY(view->ratingsEditor()->spinBox(0)->toolTip().contains(first.left(7)));
        QVERIFY(view->ratingsEditor()->spinBox(1)->toolTip().contains(cheaper.left(7)));
        QVERIFY(view->ratingsEditor()->slider(1)->toolTip().contains(cheaper.left(7)));

        // An edit saved but not committed: that axis says so, the others keep their commit.
        view->ratingsEditor()->spinBox(0)->setValue(0.7);
        QVERIFY(window.save(view));
        QTRY_VERIFY(view->ratingsEditor()->spinBox(0)->toolTip().contains(QLatin1String("since the last commit")));
        QVERIFY(view->ratingsEditor()->spinBox(1)->toolTip().contains(cheaper.left(7)));
    }

    void restoringAVersionIsOneUndoStep()
    {
        QVERIFY(!commitAll(m_root, "First").isEmpty());
        QVERIFY(writeFile(m_a, withPrice(m_first, "120")));
        QVERIFY(!commitAll(m_root, "Price of a1").isEmpty());
        MainWindow window;
        window.openSite(m_root);
        auto *history = window.findChild<HistoryController *>();
        QVERIFY(window.openFile(m_a));
        QTRY_COMPARE(history->panel()->versions().size(), 2);
        ReviewDocument *document = window.currentView()->document();
        const QString now = document->text();
        const int steps = document->undoStack()->count();

        const ReviewVersion oldest = history->panel()->versions().constLast();
        history->overlay(oldest);
        QLineSeries *comparison = window.currentView()->chart()->comparisonSeries();
        QVERIFY(comparison->isVisible());
        QVERIFY(comparison->name().contains(oldest.shortId()));

        // The differences from that version to the text being edited: the price line.
        history->showDifference(oldest);
        auto *diff = window.findChild<DiffView *>();
        QVERIFY(diff);
        QCOMPARE(diff->changeCount(), 2);
        // Inside the changed line, the changed word: "100" became "120" ("price: " kept).
        const int removed = int(std::find_if(diff->shownLines().cbegin(), diff->shownLines().cend(),
                                             [](const DiffLine &line) { return line.kind == DiffLine::Kind::Removed; })
                                - diff->shownLines().cbegin());
        QCOMPARE(diff->wordSpans().value(removed), (QList<WordDiff::Span>{{7, 3}}));
        QCOMPARE(diff->wordSpans().value(removed + 1), (QList<WordDiff::Span>{{7, 3}}));
        QVERIFY(diff->toPlainText().contains(QLatin1String("price: 120")));
        // With RUBRIC_SCREENSHOT_DIR set, the window with its History dock and the
        // differences are saved there as PNG files, to look at.
        if (const QString dir = qEnvironmentVariable("RUBRIC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.resize(1280, 800);
            window.show();
            history->dock()->show();
            history->dock()->raise();
            history->panel()->versionList()->setCurrentItem(history->panel()->versionList()->topLevelItem(0));
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(300); // let the chart lay itself out
            window.grab().save(dir + QStringLiteral("/history-dock.png"));
            diff->window()->grab().save(dir + QStringLiteral("/history-difference.png"));
        }

        QVERIFY(history->restore(oldest));
        QCOMPARE(document->text().toUtf8(), m_first);
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QVERIFY(document->isModified());
        document->undoStack()->undo();
        QCOMPARE(document->text(), now);
        QVERIFY(!document->isModified());
        QCOMPARE(readFile(m_a), withPrice(m_first, "120")); // restoring writes nothing
    }

    void noRepositoryNoHistory()
    {
        MainWindow window;
        window.show();
        window.openSite(m_root);
        auto *history = window.findChild<HistoryController *>();
        QTRY_VERIFY(!history->dock()->isVisible());
        QVERIFY(!history->commitAction()->isVisible());
        QVERIFY(!history->dock()->toggleViewAction()->isVisible());
        QVERIFY(window.openFile(m_a));
        QTRY_VERIFY(history->panel()->versionList()->topLevelItemCount() == 1);
        QVERIFY(history->panel()->versions().isEmpty());
    }

    void commitDialogCommitsTheCheckedReviews()
    {
        QVERIFY(!commitAll(m_root, "First").isEmpty());
        setIdentity(m_root);
        QVERIFY(writeFile(m_a, withPrice(m_first, "120")));
        QVERIFY(writeFile(m_b, withPrice(readFile(m_b), "90")));
        auto repo = GitRepository::discover(m_root);
        QVERIFY(repo);
        CommitDialog dialog(repo.get(), m_root, Schema::builtin());
        QCOMPARE(dialog.fileList()->count(), 2);
        QCOMPARE(dialog.checkedFiles().size(), 2);
        QVERIFY(dialog.messageEdit()->toPlainText().contains(QLatin1String("a1")));
        QVERIFY(dialog.messageEdit()->toPlainText().contains(QLatin1String("b2")));
        // Unchecking b2 proposes a message about a1 alone.
        for (int row = 0; row < dialog.fileList()->count(); ++row) {
            if (dialog.fileList()->item(row)->text().contains(QLatin1String("b2")))
                dialog.fileList()->item(row)->setCheckState(Qt::Unchecked);
        }
        QVERIFY(!dialog.messageEdit()->toPlainText().contains(QLatin1String("b2")));
        QVERIFY(dialog.messageEdit()->toPlainText().contains(QLatin1String("price")));
        dialog.commit();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.committed().isEmpty());
        const QHash<QString, FileStatus> status = History::status(*repo, m_root);
        QCOMPARE(status.size(), 1); // b2 left as it was, uncommitted
        QVERIFY(status.contains(Workspace::canonicalPath(m_b)) || status.contains(m_b));
    }

    void commitRefusalIsShown()
    {
        QVERIFY(!commitAll(m_root, "First").isEmpty()); // no identity configured
        QVERIFY(writeFile(m_a, withPrice(m_first, "120")));
        auto repo = GitRepository::discover(m_root);
        CommitDialog dialog(repo.get(), m_root, Schema::builtin());
        QCOMPARE(dialog.fileList()->count(), 1);
        dialog.commit();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(!dialog.errorLabel()->isHidden());
        QVERIFY(!dialog.errorLabel()->text().isEmpty());
        QCOMPARE(History::status(*repo, m_root).size(), 1);
    }

private:
    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root, m_a, m_b;
    QByteArray m_first;
};

QTEST_MAIN(TestHistoryController)
#include "tst_historycontroller.moc"
