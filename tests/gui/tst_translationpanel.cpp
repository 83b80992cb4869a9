// The side-by-side translation panel on the offscreen platform: the Translation menu
// creates the missing translation and opens both reviews side by side; Linguist-style
// navigation, copy source and done-and-next; the offer to apply the source's rating.
#include "documentview.h"
#include "editor/markdowneditor.h"
#include "document/reviewdocument.h"
#include "library/librarydock.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "site/siteindex.h"
#include "translation/translationcontroller.h"
#include "translation/translationpanel.h"
#include "translate/translationrecord.h"
#include "translate/translationsectionsmodel.h"
#include "translate/translatetestutil.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QMessageBox>
#include <QPointer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTextBrowser>
#include <QTextBlock>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace Rubric;

class TestTranslationPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void translatesANewReviewSideBySide();
    void libraryFiltersByTranslationStatus();
    void aSourceThatIsNotSavedIsNotTranslated();
    void closingTheDockMakesTheSourceEditable();
    void anEarlierPairClosingLeavesALaterPanel();
    void pendingDoneMarksSurviveAnotherPair();
    void sideBySideShowsThePairChosen();
    void clickingATabMakesItsReviewCurrent();
    void editorsScrollTogetherBySection();
    void translationTypedInTheDock();
    void screenshotAt1280x800();
    void outdatedSectionShowsWhatChanged();
    void pairCheckWarningsMarkTheirSection();

private:
    QTemporaryDir m_settings;
};

namespace {

QAction *translateAction(MainWindow &window)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == QLatin1String("&Translation"))
            return menu->menu()->actions().constFirst();
    }
    return nullptr;
}

// Triggers `action`, answering each message box that comes up with `answer(box)`'s
// button; the texts of the boxes in `texts`.
void triggerAnswering(QAction *action, const std::function<QMessageBox::StandardButton(QMessageBox *)> &answer,
                      QStringList *texts)
{
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            if (!box->isVisible())
                return;
            texts->append(box->text());
            box->button(answer(box))->click();
        }
    });
    timer.start();
    action->trigger();
}

} // namespace

