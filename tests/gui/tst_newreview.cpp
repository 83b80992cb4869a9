// Writing a new review in the window: File > New Review creates the file the dialog
// shows and opens it; the cost-performance calculator next to the axis sets it and
// inserts the calculation sentence as one undo step. Offscreen, through the real widgets.
// With RUBRIC_SCREENSHOT_DIR set, the dialogs are also saved there as PNG files.
#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/costperformancedialog.h"
#include "editor/ratingseditor.h"
#include "library/librarydock.h"
#include "mainwindow.h"
#include "newreview/newreviewdialog.h"
#include "site/siteindex.h"
#include "testutil.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Rubric;
using namespace Qt::StringLiterals;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RUBRIC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png");
}

QPushButton *okButton(QDialogButtonBox *buttons)
{
    return buttons->button(QDialogButtonBox::Ok);
}

} // namespace

class TestNewReview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dialogShowsWhatItWillCreate();
    void dialogWarnsAndRefuses();
    void menuActionCreatesAndOpens();
    void siteChangesKeepOneCompleter();
    void calculatorFromTypedPrice();
    void calculatorFromLibraryInJapanese();
    void calculatorRefusesWithoutPrice();
    void calculatorRefusesABrokenRating();

private:
    QString copy(const QString &file);
    QString root() const { return m_dir.filePath(u"site"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<SiteIndex> m_index;
};

void TestNewReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"RubricTests"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    qputenv("XDG_CACHE_HOME", m_dir.filePath(u"cache"_s).toUtf8());
}

void TestNewReview::init()
{
    QDir(root()).removeRecursively();
    for (const auto &file : {u"_products/en/sony/sony-ier-m9.md"_s, u"_products/ja/sony/sony-ier-m9.md"_s,
                             u"_products/en/moondrop/moondrop-blessing-3.md"_s,
                             u"_products/ja/moondrop/moondrop-blessing-3.md"_s, u"_companies/en/sony.md"_s,
                             u"_products/en/alpine/alpine-sv-h300.md"_s})
        QVERIFY(!copy(file).isEmpty());
    m_index = std::make_unique<SiteIndex>(root());
    m_index->setCacheEnabled(false);
    m_index->indexNow();
    QCOMPARE(m_index->records().size(), 6);
}

QString TestNewReview::copy(const QString &file)
{
    const QString target = root() + u'/' + file;
    QDir().mkpath(QFileInfo(target).absolutePath());
    return QFile::copy(Test::corpusDir() + u'/' + file, target) ? target : QString();
}

void TestNewReview::dialogShowsWhatItWillCreate()
{
    NewReviewDialog dialog(m_index.get());
    dialog.setToday(QDate(2026, 2, 3));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.siteEdit()->text(), QDir::toNativeSeparators(root()));
    QVERIFY(!okButton(dialog.buttons())->isEnabled()); // no name yet

    // The open site's companies complete the company field.
    QVERIFY(dialog.companyBox()->findText(u"moondrop"_s) >= 0);
    QVERIFY(dialog.companyBox()->findText(u"sony"_s) >= 0);
    dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(u"product"_s));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"en"_s));
    dialog.companyBox()->setEditText(u"astell-kern"_s); // a new company
    QTest::keyClicks(dialog.nameEdit(), u"Astell&Kern SR35"_s);
    QCOMPARE(dialog.refEdit()->text(), u"astell-kern-sr35"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"title"_s)->text(), u"Astell&Kern SR35 Product Review"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"permalink"_s)->text(), u"/products/en/astell-kern-sr35/"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"path"_s)->text(),
             QDir::toNativeSeparators(u"_products/en/astell-kern/astell-kern-sr35.md"_s));
    QVERIFY(okButton(dialog.buttons())->isEnabled());
    QCOMPARE(dialog.statusLabel()->text(), QString());
    screenshot(&dialog, u"new-review-dialog"_s);

    // A ref the user types stays when the name changes; cleared, it is derived again.
    dialog.refEdit()->clear();
    QTest::keyClicks(dialog.refEdit(), u"ak-sr35"_s);
    QTest::keyClicks(dialog.nameEdit(), u" Copper"_s);
    QCOMPARE(dialog.refEdit()->text(), u"ak-sr35"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"permalink"_s)->text(), u"/products/en/ak-sr35/"_s);
    dialog.refEdit()->selectAll();
    QTest::keyClick(dialog.refEdit(), Qt::Key_Backspace);
    QCOMPARE(dialog.refEdit()->text(), u"astell-kern-sr35-copper"_s);

    // A company review is its own company: the company field does not apply.
    dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(u"company"_s));
    QVERIFY(!dialog.companyBox()->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"path"_s)->text(),
             QDir::toNativeSeparators(u"_companies/en/astell-kern-sr35-copper.md"_s));
    QCOMPARE(dialog.findChild<QLabel *>(u"title"_s)->text(), u"Astell&Kern SR35 Copper Company Review"_s);

    dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(u"product"_s));
    QTest::mouseClick(okButton(dialog.buttons()), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString created = root() + u"/_products/en/astell-kern/astell-kern-sr35-copper.md"_s;
    QCOMPARE(dialog.createdPath(), created);
    const QString text = QString::fromUtf8(Test::readFile(created));
    QVERIFY(text.contains(u"\ndate: 2026-02-03\n"_s));
    QVERIFY(text.endsWith(u"\n(2026.2.3)\n"_s));
}

