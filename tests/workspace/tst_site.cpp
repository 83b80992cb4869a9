#include "workspace/site.h"
#include "workspace/workspace.h"
#include "workspacetestutil.h"

#include "document/textedit.h"
#include "site/siteindex.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;

class tst_Site final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pathsAreSiteRelative();
    void checkFindsProblemsAndTranslationStates();
    void savedReviewsAreRecheckedInOneBatch();
    void brokenRecordIsReported();

private:
    Site *openChecked(Workspace &workspace);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Site::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(Test::writePairs(m_dir->path(), {"a1", "a2"}));
    // An English review without a translation, with a wrong total.
    QVERIFY(Test::writeSiteFile(m_dir->path(), Test::productPath(u"en"_qs, u"o1"_qs),
                                Test::productReview("en", "o1", "Alone.")
                                    .replace("rating: [2.5,", "rating: [3.5,")));
}

Site *tst_Site::openChecked(Workspace &workspace)
{
    Site *site = workspace.openSite(m_dir->path());
    QSignalSpy checked(site, &Site::checked);
    if (!site->isChecked() && !checked.wait(20000))
        return nullptr;
    return site;
}

void tst_Site::pathsAreSiteRelative()
{
    Site site(m_dir->path() + u"/."_qs);
    const QString root = QDir::cleanPath(m_dir->path());
    QCOMPARE(site.root(), root);
    QVERIFY(site.contains(root + u"/_products/en/acme/a1.md"_qs));
    QVERIFY(!site.contains(root + u"-other/a.md"_qs));
    QVERIFY(!site.contains(root));
    QCOMPARE(site.sitePath(root + u"/_products/en/acme/a1.md"_qs), u"_products/en/acme/a1.md"_qs);
    QCOMPARE(site.absolutePath(u"_products/en/acme/a1.md"_qs), root + u"/_products/en/acme/a1.md"_qs);
    QVERIFY(!site.isChecked());
    QVERIFY(site.index()->records().isEmpty()); // nothing read before start()
}

void tst_Site::checkFindsProblemsAndTranslationStates()
{
    Workspace workspace;
    Site *site = openChecked(workspace);
    QVERIFY(site);
    QCOMPARE(site->index()->records().size(), 5);

    const QString a1en = Test::productPath(u"en"_qs, u"a1"_qs);
    const QString a1ja = Test::productPath(u"ja"_qs, u"a1"_qs);
    const QString o1 = Test::productPath(u"en"_qs, u"o1"_qs);
    QCOMPARE(site->problemCounts().size(), 5);
    QCOMPARE(site->problemCounts().value(a1en, -1), 0);
    QCOMPARE(site->problemCounts().value(a1ja, -1), 0);
    // Its own (the total) and across the site (no translation).
    QVERIFY(site->problemCounts().value(o1) >= 2);
    QStringList acrossCodes;
    for (const Problem &problem : site->siteProblems(site->absolutePath(o1)))
        acrossCodes.append(problem.code);
    QVERIFY2(acrossCodes.contains(u"pair.missing"_qs), qPrintable(acrossCodes.join(u' ')));
    QVERIFY(site->siteProblems(site->absolutePath(a1en)).isEmpty());

    // Translated outside Rubric: done; the orphan's translation is missing.
    QCOMPARE(site->translationStates().value(a1en), TranslationState::Done);
    QCOMPARE(site->translationStates().value(a1ja), TranslationState::Done);
    QCOMPARE(site->translationStates().value(o1, TranslationState::Done), TranslationState::Missing);
}

void tst_Site::savedReviewsAreRecheckedInOneBatch()
{
    Workspace workspace;
    Site *site = openChecked(workspace);
    QVERIFY(site);
    // Two translations get their source's Overview pasted in: untranslated again.
    QList<ReviewDocument *> documents;
    for (const QString &ref : {u"a1"_qs, u"a2"_qs}) {
        ReviewDocument *document = workspace.open(site->absolutePath(Test::productPath(u"ja"_qs, ref))).document;
        QVERIFY(document);
        const QString pasted = QString::fromUtf8(
            Test::productReview("ja", ref.toUtf8(), "An overview of " + ref.toUtf8() + "."));
        QVERIFY(document->replaceText({differenceOf(document->text(), pasted)}, u"paste"_qs).changed);
        documents.append(document);
    }
    QSignalSpy states(site, &Site::translationStatesChanged);
    QSignalSpy counts(site, &Site::problemCountChanged);
    for (ReviewDocument *document : documents)
        QVERIFY(workspace.save(document).ok());

    // Both saves (as a pull's many changes) arrive as one batch.
    QTRY_COMPARE_WITH_TIMEOUT(states.size(), 1, 20000);
    const auto changed = states.constFirst().constFirst().value<QHash<QString, TranslationState>>();
    QCOMPARE(changed.size(), 4);
    for (const QString &ref : {u"a1"_qs, u"a2"_qs}) {
        QCOMPARE(changed.value(Test::productPath(u"en"_qs, ref)), TranslationState::Untranslated);
        QCOMPARE(site->translationStates().value(Test::productPath(u"ja"_qs, ref)), TranslationState::Untranslated);
    }
    QTRY_COMPARE(counts.size(), 2);
    QVERIFY(!QTest::qWaitFor([&] { return states.size() > 1; }, 200)); // and only one
}

void tst_Site::brokenRecordIsReported()
{
    QVERIFY(Test::writeFile(m_dir->filePath(u"rubric-translations.yml"_qs), "translations: [\n"));
    Site site(m_dir->path());
    QVERIFY2(site.recordError().contains(m_dir->filePath(u"rubric-translations.yml"_qs)),
             qPrintable(site.recordError()));
    QVERIFY(site.schemaError().isEmpty());
    QString error;
    QVERIFY(!site.reloadTranslationRecord(&error));
    QVERIFY2(error.contains(m_dir->filePath(u"rubric-translations.yml"_qs)), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Site)
#include "tst_site.moc"