void TestTranslationPanel::initTestCase()
{
    // The window's settings in a folder of its own, not the user's.
    QVERIFY(m_settings.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("RubricTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.filePath(QStringLiteral("settings")));
    QStandardPaths::setTestModeEnabled(true);
}

void TestTranslationPanel::translatesANewReviewSideBySide()
{
    QTemporaryDir dir;
    const QString source = QStringLiteral("_products/en/radius/radius-hp-w100.md");
    const QString target = QStringLiteral("_products/ja/radius/radius-hp-w100.md");
    QVERIFY(Test::copyToSite(dir.path(), {source}));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(dir.filePath(source)));

    // Translation > Translate Side by Side, answering Yes to "Create the translation?".
    QAction *action = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == QLatin1String("&Translation"))
            action = menu->menu()->actions().constFirst();
    }
    QVERIFY(action);
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    action->trigger();
    QVERIFY(QFile::exists(dir.filePath(target)));
    TranslationController *controller = window.translator();
    QVERIFY(controller);
    TranslationPanel *panel = controller->panel();
    QVERIFY(panel);
    QCOMPARE(panel->targetView()->document()->filePath(), dir.filePath(target));
    QCOMPARE(window.rightTabs()->currentWidget(), panel->targetView());
    QVERIFY(panel->sourceView()->editor()->isReadOnly());
    QVERIFY(!panel->targetView()->editor()->isReadOnly());

    // Starts on the first unfinished item (the summary); Ctrl+J goes to the overview.
    TranslationSectionsModel *model = panel->model();
    QCOMPARE(panel->currentRow(), model->rowOf(QStringLiteral("summary")));
    panel->nextUnfinished();
    const int overview = model->rowOf(QStringLiteral("overview"));
    QCOMPARE(panel->currentRow(), overview);
    // The translation's editor shows the section selected.
    QVERIFY(panel->targetView()->editor()->textCursor().selectedText().startsWith(QLatin1String("The Radius HP-W100")));

    // Done and next on a section still in the source's words: refused, said.
    QSignalSpy messages(panel, &TranslationPanel::message);
    panel->markDoneAndNext();
    QCOMPARE(panel->currentRow(), overview);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.constFirst().constFirst().toString().contains(QLatin1String("still the source's text")));
    // Translated: done and on to the next unfinished item; recorded once the translation is saved.
    const auto range = model->targetRange(overview);
    ReviewDocument *translation = panel->targetView()->document();
    QVERIFY(translation->editText({{range.first, range.second - range.first, Test::s("概要の翻訳。\n\n")}},
                                  QStringLiteral("typing")).ok());
    panel->goToRow(overview);
    panel->markDoneAndNext();
    QCOMPARE(model->item(overview).state, TranslationState::Done);
    QCOMPARE(panel->currentRow(), model->rowOf(QStringLiteral("scientific_validity")));
    QVERIFY(!Test::readFile(TranslationRecord::pathFor(dir.path())).contains("overview: "));
    QVERIFY(window.save(panel->targetView()));
    QVERIFY(Test::readFile(TranslationRecord::pathFor(dir.path())).contains("overview: "));
    panel->previousUnfinished();
    QCOMPARE(panel->currentRow(), model->rowOf(QStringLiteral("summary")));

    // The source's rating changes: the panel offers it, one click applies it (one undo step).
    QVERIFY(panel->sourceView()->document()->setAxis(QStringLiteral("technology_level"), 7).ok());
    QVERIFY(panel->findChild<QPushButton *>()->isVisibleTo(panel));
    panel->findChild<QPushButton *>()->click();
    QCOMPARE(panel->targetView()->document()->ratings().axis(1), 7);
    QCOMPARE(panel->targetView()->document()->undoStack()->count(), 2); // the overview, the rating
    QVERIFY(!panel->findChild<QPushButton *>()->isVisibleTo(panel));
    // Closing the translation closes the panel.
    panel->targetView()->document()->undoStack()->setClean();
    QVERIFY(window.closeView(panel->targetView()));
    QTRY_VERIFY(!controller->panel());
    QTRY_VERIFY(!window.views().constFirst()->editor()->isReadOnly()); // the source is editable again
}

void TestTranslationPanel::libraryFiltersByTranslationStatus()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::orphans().constFirst(), Test::ierM9(), Test::ierM9Ja(),
                                          QStringLiteral("_products/en/heartfield/heartfield-blanc.md"),
                                          QStringLiteral("_products/ja/heartfield/heartfield-blanc.md")}));
    MainWindow window;
    window.openSite(dir.path());
    LibraryView *view = window.library()->view();
    QVERIFY(view);
    LibraryModel *model = view->model();
    const int column = model->column(LibraryModel::TranslationStateColumn);
    // Filled in off the GUI thread once the site is indexed.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->siteIndex()->indexOf(Test::ierM9()), column).data().toString(),
                              QStringLiteral("done"), 20000);
    QComboBox *states = nullptr;
    for (QComboBox *combo : view->findChildren<QComboBox *>()) {
        if (combo->itemData(2).toString() == QLatin1String("untranslated"))
            states = combo;
    }
    QVERIFY(states);
    states->setCurrentIndex(2);
    QStringList shown;
    for (int r = 0; r < view->filter()->rowCount(); ++r)
        shown.append(model->record(view->filter()->mapToSource(view->filter()->index(r, 0)).row()).path);
    shown.sort();
    QCOMPARE(shown, QStringList({QStringLiteral("_products/en/heartfield/heartfield-blanc.md"),
                                 QStringLiteral("_products/ja/heartfield/heartfield-blanc.md")}));
    states->setCurrentIndex(1);
    QCOMPARE(view->filter()->rowCount(), 1); // the review without a translation
}