void TestNewReview::dialogWarnsAndRefuses()
{
    NewReviewDialog dialog(m_index.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(u"product"_s));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"en"_s));
    dialog.companyBox()->setEditText(u"sony"_s);
    QTest::keyClicks(dialog.nameEdit(), u"Sony IER-M9"_s);
    // The file is there: never overwritten.
    QVERIFY(dialog.statusLabel()->text().contains(u"already exists"_s));
    QVERIFY(!okButton(dialog.buttons())->isEnabled());

    // Elsewhere, the ref is still taken in this language.
    dialog.companyBox()->setEditText(u"sony-pro"_s);
    QVERIFY2(dialog.statusLabel()->text().contains(u"already used"_s), qPrintable(dialog.statusLabel()->text()));
    QVERIFY(!okButton(dialog.buttons())->isEnabled());
    screenshot(&dialog, u"new-review-dialog-ref-used"_s);

    // In the other language it is the translation: allowed, and said.
    dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(u"company"_s));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"ja"_s));
    dialog.nameEdit()->setText(u"Sony"_s);
    QVERIFY2(dialog.statusLabel()->text().contains(u"translation of _companies/en/sony.md"_s),
             qPrintable(dialog.statusLabel()->text()));
    QVERIFY(okButton(dialog.buttons())->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"title"_s)->text(), u"Sony 企業レビュー"_s);

    // The translation of a review whose ref is not what its name gives takes its ref
    // and its company.
    dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(u"product"_s));
    dialog.companyBox()->setEditText(QString());
    dialog.nameEdit()->setText(u"Alpine Headphones (SV-H300)"_s);
    QCOMPARE(dialog.refEdit()->text(), u"alpine-sv-h300"_s);
    QCOMPARE(dialog.companyBox()->currentText(), u"alpine"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"path"_s)->text(),
             QDir::toNativeSeparators(u"_products/ja/alpine/alpine-sv-h300.md"_s));
    QVERIFY(dialog.statusLabel()->text().contains(u"translation of _products/en/alpine/alpine-sv-h300.md"_s));

    // A name with nothing ASCII needs a typed ref.
    dialog.nameEdit()->setText(u"超越重鉄タップ"_s);
    QCOMPARE(dialog.refEdit()->text(), QString());
    QVERIFY(dialog.statusLabel()->text().contains(u"No ref"_s));
    QVERIFY(!okButton(dialog.buttons())->isEnabled());
    const QByteArray before = Test::readFile(root() + u"/_products/en/sony/sony-ier-m9.md"_s);
    dialog.accept(); // refused: nothing written
    QCOMPARE(dialog.createdPath(), QString());
    QCOMPARE(Test::readFile(root() + u"/_products/en/sony/sony-ier-m9.md"_s), before);
}

