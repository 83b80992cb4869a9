// SiteRoot::find on small folders the test writes: the nearest folder with a
// rubric-schema.yml or a built-in layout folder, and that site's schema.

#include "schema/schema.h"
#include "site/siteroot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Rubric;

class TestSiteRoot final : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &bytes)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void aReviewDeepInALayoutFolderIsInItsSite()
    {
        QTemporaryDir dir;
        const QString review = dir.filePath(u"site/_products/en/acme/widget.md"_s);
        write(review, "---\n---\n");
        const SiteRoot site = SiteRoot::find(review);
        QCOMPARE(site.root, QDir::cleanPath(dir.filePath(u"site"_s)));
        QVERIFY(site.error.isEmpty());
        // From a folder of the site, and from the site folder itself.
        QCOMPARE(SiteRoot::find(dir.filePath(u"site/_products/en"_s)).root, site.root);
        QCOMPARE(SiteRoot::find(dir.filePath(u"site"_s)).root, site.root);
    }

    void aSchemaFileMakesASiteWithoutBuiltInLayouts()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"site/"_s + Schema::overrideFileName()), "{}\n");
        write(dir.filePath(u"site/elsewhere/en/a.md"_s), "---\n---\n");
        QCOMPARE(SiteRoot::find(dir.filePath(u"site/elsewhere/en/a.md"_s)).root, QDir::cleanPath(dir.filePath(u"site"_s)));
    }

    void aBadSchemaFileIsReportedAndTheBuiltInOneUsed()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"site/"_s + Schema::overrideFileName()), "layouts: [\n");
        const SiteRoot site = SiteRoot::find(dir.filePath(u"site"_s));
        QVERIFY(site.found());
        QVERIFY2(site.error.contains(Schema::overrideFileName()), qPrintable(site.error));
        QCOMPARE(site.schema.layouts().size(), Schema::builtin().layouts().size());
    }

    void aFileOutsideAnySiteHasNone()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"loose/review.md"_s), "---\n---\n");
        const SiteRoot site = SiteRoot::find(dir.filePath(u"loose/review.md"_s));
        QVERIFY(!site.found());
        QCOMPARE(site.schema.layouts().size(), Schema::builtin().layouts().size());
    }
};

QTEST_GUILESS_MAIN(TestSiteRoot)
#include "tst_siteroot.moc"
