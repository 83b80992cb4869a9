// The site edit preview dialog (issue 17) on a small copy of the corpus.
#include "edit/siteedit.h"
#include "edit/sitepreviewmodel.h"
#include "schema/schema.h"
#include "recovery/diffview.h"
#include "site/sitetestutil.h"
#include "siteedit/sitepreviewdialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;

class TestSitePreviewDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEachFilesDiffAndAppliesOnlyWhenAsked()
    {
        QTemporaryDir dir;
        QVERIFY(Test::copyReviews(dir.path(), Test::smallSite));
        const SitePreview preview = SiteEdit::preview(dir.path(), Test::smallSite,
                                                      {SiteChange::renameTags({QStringLiteral("Sony")}, QStringLiteral("SONY"))},
                                                      Schema::builtin());
        QCOMPARE(preview.changeCount(), 1); // only the English IER-M9 has the tag "Sony"
        SitePreviewDialog dialog(preview);
        dialog.show();
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.diffView()->changeCount(), 2); // the tags line, removed and added
        QVERIFY(dialog.diffView()->toPlainText().contains(QLatin1String("SONY")));
        QPushButton *apply = dialog.buttons()->button(QDialogButtonBox::Apply);
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // The dialog only decides; nothing was written.
        QCOMPARE(Test::readFile(dir.path() + u'/' + Test::smallSite.at(2)),
                 Test::readFile(Test::corpusDir() + u'/' + Test::smallSite.at(2)));
    }

    void nothingToApply()
    {
        QTemporaryDir dir;
        QVERIFY(Test::copyReviews(dir.path(), Test::smallSite));
        SitePreviewDialog dialog(SiteEdit::preview(dir.path(), Test::smallSite,
                                                   {SiteChange::removeTag(QStringLiteral("No such tag"))}, Schema::builtin()));
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Apply)->isEnabled());
        dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestSitePreviewDialog)
#include "tst_sitepreviewdialog.moc"