void TestTranslationPanel::aSourceThatIsNotSavedIsNotTranslated()
{
    // The source is edited but not saved, and its save is cancelled (it changed on disk):
    // no translation of the stale text on disk.
    QTemporaryDir dir;
    const QString source = QStringLiteral("_products/en/radius/radius-hp-w100.md");
    const QString target = QStringLiteral("_products/ja/radius/radius-hp-w100.md");
    QVERIFY(Test::copyToSite(dir.path(), {source}));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(dir.filePath(source)));
    ReviewDocument *document = window.currentView()->document();
    QVERIFY(document->setField(QStringLiteral("summary"), QStringLiteral("Edited, not saved.")).ok());
    {
        QFile file(dir.filePath(source));
        QVERIFY(file.open(QIODevice::Append));
        file.write("\nChanged by another program.\n");
    }
    QStringList texts;
    triggerAnswering(translateAction(window), [](QMessageBox *box) {
        return box->standardButtons().testFlag(QMessageBox::Yes) ? QMessageBox::Yes : QMessageBox::Cancel;
    }, &texts);
    QCOMPARE(texts.size(), 2); // create it?, then overwrite the file changed on disk?
    QVERIFY2(texts.constFirst().contains(QLatin1String("saved first")), qPrintable(texts.constFirst()));
    QVERIFY(!QFile::exists(dir.filePath(target)));
    QVERIFY(document->isModified());
    QVERIFY(!window.findChild<TranslationController *>() || !window.findChild<TranslationController *>()->panel());
}

void TestTranslationPanel::closingTheDockMakesTheSourceEditable()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(dir.filePath(Test::ierM9())));
    QStringList texts;
    triggerAnswering(translateAction(window), [](QMessageBox *) { return QMessageBox::Yes; }, &texts);
    TranslationPanel *panel = window.findChild<TranslationController *>()->panel();
    QVERIFY(panel);
    MarkdownEditor *sourceEditor = panel->sourceView()->editor();
    QVERIFY(sourceEditor->isReadOnly());
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("TranslationDock"));
    QVERIFY(dock);
    dock->close(); // its ×
    QTRY_VERIFY(!sourceEditor->isReadOnly());
    dock->show();
    QTRY_VERIFY(sourceEditor->isReadOnly());
}

void TestTranslationPanel::anEarlierPairClosingLeavesALaterPanel()
{
    QTemporaryDir dir;
    const QString heartfield = QStringLiteral("_products/en/heartfield/heartfield-blanc.md");
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja(), heartfield,
                                          QStringLiteral("_products/ja/heartfield/heartfield-blanc.md")}));
    MainWindow window;
    window.show();
    QStringList texts;
    QVERIFY(window.openFile(dir.filePath(Test::ierM9())));
    triggerAnswering(translateAction(window), [](QMessageBox *) { return QMessageBox::Yes; }, &texts);
    TranslationController *controller = window.translator();
    QPointer<DocumentView> firstSource = controller->panel()->sourceView();
    QVERIFY(window.openFile(dir.filePath(heartfield)));
    triggerAnswering(translateAction(window), [](QMessageBox *) { return QMessageBox::Yes; }, &texts);
    QPointer<TranslationPanel> second = controller->panel();
    QVERIFY(second);
    QCOMPARE(second->sourceView()->document()->filePath(), dir.filePath(heartfield));
    QVERIFY(firstSource);
    QVERIFY(window.closeView(firstSource));
    QTest::qWait(50);
    QVERIFY(second);
    QCOMPARE(controller->panel(), second.data());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("TranslationDock"))->isVisible());
    QVERIFY(second->sourceView()->editor()->isReadOnly());
}