void TestNewReview::menuActionCreatesAndOpens()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSite(root());
    QTRY_VERIFY(window.library()->siteIndex() && !window.library()->siteIndex()->isIndexing());
    QTRY_COMPARE(window.library()->siteIndex()->records().size(), 6);

    QAction *action = nullptr;
    for (QAction *each : window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (each->shortcut() == QKeySequence(QKeySequence::New))
            action = each;
    }
    QVERIFY(action);
    bool filled = false;
    QTimer::singleShot(0, this, [&filled] {
        auto *dialog = qobject_cast<NewReviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->layoutBox()->setCurrentIndex(dialog->layoutBox()->findData(u"company"_s));
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(u"ja"_s));
        dialog->nameEdit()->setText(u"Moondrop"_s);
        filled = okButton(dialog->buttons())->isEnabled();
        okButton(dialog->buttons())->click();
    });
    action->trigger();
    QVERIFY(filled);

    const QString created = root() + u"/_companies/ja/moondrop.md"_s;
    QVERIFY(QFileInfo::exists(created));
    QVERIFY(window.currentView());
    QCOMPARE(window.currentView()->document()->filePath(), created);
    QCOMPARE(window.currentView()->document()->string(u"title"_s), u"Moondrop 企業レビュー"_s);
    // A company has no price: no calculator.
    QVERIFY(!window.currentView()->ratingsEditor()->calculatorButton()->isVisible());
    QTRY_VERIFY(window.library()->siteIndex()->indexOf(u"_companies/ja/moondrop.md"_s) >= 0);
    screenshot(&window, u"new-review-opened"_s);
}

void TestNewReview::siteChangesKeepOneCompleter()
{
    NewReviewDialog dialog(m_index.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto completers = [&dialog] { return dialog.findChildren<QCompleter *>().size(); };
    const qsizetype before = completers();
    QTemporaryDir other; // another (empty) folder, then the open site again
    for (int i = 0; i < 6; ++i) {
        dialog.siteEdit()->setText(i % 2 ? root() : other.path());
        Q_EMIT dialog.siteEdit()->editingFinished();
    }
    QCOMPARE(completers(), before);
    // Back on the open site: its companies complete the field.
    QVERIFY(dialog.companyBox()->completer());
    QStringList completions;
    QAbstractItemModel *model = dialog.companyBox()->completer()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        completions.append(model->index(row, 0).data().toString());
    QVERIFY2(completions.contains(u"moondrop"_s), qPrintable(completions.join(u',')));
}

void TestNewReview::calculatorFromTypedPrice()
{
    auto *document = new ReviewDocument;
    const QString path = root() + u"/_products/en/sony/sony-ier-m9.md"_s;
    QVERIFY(document->load(path));
    const QString original = document->text();
    DocumentView view(document);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    RatingsEditor *ratings = view.ratingsEditor();
    QVERIFY(!ratings->calculatorButton()->isVisible()); // nothing to calculate with yet
    ratings->enableCalculator(document, [this] { return m_index.get(); });
    QVERIFY(ratings->calculatorButton()->isVisible());

    bool checked = false;
    QTimer::singleShot(0, this, [&checked] {
        auto *dialog = qobject_cast<CostPerformanceDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QVERIFY(dialog->insertBox()->isChecked());
        QTest::keyClicks(dialog->nameEdit(), u"Some IEM"_s);
        QTest::keyClicks(dialog->priceEdit(), u"547"_s);
        QCOMPARE(dialog->resultLabel()->text(), u"CP = 0.5"_s);
        QCOMPARE(dialog->sentenceLabel()->text(), u"Calculation: 547 USD ÷ 1,093 USD ≈ 0.50 → 0.5."_s);
        screenshot(dialog, u"cost-performance-dialog"_s);
        checked = true;
        okButton(dialog->buttons())->click();
    });
    QTest::mouseClick(ratings->calculatorButton(), Qt::LeftButton);
    QVERIFY(checked);

    QCOMPARE(ratings->spinBox(2)->value(), 0.5);
    QVERIFY(document->text().contains(u"\nrating: [3.4, 0.7, 0.8, 0.5, 0.8, 0.6]\n"_s));
    QVERIFY(document->text().contains(u"## Cost-Performance\n\n$$ \\Large \\text{0.5} $$\n"_s));
    QVERIFY(document->text().contains(
        u"alternatives with equivalent functionality and measured performance.\n\n"
        "Calculation: 547 USD ÷ 1,093 USD ≈ 0.50 → 0.5.\n\n## Reliability & Support"_s));
    // One undo step takes back the axis, the total, the score line and the sentence.
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->text(), original);
    screenshot(&view, u"cost-performance-editor"_s);
}

