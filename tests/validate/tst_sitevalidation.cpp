// SiteValidation on small sites the test writes: every review's own problems, then the
// rules across files, by site-relative path.

#include "document/reviewdocument.h"
#include "schema/schema.h"
#include "site/recordreader.h"
#include "site/reviewtemplate.h"
#include "validate/sitevalidation.h"
#include "validate/validator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Rubric;

class TestSiteValidation final : public QObject
{
    Q_OBJECT

private:
    // Writes a new product review as the schema's template makes it; returns its site path.
    static QString write(const QString &root, const QString &lang, const QString &name, const QString &ref)
    {
        NewReview review;
        review.layout = u"product"_s;
        review.lang = lang;
        review.companyId = u"acme"_s;
        review.name = name;
        review.ref = ref;
        review.date = QDate(2024, 5, 1);
        const ReviewTemplate made(Schema::builtin(), review);
        QString error;
        const QString path = made.create(root, &error);
        if (path.isEmpty())
            qWarning() << error;
        return made.relativePath();
    }

    static ReviewRecords records(const QString &root, const QStringList &sitePaths)
    {
        ReviewRecords result;
        for (const QString &sitePath : sitePaths) {
            ReviewDocument document(Schema::builtin());
            if (document.load(QDir(root).filePath(sitePath)))
                result.append(RecordReader::fromFrontMatter(document.frontMatter(), sitePath, Schema::builtin()));
        }
        return result;
    }

    static QStringList codes(const Problems &problems)
    {
        QStringList result;
        for (const auto &problem : problems)
            result.append(problem.code);
        return result;
    }

private Q_SLOTS:
    // checkFile: the file's own problems and its record, from one read of the file.
    void checkFileGivesTheProblemsAndTheRecord()
    {
        QTemporaryDir site;
        const QString path = write(site.path(), u"en"_s, u"Widget"_s, u"w-1"_s);
        const QString absolute = QDir(site.path()).filePath(path);
        ReviewRecord record;
        const Problems problems = SiteValidation::checkFile(absolute, Schema::builtin(), path, &record);
        QCOMPARE(codes(problems), codes(Validator::validateFile(absolute, Schema::builtin(), path)));
        QCOMPARE(record.path, path);
        QCOMPARE(record.ref, u"w-1"_s);
    }

    void checkFileOfAnUnreadableFileSaysWhyAndHasNoRecord()
    {
        QTemporaryDir site;
        QVERIFY(QDir(site.path()).mkpath(u"folder.md"_s)); // a folder named like a review
        ReviewRecord record;
        const Problems problems = SiteValidation::checkFile(QDir(site.path()).filePath(u"folder.md"_s),
                                                            Schema::builtin(), u"folder.md"_s, &record);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().code.startsWith(u"load."_s), qPrintable(problems.constFirst().code));
        QVERIFY(record.path.isEmpty());
    }

    void pairsAndLoneReviews()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString en = write(dir.path(), u"en"_s, u"Acme One"_s, u"acme-one"_s);
        const QString ja = write(dir.path(), u"ja"_s, u"Acme One"_s, u"acme-one"_s);
        const QString lone = write(dir.path(), u"en"_s, u"Acme Two"_s, u"acme-two"_s);
        const ReviewRecords read = records(dir.path(), {en, ja, lone});
        QCOMPARE(read.size(), 3);

        const SiteValidationResult result = SiteValidation::validate(read, dir.path(), Schema::builtin());
        QCOMPARE(result.files, 3);
        QVERIFY2(codes(result.siteProblems.value(lone)).contains(u"pair.missing"_s), qPrintable(codes(result.siteProblems.value(lone)).join(u' ')));
        QVERIFY(!codes(result.siteProblems.value(en)).contains(u"pair.missing"_s));
        QVERIFY(!codes(result.siteProblems.value(ja)).contains(u"pair.missing"_s));
        // Each file's own problems are the Validator's, against the given schema.
        for (const QString &path : {en, ja, lone}) {
            QCOMPARE(codes(result.fileProblems.value(path)),
                     codes(Validator::validateFile(QDir(dir.path()).filePath(path), Schema::builtin(), path)));
            QCOMPARE(result.count(path), int(result.problemsFor(path).size()));
        }
    }

    void aRefUsedTwiceInOneLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString first = write(dir.path(), u"en"_s, u"Acme One"_s, u"acme-one"_s);
        const QString second = write(dir.path(), u"en"_s, u"Acme Uno"_s, u"acme-uno"_s);
        ReviewRecords read = records(dir.path(), {first, second});
        QCOMPARE(read.size(), 2);
        read[1].ref = read[0].ref; // as if the second file said ref: acme-one
        const SiteValidationResult result = SiteValidation::validate(read, dir.path(), Schema::builtin());
        QVERIFY(codes(result.siteProblems.value(first)).contains(u"ref.duplicate"_s));
        QVERIFY(codes(result.siteProblems.value(second)).contains(u"ref.duplicate"_s));
    }

    void anEmptySiteHasNoProblems()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const SiteValidationResult result = SiteValidation::validate({}, dir.path(), Schema::builtin());
        QCOMPARE(result.files, 0);
        QCOMPARE(result.total(), 0);
    }

    void theAsyncResultIsTheSame()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString lone = write(dir.path(), u"ja"_s, u"Acme Three"_s, u"acme-three"_s);
        const ReviewRecords read = records(dir.path(), {lone});
        auto future = SiteValidation::validateAsync(read, dir.path(), Schema::builtin());
        future.waitForFinished();
        const SiteValidationResult sync = SiteValidation::validate(read, dir.path(), Schema::builtin());
        QCOMPARE(future.result().total(), sync.total());
        QCOMPARE(codes(future.result().problemsFor(lone)), codes(sync.problemsFor(lone)));
    }
};

QTEST_GUILESS_MAIN(TestSiteValidation)
#include "tst_sitevalidation.moc"
