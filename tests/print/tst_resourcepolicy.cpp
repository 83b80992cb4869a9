#include "render/resourcepolicy.h"

#include "testutil.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace Rubric;

// What a rendered review may load: images inside its site, nothing else.
class TestResourcePolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_review;

    QString site() const { return m_dir.path() + QLatin1String("/site"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = site() + QLatin1String("/_products/en/sony");
        QVERIFY(QDir().mkpath(folder + QLatin1String("/img")));
        QVERIFY(QDir().mkpath(site() + QLatin1String("/assets")));
        QImage image(4, 3, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(folder + QLatin1String("/img/a.png")));
        QVERIFY(image.save(site() + QLatin1String("/assets/b.png")));
        QVERIFY(image.save(m_dir.path() + QLatin1String("/secret.png"))); // beside the site, outside it
        QVERIFY(QFile::link(m_dir.path() + QLatin1String("/secret.png"), folder + QLatin1String("/img/link.png")));
        m_review = folder + QLatin1String("/sony-ier-m9.md");
        QVERIFY(Test::writeFile(m_review, "---\nlayout: product\n---\nText\n"));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("verdict");
        const auto row = [](const char *name, const char *url, ResourcePolicy::Verdict verdict) {
            QTest::newRow(name) << QString::fromUtf8(url) << int(verdict);
        };
        using V = ResourcePolicy::Verdict;
        row("image beside the review", "img/a.png", V::Allowed);
        row("image from the site's root", "/assets/b.png", V::Allowed);
        row("climbing inside the site", "../../../assets/b.png", V::Allowed);
        row("http", "http://example.com/a.png", V::Remote);
        row("https", "https://example.com/a.png", V::Remote);
        row("protocol-relative", "//example.com/a.png", V::Remote);
        row("file URL", "file:///etc/passwd", V::OtherScheme);
        row("data URL", "data:image/png;base64,AAAA", V::OtherScheme);
        row("climbing out of the site", "../../../../secret.png", V::OutsideSite);
        row("climbing far out", "../../../../../../../../../../etc/passwd", V::OutsideSite);
        row("root path climbing out", "/../secret.png", V::OutsideSite);
        row("root path is the site's, not the disk's", "/etc/passwd", V::Missing);
        row("link pointing out of the site", "img/link.png", V::OutsideSite);
        row("missing file", "img/none.png", V::Missing);
        row("a folder", "img", V::Missing);
    }

    void resolve()
    {
        QFETCH(QString, url);
        QFETCH(int, verdict);
        const ResourcePolicy policy(m_review);
        QCOMPARE(int(policy.resolve(QUrl(url)).verdict), verdict);
        // Loading agrees with the verdict: an image only where allowed.
        const QVariant loaded = policy.load(QTextDocument::ImageResource, QUrl(url));
        QCOMPARE(loaded.canConvert<QImage>() && !loaded.value<QImage>().isNull(),
                 verdict == int(ResourcePolicy::Verdict::Allowed));
    }

    void onlyImagesAreLoaded()
    {
        const ResourcePolicy policy(m_review);
        QVERIFY(policy.resolve(QUrl(QStringLiteral("img/a.png"))).allowed());
        QVERIFY(!policy.load(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("img/a.png"))).isValid());
        QVERIFY(!policy.load(QTextDocument::HtmlResource, QUrl(QStringLiteral("img/a.png"))).isValid());
    }

    void defaultPolicyRefusesEverything()
    {
        const ResourcePolicy policy;
        QCOMPARE(policy.resolve(QUrl(QStringLiteral("img/a.png"))).verdict, ResourcePolicy::Verdict::NoDocument);
        // An unsaved review (no path) does not get the working folder.
        QDir::setCurrent(site() + QLatin1String("/_products/en/sony"));
        const ResourcePolicy unsaved{QString()};
        QCOMPARE(unsaved.resolve(QUrl(QStringLiteral("img/a.png"))).verdict, ResourcePolicy::Verdict::NoDocument);
    }

    void siteRelativeUrlForAnotherFolder()
    {
        const ResourcePolicy policy(m_review);
        QCOMPARE(policy.siteRelativeUrl(QUrl(QStringLiteral("img/a.png"))), QStringLiteral("/_products/en/sony/img/a.png"));
        QCOMPARE(policy.siteRelativeUrl(QUrl(QStringLiteral("../../../../secret.png"))), QString());
        QVERIFY(QDir().mkpath(site() + QLatin1String("/_companies/en")));
        const ResourcePolicy other(site() + QLatin1String("/_companies/en/sony.md"));
        QVERIFY(other.resolve(QUrl(QStringLiteral("/_products/en/sony/img/a.png"))).allowed());
    }

    // A review outside any site may read its own folder and below, nothing above.
    void reviewOutsideASite()
    {
        const QString folder = m_dir.path() + QLatin1String("/loose");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(site() + QLatin1String("/assets/b.png"), folder + QLatin1String("/b.png")));
        const ResourcePolicy policy(folder + QLatin1String("/review.md"));
        QVERIFY(policy.resolve(QUrl(QStringLiteral("b.png"))).allowed());
        QCOMPARE(policy.resolve(QUrl(QStringLiteral("../secret.png"))).verdict, ResourcePolicy::Verdict::OutsideSite);
    }
};

QTEST_MAIN(TestResourcePolicy)
#include "tst_resourcepolicy.moc"