void TestNewReview::calculatorFromLibraryInJapanese()
{
    auto *document = new ReviewDocument;
    QVERIFY(document->load(root() + u"/_products/ja/sony/sony-ier-m9.md"_s));
    const QString original = document->text();
    CostPerformanceDialog dialog(document, m_index->records());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The library offers the Japanese reviews with a price, not the review itself.
    QCOMPARE(dialog.libraryBox()->count(), 2); // the empty choice and the Blessing 3
    QCOMPARE(dialog.libraryBox()->itemText(1), u"Moondrop Blessing 3 — 53,000円"_s);
    // Typed into the library box, the completer finds it anywhere in the name.
    dialog.libraryBox()->lineEdit()->setFocus();
    QTest::keyClicks(dialog.libraryBox()->lineEdit(), u"bless"_s);
    QAbstractItemView *popup = dialog.libraryBox()->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(dialog.libraryBox()->currentIndex(), 1);
    QCOMPARE(dialog.nameEdit()->text(), u"Moondrop Blessing 3"_s);
    QCOMPARE(dialog.priceEdit()->text(), u"53000"_s);
    QCOMPARE(dialog.resultLabel()->text(), u"CP = 0.3"_s);
    const QString sentence = u"計算：53,000円 ÷ 163,900円 ≈ 0.32 → 0.3。"_s;
    QCOMPARE(dialog.sentenceLabel()->text(), sentence);
    screenshot(&dialog, u"cost-performance-dialog-ja"_s);
    QVERIFY(dialog.apply());
    // The axis was already 0.3: only the sentence, as one step.
    QCOMPARE(document->undoStack()->count(), 1);
    QVERIFY(document->text().contains(u"を示しています。\n\n"_s + sentence + u"\n\n## 信頼性・サポート"_s));
    // Applying again changes nothing: the sentence is already there.
    QVERIFY(dialog.apply());
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->text(), original);
    delete document;
}

void TestNewReview::calculatorRefusesWithoutPrice()
{
    // A new review: no price yet, so nothing can be computed but "nothing cheaper".
    auto *document = new ReviewDocument;
    QVERIFY(document->loadBytes(Test::readFile(root() + u"/_products/en/sony/sony-ier-m9.md"_s)
                                    .replace("price: 1093\n", "price:\n")));
    CostPerformanceDialog dialog(document, m_index->records());
    QTest::keyClicks(dialog.priceEdit(), u"299"_s);
    QVERIFY(dialog.sentenceLabel()->text().contains(u"no price"_s));
    QVERIFY(!okButton(dialog.buttons())->isEnabled());
    QVERIFY(!dialog.apply());
    QCOMPARE(document->undoStack()->count(), 0);

    dialog.priceEdit()->setText(u"about 300"_s);
    QVERIFY(dialog.sentenceLabel()->text().contains(u"not a price"_s));
    delete document;
}

void TestNewReview::calculatorRefusesABrokenRating()
{
    // A rating line with a value that is not a number: the axis cannot be set, and
    // nothing (not even an empty step) lands on the undo stack.
    auto *document = new ReviewDocument;
    QVERIFY(document->loadBytes(Test::readFile(root() + u"/_products/en/sony/sony-ier-m9.md"_s)
                                    .replace("rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]", "rating: [3.2, 0.7, x, 0.3, 0.8, 0.6]")));
    const QString original = document->text();
    CostPerformanceDialog dialog(document, m_index->records());
    QTest::keyClicks(dialog.priceEdit(), u"547"_s);
    QVERIFY(okButton(dialog.buttons())->isEnabled());
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.sentenceLabel()->text().contains(u"Not applied"_s), qPrintable(dialog.sentenceLabel()->text()));
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(document->text(), original);
    delete document;
}

QTEST_MAIN(TestNewReview)
#include "tst_newreview.moc"
