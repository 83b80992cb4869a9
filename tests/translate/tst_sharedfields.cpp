// Shared fields: a rating changed in one language applied to the other through the
// surgical save (rating line, score lines, total; nothing else), after which the site's
// pair check no longer reports a mismatch.
#include "site/siteindex.h"
#include "translate/sharedfields.h"
#include "translatetestutil.h"
#include "validate/sitechecks.h"

#include <QUndoStack>

using namespace Rubric;

class TestSharedFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesTheRatingToTheCounterpartFile_data();
    void appliesTheRatingToTheCounterpartFile();
    void applyingToAnOpenDocumentIsOneUndoStep();
    void sameRatingChangesNothing();

private:
    static QStringList mismatches(const QString &root)
    {
        SiteIndex index(root);
        index.setCacheEnabled(false);
        index.indexNow();
        QStringList paths;
        const auto problems = SiteChecks::check(index);
        for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
            for (const auto &problem : it.value()) {
                if (problem.code == QLatin1String("pair.rating-mismatch"))
                    paths.append(index.records().at(it.key()).path);
            }
        }
        paths.sort();
        return paths;
    }
};

void TestSharedFields::appliesTheRatingToTheCounterpartFile_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("changes");
    QTest::newRow("an ordinary pair") << Test::ierM9() << Test::ierM9Ja()
                                      << Test::list({"9: rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6] -> rating: [3.4, 0.7, 0.8, 0.5, 0.8, 0.6]",
                                                     "33: $$ \\Large \\text{0.3} $$ -> $$ \\Large \\text{0.5} $$"});
    const auto [en, ja] = Test::refOnlyPairs().at(1); // another company folder
    QTest::newRow("a pair only ref links") << en << ja << QStringList();
}

void TestSharedFields::appliesTheRatingToTheCounterpartFile()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QStringList, changes);
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {source, target}));
    // The English cost-performance goes up by 0.2 in the editor and is saved.
    ReviewDocument english;
    QVERIFY(english.load(dir.filePath(source)));
    const int cp = *english.ratings().axis(2);
    QVERIFY(english.setAxis(QStringLiteral("cost_performance"), cp + 2).ok());
    QVERIFY(english.save().ok());
    QCOMPARE(mismatches(dir.path()), QStringList({source, target}));

    const QString before = QString::fromUtf8(Test::readFile(dir.filePath(target)));
    bool changed = false;
    const QString error = SharedFields::applyRatingsToFile(english.ratings(), dir.filePath(target), Schema::builtin(), &changed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(changed);
    const QStringList actual = Test::changedLines(before, QString::fromUtf8(Test::readFile(dir.filePath(target))));
    if (!changes.isEmpty())
        QCOMPARE(actual, changes);
    QCOMPARE(actual.size(), 2); // the rating line and the score line, nothing else
    QCOMPARE(mismatches(dir.path()), QStringList());
}

void TestSharedFields::applyingToAnOpenDocumentIsOneUndoStep()
{
    ReviewDocument japanese;
    QVERIFY(japanese.load(Test::corpusDir() + u'/' + Test::ierM9Ja()));
    Ratings wanted = japanese.ratings();
    wanted.values[1] = 5;  // 0.5 and 0.9 instead of 0.7 and 0.8
    wanted.values[2] = 9;
    const EditOutcome outcome = SharedFields::applyRatings(japanese, wanted);
    QVERIFY2(outcome.ok() && outcome.changed, qPrintable(outcome.error));
    QCOMPARE(japanese.undoStack()->count(), 1);
    QCOMPARE(japanese.ratings().axis(0), 5);
    QCOMPARE(japanese.ratings().axis(1), 9);
    QCOMPARE(japanese.ratings().total(), 32 - 2 + 1);
    japanese.undoStack()->undo();
    QCOMPARE(japanese.toBytes(), Test::readFile(Test::corpusDir() + u'/' + Test::ierM9Ja()));
}

void TestSharedFields::sameRatingChangesNothing()
{
    ReviewDocument japanese;
    QVERIFY(japanese.load(Test::corpusDir() + u'/' + Test::ierM9Ja()));
    ReviewDocument english;
    QVERIFY(english.load(Test::corpusDir() + u'/' + Test::ierM9()));
    QVERIFY(!SharedFields::ratingsDiffer(english.ratings(), japanese.ratings()));
    const EditOutcome outcome = SharedFields::applyRatings(japanese, english.ratings());
    QVERIFY(outcome.ok() && !outcome.changed);
    QCOMPARE(japanese.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestSharedFields)
#include "tst_sharedfields.moc"
