// Issue 17 in the window: Edit > Site Edit… previews off the GUI thread, applies through
// the Workspace (an open review takes the change on its own undo stack), and Edit > Undo
// Site Edit restores every file but those changed since, which it names.
#include "../workspace/workspacetestutil.h"

#include "document/reviewdocument.h"
#include "documentview.h"
#include "mainwindow.h"
#include "site/siteindex.h"
#include "siteedit/siteeditcontroller.h"
#include "siteedit/sitepreviewdialog.h"
#include "edit/tagsmodel.h"
#include "tags/tagspanel.h"
#include "workspace/site.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QTreeView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Rubric;
using namespace Rubric::Test;

class TestSiteEditController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        isolateSettings(m_settings);
        QStandardPaths::setTestModeEnabled(true);
    }

    void theDialogSaysWhatToChange_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        QTest::newRow("set a field") << 0 << "summary" << "New." << int(SiteChange::Kind::SetField);
        QTest::newRow("add a tag") << 1 << "Cables" << "" << int(SiteChange::Kind::AddTag);
        QTest::newRow("remove a tag") << 2 << "Amplifiers" << "" << int(SiteChange::Kind::RemoveTag);
        QTest::newRow("rename a tag") << 3 << "Amplifiers" << "Amps" << int(SiteChange::Kind::RenameTag);
    }

    void theDialogSaysWhatToChange()
    {
        QFETCH(int, change);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, kind);
        SiteEditDialog dialog;
        dialog.whereEdit()->setText(QStringLiteral("total<3  name~acme"));
        dialog.langEdit()->setText(QStringLiteral("en"));
        dialog.changeBox()->setCurrentIndex(change);
        dialog.keyEdit()->setText(key);
        dialog.valueEdit()->setText(value);
        QCOMPARE(dialog.selection().where, QStringList({QStringLiteral("total<3"), QStringLiteral("name~acme")}));
        QCOMPARE(dialog.selection().lang, QStringLiteral("en"));
        const SiteChange made = dialog.change();
        QCOMPARE(int(made.kind), kind);
        QCOMPARE(made.kind == SiteChange::Kind::SetField ? made.key : (made.tags.isEmpty() ? made.value : made.tags.constFirst()),
                 key);
    }

    void previewAppliesAndUndoes()
    {
        QTemporaryDir dir;
        QVERIFY(writePairs(dir.path(), {"a1", "b2", "c3"}));
        const QString a = dir.path() + u'/' + productPath(QStringLiteral("en"), QStringLiteral("a1"));
        const QString b = dir.path() + u'/' + productPath(QStringLiteral("en"), QStringLiteral("b2"));
        const QString c = dir.path() + u'/' + productPath(QStringLiteral("en"), QStringLiteral("c3"));
        const QString ja = dir.path() + u'/' + productPath(QStringLiteral("ja"), QStringLiteral("a1"));
        const QByteArray aBefore = readFile(a), bBefore = readFile(b), cBefore = readFile(c), jaBefore = readFile(ja);

        MainWindow window;
        window.openSite(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->site()->index()->records().size(), 6, 20000);
        QTRY_VERIFY(!window.workspace()->site()->index()->isIndexing());
        QVERIFY(window.openFile(a));
        ReviewDocument *document = window.currentView()->document();
        const int steps = document->undoStack()->count();

        auto *controller = window.findChild<SiteEditController *>();
        QVERIFY(controller);
        QVERIFY(controller->siteEditAction()->isEnabled());
        QVERIFY(!controller->undoAction()->isEnabled());
        SiteSelection selection;
        selection.lang = QStringLiteral("en");
        QVERIFY(controller->preview(selection, {SiteChange::renameTags({QStringLiteral("Amplifiers")}, QStringLiteral("Amps"))}));
        QTRY_VERIFY(controller->previewDialog());
        SitePreviewDialog *preview = controller->previewDialog();
        QCOMPARE(preview->preview().changeCount(), 3);
        QCOMPARE(readFile(b), bBefore); // a preview writes nothing
        QSignalSpy applied(controller, &SiteEditController::applied);
        preview->buttons()->button(QDialogButtonBox::Apply)->click();
        QTRY_COMPARE(applied.size(), 1);

        QVERIFY(readFile(b).contains("tags: [Amps]"));
        QVERIFY(readFile(c).contains("tags: [Amps]"));
        QCOMPARE(readFile(ja), jaBefore); // not selected
        // The open review took it as one step on its own stack, and was saved.
        QVERIFY(document->text().contains(QLatin1String("tags: [Amps]")));
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QVERIFY(!document->isModified());
        QVERIFY(readFile(a).contains("tags: [Amps]"));

        // c3 changes after the edit: undo leaves it and names it.
        QByteArray cEdited = readFile(c);
        cEdited.replace("A summary.", "Another summary.");
        QVERIFY(writeFile(c, cEdited));
        QVERIFY(controller->undoAction()->isEnabled());
        QSignalSpy reverted(controller, &SiteEditController::reverted);
        QTimer::singleShot(0, this, [] { // the "left as they are" note
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        controller->undoLastEdit();
        QCOMPARE(reverted.size(), 1);
        const ApplyReport report = reverted.at(0).at(0).value<ApplyReport>();
        QCOMPARE(report.writtenCount(), 2);
        bool named = false;
        for (const FileOutcome &outcome : report.files)
            named = named || (outcome.path.endsWith(QLatin1String("c3.md")) && outcome.status == FileOutcome::Status::ChangedOnDisk);
        QVERIFY(named);
        QCOMPARE(readFile(b), bBefore);
        QTRY_COMPARE(readFile(a), aBefore);
        QCOMPARE(readFile(c), cEdited);
        QVERIFY(!controller->undoAction()->isEnabled());
        Q_UNUSED(cBefore);
    }

    // The Tags dock: counts and counterparts of the open site, a rename of the selected tag
    // in both languages through the preview, one Undo Site Edit; the list follows the index.
    void tagsDockRenamesThroughThePreview()
    {
        QTemporaryDir dir;
        QVERIFY(writePairs(dir.path(), {"a1", "b2"}));
        const QString en = dir.path() + u'/' + productPath(QStringLiteral("en"), QStringLiteral("b2"));
        const QString ja = dir.path() + u'/' + productPath(QStringLiteral("ja"), QStringLiteral("b2"));
        const QByteArray enBefore = readFile(en), jaBefore = readFile(ja);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.openSite(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->site()->index()->records().size(), 4, 20000);
        QTRY_VERIFY(!window.workspace()->site()->index()->isIndexing());
        auto *controller = window.findChild<SiteEditController *>();
        QDockWidget *dock = controller->tagsDock();
        QVERIFY(window.findChildren<QAction *>().contains(dock->toggleViewAction()));
        dock->show();
        dock->raise();
        auto *panel = qobject_cast<TagsPanel *>(dock->widget());
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        const QModelIndex amplifiers = panel->model()->index(0, TagsModel::TagColumn);
        QCOMPARE(amplifiers.data().toString(), QStringLiteral("Amplifiers"));
        QCOMPARE(amplifiers.siblingAtColumn(TagsModel::CountColumn).data().toInt(), 2);
        QCOMPARE(amplifiers.siblingAtColumn(TagsModel::CounterpartColumn).data().toString(), QString::fromUtf8("アンプ"));

        panel->filterEdit()->setText(QStringLiteral("zzz"));
        QCOMPARE(panel->view()->model()->rowCount(), 0);
        panel->filterEdit()->setText(QStringLiteral("amp"));
        QCOMPARE(panel->view()->model()->rowCount(), 1);
        panel->view()->selectAll();
        QCOMPARE(panel->selectedTags(), QStringList{QStringLiteral("Amplifiers")});
        panel->bothLanguagesBox()->setChecked(true);
        // A new name has no counterpart: the Japanese side keeps its one spelling.
        QVERIFY(panel->renameSelected(QStringLiteral("Amps")));
        QTRY_VERIFY(controller->previewDialog());
        QCOMPARE(controller->previewDialog()->preview().changeCount(), 2);
        QSignalSpy applied(controller, &SiteEditController::applied);
        controller->previewDialog()->buttons()->button(QDialogButtonBox::Apply)->click();
        QTRY_COMPARE(applied.size(), 1);
        QByteArray expected = enBefore;
        expected.replace("tags: [Amplifiers]", "tags: [Amps]");
        QCOMPARE(readFile(en), expected);
        QCOMPARE(readFile(ja), jaBefore);
        panel->filterEdit()->clear();
        QTRY_COMPARE(panel->model()->index(0, TagsModel::TagColumn).data().toString(), QStringLiteral("Amps"));
        controller->undoLastEdit();
        QCOMPARE(readFile(en), enBefore);
        QTRY_COMPARE(panel->model()->index(0, TagsModel::TagColumn).data().toString(), QStringLiteral("Amplifiers"));

        // The library's Rename Tag…: the dock shows the tag and asks for the new name.
        QSignalSpy shown(controller, &SiteEditController::previewShown);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->textValue(), QStringLiteral("Amplifiers"));
            dialog->setTextValue(QStringLiteral("Amps"));
            dialog->accept();
        });
        panel->renameTag(QStringLiteral("en"), QStringLiteral("Amplifiers"));
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(controller->previewDialog()->preview().changeCount(), 2);
        controller->previewDialog()->reject();
        QCOMPARE(readFile(en), enBefore);
    }

    // Apply runs off the GUI thread in batches; a cancel part-way leaves every file old or
    // new, and Undo Site Edit restores exactly the files written.
    void cancelPartWayLeavesOldOrNewAndUndoCoversTheWritten()
    {
        QTemporaryDir dir;
        QList<QByteArray> refs;
        for (int i = 0; i < 200; ++i)
            refs.append(QByteArray("r") + QByteArray::number(i).rightJustified(3, '0'));
        QVERIFY(writePairs(dir.path(), refs));
        QHash<QString, QByteArray> before;
        for (const QByteArray &ref : std::as_const(refs)) {
            const QString path = dir.path() + u'/' + productPath(QStringLiteral("en"), QString::fromUtf8(ref));
            before.insert(path, readFile(path));
        }
        MainWindow window;
        window.openSite(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->site()->index()->records().size(), 400, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.workspace()->site()->index()->isIndexing(), 60000);
        auto *controller = window.findChild<SiteEditController *>();
        SiteSelection selection;
        selection.lang = QStringLiteral("en");
        QVERIFY(controller->preview(selection, {SiteChange::renameTags({QStringLiteral("Amplifiers")}, QStringLiteral("Amps"))}));
        QTRY_VERIFY_WITH_TIMEOUT(controller->previewDialog(), 30000);
        QCOMPARE(controller->previewDialog()->preview().changeCount(), 200);
        QSignalSpy applied(controller, &SiteEditController::applied);
        connect(controller, &SiteEditController::applyProgress, controller, [controller](int done, int total) {
            QVERIFY(done < total);
            controller->cancelApply(); // after the first batch
        });
        controller->previewDialog()->buttons()->button(QDialogButtonBox::Apply)->click();
        QVERIFY(controller->isApplying()); // the GUI thread is free while files are written
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
        QVERIFY(!controller->isApplying());
        const ApplyReport report = applied.at(0).at(0).value<ApplyReport>();
        QVERIFY(report.cancelled);
        QVERIFY(report.writtenCount() > 0);
        QVERIFY(report.writtenCount() < 200);
        QCOMPARE(report.undo.entries.size(), report.writtenCount());
        int changed = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QByteArray now = readFile(it.key());
            QByteArray after = it.value();
            after.replace("tags: [Amplifiers]", "tags: [Amps]");
            QVERIFY2(now == it.value() || now == after, qPrintable(it.key()));
            changed += now == after ? 1 : 0;
        }
        QCOMPARE(changed, report.writtenCount());
        controller->undoLastEdit();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(readFile(it.key()), it.value());
    }

    // RUBRIC_TAGS_SHOT=SITE:PNG: the Tags dock on a real site at 1280x800, to look at.
    void tagsDockScreenshot()
    {
        const QStringList shot = qEnvironmentVariable("RUBRIC_TAGS_SHOT").split(u':');
        if (shot.size() != 2)
            QSKIP("set RUBRIC_TAGS_SHOT=SITE:PNG to take the screenshot");
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.openSite(shot.at(0));
        QTRY_VERIFY_WITH_TIMEOUT(!window.workspace()->site()->index()->records().isEmpty(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.workspace()->site()->index()->isIndexing(), 120000);
        QDockWidget *dock = window.findChild<SiteEditController *>()->tagsDock();
        dock->show();
        dock->raise();
        auto *panel = qobject_cast<TagsPanel *>(dock->widget());
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > 0, 30000);
        panel->showBox()->setCurrentIndex(1); // near duplicates: what a site owner comes for
        QVERIFY(window.grab().save(shot.at(1)));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestSiteEditController)
#include "tst_siteeditcontroller.moc"