void TestTranslationPanel::pendingDoneMarksSurviveAnotherPair()
{
    QTemporaryDir dir;
    const QString heartfield = QStringLiteral("_products/en/heartfield/heartfield-blanc.md");
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja(), heartfield,
                                          QStringLiteral("_products/ja/heartfield/heartfield-blanc.md")}));
    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(dir.filePath(Test::ierM9())));
    TranslationController *controller = window.translator();
    controller->translateCurrent();
    QPointer<TranslationPanel> first = controller->panel();
    QVERIFY(first);

    // A section translated and marked done: the mark waits for the translation's save.
    TranslationSectionsModel *model = first->model();
    const int overview = model->rowOf(QStringLiteral("overview"));
    const auto range = model->targetRange(overview);
    ReviewDocument *translation = first->targetView()->document();
    QVERIFY(translation->editText({{range.first, range.second - range.first, Test::s("概要の新しい翻訳。\n\n")}},
                                  QStringLiteral("typing")).ok());
    first->goToRow(overview);
    first->markDoneAndNext();
    QVERIFY(model->hasPendingMarks());

    // Another pair in the dock, then back: the same panel, its mark still waiting.
    QVERIFY(window.openFile(dir.filePath(heartfield)));
    controller->translateCurrent();
    QVERIFY(controller->panel());
    QVERIFY(controller->panel() != first.data());
    QVERIFY(first);
    // The user clicks into the first pair's source.
    DocumentView *source = window.viewOf(workspace.document(dir.filePath(Test::ierM9())));
    window.tabs()->setCurrentWidget(source);
    source->editor()->setFocus();
    QTRY_COMPARE(window.currentView(), source);
    controller->translateCurrent();
    QCOMPARE(controller->panel(), first.data());
    QVERIFY(first->model()->hasPendingMarks());
    QVERIFY(workspace.save(translation).ok());
    QVERIFY(Test::readFile(TranslationRecord::pathFor(dir.path())).contains("overview: "));
}

void TestTranslationPanel::sideBySideShowsThePairChosen()
{
    // A pair translated, then another review opened while the right group is active (it
    // opens there): translating it shows it on the left and its translation on the right,
    // not the first pair's source beside the second pair's translation.
    QTemporaryDir dir;
    const QString heartfield = QStringLiteral("_products/en/heartfield/heartfield-blanc.md");
    const QString heartfieldJa = QStringLiteral("_products/ja/heartfield/heartfield-blanc.md");
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja(), heartfield, heartfieldJa}));
    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    QVERIFY(window.openFile(dir.filePath(Test::ierM9())));
    TranslationController *controller = window.translator();
    controller->translateCurrent();
    QVERIFY(controller->panel());
    QCOMPARE(window.currentView(), window.viewOf(workspace.document(dir.filePath(Test::ierM9Ja()))));
    QVERIFY(window.openFile(dir.filePath(heartfield)));
    DocumentView *source = window.viewOf(workspace.document(dir.filePath(heartfield)));
    QCOMPARE(window.rightTabs()->indexOf(source) >= 0, true); // where the active group opens it
    controller->translateCurrent();
    DocumentView *target = window.viewOf(workspace.document(dir.filePath(heartfieldJa)));
    QVERIFY(target);
    QCOMPARE(window.tabs()->currentWidget(), source);
    QCOMPARE(window.rightTabs()->currentWidget(), target);
    QCOMPARE(controller->panel()->sourceView(), source);
    QCOMPARE(controller->panel()->targetView(), target);

    // The first pair again, from its translation: each on its side again.
    DocumentView *firstTarget = window.viewOf(workspace.document(dir.filePath(Test::ierM9Ja())));
    window.rightTabs()->setCurrentWidget(firstTarget);
    QCOMPARE(window.currentView(), firstTarget);
    controller->translateCurrent();
    QCOMPARE(window.tabs()->currentWidget(), window.viewOf(workspace.document(dir.filePath(Test::ierM9()))));
    QCOMPARE(window.rightTabs()->currentWidget(), firstTarget);
}

void TestTranslationPanel::clickingATabMakesItsReviewCurrent()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    Workspace workspace;
    MainWindow window(&workspace);
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openFile(dir.filePath(Test::ierM9())));
    window.translator()->translateCurrent();
    DocumentView *source = window.viewOf(workspace.document(dir.filePath(Test::ierM9())));
    DocumentView *target = window.viewOf(workspace.document(dir.filePath(Test::ierM9Ja())));
    QCOMPARE(window.currentView(), target);
    // A click on the left group's (already current) tab: that review is the current one.
    QTabBar *bar = window.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(window.tabs()->indexOf(source)).center());
    QTRY_COMPARE(window.currentView(), source);
    bar = window.rightTabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(window.rightTabs()->indexOf(target)).center());
    QTRY_COMPARE(window.currentView(), target);
}

void TestTranslationPanel::editorsScrollTogetherBySection()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    Workspace workspace;
    MainWindow window(&workspace);
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openFile(dir.filePath(Test::ierM9())));
    window.translator()->translateCurrent();
    TranslationPanel *panel = window.translator()->panel();
    QVERIFY(panel);
    QVERIFY(panel->scrollsTogether());
    MarkdownEditor *source = panel->sourceView()->editor();
    MarkdownEditor *target = panel->targetView()->editor();
    TranslationSectionsModel *model = panel->model();
    // The last section with a body in both: scrolled to in the source, it heads the translation.
    int row = -1;
    for (int each = model->rowCount() - 1; each >= 0 && row < 0; --each) {
        if (model->sourceRange(each).first > source->bodyOffset() && model->targetRange(each).first > target->bodyOffset())
            row = each;
    }
    QVERIFY(row > 0);
    const auto blockOf = [](MarkdownEditor *editor, qsizetype offset) {
        return editor->document()->findBlock(int(offset - editor->bodyOffset())).blockNumber();
    };
    const auto topBlock = [](MarkdownEditor *editor) { return editor->cursorForPosition(QPoint(0, 0)).blockNumber(); };
    const auto scrollTo = [](MarkdownEditor *editor, int block) {
        QScrollBar *bar = editor->verticalScrollBar();
        bar->setValue(bar->maximum());
        editor->setTextCursor(QTextCursor(editor->document()->findBlockByNumber(block)));
        editor->ensureCursorVisible(); // from below: the block comes in at the top
    };
    const int sourceLine = blockOf(source, model->sourceRange(row).first);
    const int targetLine = blockOf(target, model->targetRange(row).first);
    scrollTo(source, sourceLine);
    QCOMPARE(topBlock(source), sourceLine);
    const bool targetAtEnd = target->verticalScrollBar()->value() == target->verticalScrollBar()->maximum();
    QVERIFY(topBlock(target) == targetLine || (targetAtEnd && topBlock(target) < targetLine));
    // And back the other way, from the translation to the first section.
    target->verticalScrollBar()->setValue(0);
    QVERIFY(topBlock(source) <= blockOf(source, model->sourceRange(row - 1).first));
    // Toggled off: the other editor stays where it is.
    panel->setScrollTogether(false);
    const int before = target->verticalScrollBar()->value();
    scrollTo(source, sourceLine);
    QCOMPARE(target->verticalScrollBar()->value(), before);
}

void TestTranslationPanel::translationTypedInTheDock()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    QVERIFY(window.openFile(dir.filePath(Test::ierM9())));
    window.translator()->translateCurrent();
    TranslationPanel *panel = window.translator()->panel();
    QVERIFY(panel);
    ReviewDocument *translation = panel->targetView()->document();
    const int stepsBefore = translation->undoStack()->count();
    const int overview = panel->model()->rowOf(QStringLiteral("overview"));
    panel->goToRow(overview);
    const auto edits = panel->findChildren<QPlainTextEdit *>();
    QPlainTextEdit *typed = nullptr;
    for (QPlainTextEdit *each : edits) {
        if (!each->isReadOnly())
            typed = each;
    }
    QVERIFY(typed);
    typed->selectAll();
    QTest::keyClicks(typed, QStringLiteral("Typed here."));
    // At the pause: one undo step on the translation's stack, the section replaced.
    QTRY_COMPARE(translation->undoStack()->count(), stepsBefore + 1);
    QCOMPARE(panel->model()->item(overview).targetText, QStringLiteral("Typed here."));
    QCOMPARE(typed->toPlainText(), QStringLiteral("Typed here."));
    // The title too, and leaving the item applies what was typed at once.
    const int title = panel->model()->rowOf(QStringLiteral("title"));
    panel->goToRow(title);
    QVERIFY(!typed->isReadOnly());
    typed->selectAll();
    QTest::keyClicks(typed, QStringLiteral("New title"));
    panel->goToRow(overview);
    QCOMPARE(translation->string(QStringLiteral("title")), QStringLiteral("New title"));
    QCOMPARE(translation->undoStack()->count(), stepsBefore + 2);
    translation->undoStack()->undo();
    QVERIFY(translation->string(QStringLiteral("title")) != QLatin1String("New title"));
}

void TestTranslationPanel::outdatedSectionShowsWhatChanged()
{
    // A pair with no record entry: first seen, its texts are the baseline; a sentence added
    // to the source then shows as outdated, the sentence marked in the dock.
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    QVERIFY(window.openFile(dir.filePath(Test::ierM9())));
    window.translator()->translateCurrent();
    TranslationPanel *panel = window.translator()->panel();
    QVERIFY(panel);
    TranslationSectionsModel *model = panel->model();
    const int overview = model->rowOf(QStringLiteral("overview"));
    panel->goToRow(overview);
    QVERIFY(panel->changesView()->isHidden());
    ReviewDocument *source = panel->sourceView()->document();
    qsizetype end = model->sourceRange(overview).second;
    while (source->text().at(end - 1).isSpace())
        --end;
    QVERIFY(source->editText({{end, 0, QStringLiteral(" Firmware 2.0 fixed it.")}}, QStringLiteral("typing")).ok());
    QCOMPARE(model->item(overview).state, TranslationState::Outdated);
    QTRY_VERIFY(panel->changesView()->isVisible());
    QVERIFY(panel->changesView()->toHtml().contains(QLatin1String("Firmware 2.0 fixed it.")));
    QVERIFY(panel->changesView()->toPlainText().contains(QLatin1String("Firmware")));
}

void TestTranslationPanel::pairCheckWarningsMarkTheirSection()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    QVERIFY(window.openFile(dir.filePath(Test::ierM9())));
    window.translator()->translateCurrent();
    TranslationPanel *panel = window.translator()->panel();
    QVERIFY(panel);
    TranslationSectionsModel *model = panel->model();
    const int overview = model->rowOf(QStringLiteral("overview"));
    panel->goToRow(overview);
    const QModelIndex item = panel->table()->model()->index(overview, TranslationSectionsModel::SectionColumn);
    const QStringList before = panel->currentWarnings();
    // The overview's translation loses its figures ("5Hz-40kHz", "20Ω"): warned there.
    QVERIFY(model->setTargetText(overview, Test::s("数字のない翻訳。")).ok());
    QTRY_VERIFY(panel->currentWarnings().size() > before.size());
    QVERIFY(panel->currentWarnings().join(u' ').contains(QLatin1String("20")));
    QVERIFY(!item.data(Qt::DecorationRole).isNull());
    QVERIFY(item.data(Qt::ToolTipRole).toString().contains(QLatin1String("missing")));
    // Undone: the warnings go with the change.
    panel->targetView()->document()->undoStack()->undo();
    QTRY_COMPARE(panel->currentWarnings(), before);
}

void TestTranslationPanel::screenshotAt1280x800()
{
    // For looking at, not asserting: RUBRIC_SCREENSHOT_DIR names where the PNG goes.
    const QString out = qEnvironmentVariable("RUBRIC_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("RUBRIC_SCREENSHOT_DIR not set");
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    Workspace workspace;
    MainWindow window(&workspace);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(dir.filePath(Test::ierM9())));
    window.translator()->translateCurrent();
    TranslationPanel *panel = window.translator()->panel();
    const int overview = panel->model()->rowOf(QStringLiteral("overview"));
    ReviewDocument *source = panel->sourceView()->document();
    const qsizetype at = panel->model()->sourceRange(overview).first;
    QVERIFY(source->editText({{at, 0, QStringLiteral("Since firmware 2.0, ")}}, QStringLiteral("typing")).ok());
    panel->goToRow(overview);
    QVERIFY(window.grab().save(out + QLatin1String("/translate-1280x800.png")));
}

QTEST_MAIN(TestTranslationPanel)
#include "tst_translationpanel.moc"
