// Creating a translation: for each review without one in the corpus, the counterpart at
// the schema's path with only lang, permalink, title suffix and headings changed, valid
// for the site, untranslated section by section, its price flagged by the site's pair
// check; never over an existing file.
#include "site/siteindex.h"
#include "translate/reviewtext.h"
#include "translate/translationcreator.h"
#include "translate/translationpairs.h"
#include "translate/translationrecord.h"
#include "translatetestutil.h"
#include "validate/sitechecks.h"
#include "validate/validator.h"

using namespace Rubric;

class TestTranslationCreator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheCounterpartOfEachOrphan_data();
    void createsTheCounterpartOfEachOrphan();
    void neverOverwrites();
    void refusesAnUnknownLanguage();
    void refusesARefThatIsNotAFileName_data();
    void refusesARefThatIsNotAFileName();
    void refusesACompanyFolderLinkedOutsideTheSite();
};

namespace {

const QString radius = QStringLiteral("_products/en/radius/radius-hp-w100.md");

// Copies the radius review into `root` with `ref` in place of its own.
bool copyWithRef(const QString &root, const QString &ref)
{
    if (!Test::copyToSite(root, {radius}))
        return false;
    QString text = QString::fromUtf8(Test::readFile(root + u'/' + radius));
    text.replace(QStringLiteral("\nref: radius-hp-w100\n"), QStringLiteral("\nref: ") + ref + u'\n');
    QFile file(root + u'/' + radius);
    return text.contains(QStringLiteral("\nref: ") + ref + u'\n') && file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(text.toUtf8()) > 0;
}

} // namespace

void TestTranslationCreator::createsTheCounterpartOfEachOrphan_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QStringList>("expectedChanges"); // front-matter lines, then headings
    QTest::newRow("an English product into Japanese")
        << QStringLiteral("_products/en/radius/radius-hp-w100.md") << QStringLiteral("ja")
        << QStringLiteral("_products/ja/radius/radius-hp-w100.md")
        << Test::list({"3: title: \"Radius HP-W100 Product Review\" -> title: \"Radius HP-W100 製品レビュー\"",
                       "6: lang: en -> lang: ja",
                       "13: permalink: /products/en/radius-hp-w100/ -> permalink: /products/ja/radius-hp-w100/",
                       "15: ## Overview -> ## 概要", "19: ## Scientific Validity -> ## 科学的有効性",
                       "25: ## Technology Level -> ## 技術レベル", "31: ## Cost-Performance -> ## コストパフォーマンス",
                       "40: ## Reliability & Support -> ## 信頼性・サポート",
                       "46: ## Rationality of Design Philosophy -> ## 設計思想の合理性", "52: ## Advice -> ## アドバイス"});
    QTest::newRow("another English product into Japanese")
        << QStringLiteral("_products/en/teac/teac-vrds-701.md") << QStringLiteral("ja")
        << QStringLiteral("_products/ja/teac/teac-vrds-701.md") << QStringList();
    QTest::newRow("a Japanese product into English")
        << QStringLiteral("_products/ja/juice-hifi/juice-hifi-audiolense-xo.md") << QStringLiteral("en")
        << QStringLiteral("_products/en/juice-hifi/juice-hifi-audiolense-xo.md") << QStringList();
}

void TestTranslationCreator::createsTheCounterpartOfEachOrphan()
{
    QFETCH(QString, source);
    QFETCH(QString, lang);
    QFETCH(QString, expectedPath);
    QFETCH(QStringList, expectedChanges);
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {source}));
    const CreateOutcome outcome = TranslationCreator::create(dir.filePath(source), lang, Schema::builtin());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.path, dir.filePath(expectedPath));
    // The price is still in the source's currency: said, and flagged by the pair check.
    QCOMPARE(outcome.notes.size(), 1);
    QVERIFY2(outcome.notes.constFirst().contains(QLatin1String("price")), qPrintable(outcome.notes.constFirst()));

    const QString before = QString::fromUtf8(Test::readFile(dir.filePath(source)));
    const QString after = QString::fromUtf8(Test::readFile(outcome.path));
    const QStringList changes = Test::changedLines(before, after);
    if (!expectedChanges.isEmpty())
        QCOMPARE(changes, expectedChanges);
    // Whatever the file: 3 front-matter lines and the 7 headings, nothing else (ratings,
    // price, date, score lines, end date and body as they were).
    QCOMPARE(changes.size(), 10);
    const ReviewText review = ReviewText::fromText(after);
    QCOMPARE(review.lang(), lang);
    QCOMPARE(review.frontMatter.value(QStringLiteral("rating")),
             ReviewText::fromText(before).frontMatter.value(QStringLiteral("rating")));

    // Valid for the site on its own, but for what an untranslated copy of a Japanese
    // body must say in English: its yen prices (until translated).
    for (const auto &problem : Validator::validateFile(outcome.path, Schema::builtin(), expectedPath, QDate(2026, 1, 1))) {
        const bool yenInEnglish = lang == QLatin1String("en") && problem.code == QLatin1String("body.foreign-price");
        QVERIFY2(!problem.isError() || yenInEnglish, qPrintable(problem.code + u' ' + problem.message));
    }
    // ... and across files only the price is reported, until it is converted.
    SiteIndex index(dir.path());
    index.setCacheEnabled(false);
    index.indexNow();
    QStringList codes;
    for (const auto &found : SiteChecks::check(index))
        for (const auto &problem : found)
            codes.append(problem.code);
    QCOMPARE(codes, QStringList({QStringLiteral("pair.price-ratio"), QStringLiteral("pair.price-ratio")}));

    // The record names the source; every section is untranslated.
    QString error;
    const auto record = TranslationRecord::load(dir.path(), &error);
    QVERIFY(record);
    QCOMPARE(record->sourceOf(expectedPath), source);
    const QList<TranslationPair> pairs = TranslationPairs::scan(index, *record);
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.constFirst().source, source);
    QCOMPARE(pairs.constFirst().state, TranslationState::Untranslated);
    int sections = 0;
    for (const auto &heading : review.outline.headings())
        sections += heading.level == 2 ? 1 : 0;
    QVERIFY(sections >= 7);
    // Every section (the extras too: their headings are still the source's) and the summary.
    QCOMPARE(pairs.constFirst().counts[int(TranslationState::Untranslated)], sections + 1);
    QCOMPARE(pairs.constFirst().counts[int(TranslationState::Done)], 3); // title, name and tags
}

void TestTranslationCreator::neverOverwrites()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    const QByteArray existing = Test::readFile(dir.filePath(Test::ierM9Ja()));
    const CreateOutcome outcome = TranslationCreator::create(dir.filePath(Test::ierM9()), QStringLiteral("ja"), Schema::builtin());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(QLatin1String("already exists")), qPrintable(outcome.error));
    QCOMPARE(Test::readFile(dir.filePath(Test::ierM9Ja())), existing);
    QVERIFY(!QFile::exists(TranslationRecord::pathFor(dir.path())));
}

void TestTranslationCreator::refusesAnUnknownLanguage()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9()}));
    for (const auto &lang : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const CreateOutcome outcome = TranslationCreator::create(dir.filePath(Test::ierM9()), lang, Schema::builtin());
        QVERIFY(!outcome.ok());
    }
    QCOMPARE(QDir(dir.filePath(QStringLiteral("_products"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("en")});
}

void TestTranslationCreator::refusesARefThatIsNotAFileName_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a ref climbing out of the site") << QStringLiteral("../../../../../escaped") << false;
    QTest::newRow("a ref climbing into a sibling folder") << QStringLiteral("../sony/escaped") << false;
    QTest::newRow("a ref with a slash") << QStringLiteral("radius/hp-w100") << false;
    QTest::newRow("a ref with a backslash") << QStringLiteral("radius\\hp-w100") << false;
    QTest::newRow("a ref of two dots") << QStringLiteral("..") << false;
    QTest::newRow("a ref with uppercase letters") << QStringLiteral("radius-HP-W100") << true;
}

void TestTranslationCreator::refusesARefThatIsNotAFileName()
{
    QFETCH(QString, ref);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("site"));
    QVERIFY(copyWithRef(root, ref));
    const CreateOutcome outcome = TranslationCreator::create(root + u'/' + radius, QStringLiteral("ja"), Schema::builtin());
    QCOMPARE(outcome.ok(), accepted);
    // Nothing anywhere but the source, unless accepted: then the translation at its place.
    QStringList written;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        written.append(QDir(dir.path()).relativeFilePath(it.next()));
    written.sort();
    QStringList expected{QStringLiteral("site/") + radius};
    if (accepted) {
        expected.append(QStringLiteral("site/_products/ja/radius/") + ref + QLatin1String(".md"));
        expected.append(QStringLiteral("site/rubric-translations.yml"));
        expected.sort();
        QCOMPARE(outcome.path, root + QLatin1String("/_products/ja/radius/") + ref + QLatin1String(".md"));
    } else {
        QVERIFY2(outcome.error.contains(ref), qPrintable(outcome.error));
    }
    QCOMPARE(written, expected);
}

void TestTranslationCreator::refusesACompanyFolderLinkedOutsideTheSite()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("site"));
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(Test::copyToSite(root, {radius}));
    QVERIFY(QDir().mkpath(elsewhere) && QDir().mkpath(root + QLatin1String("/_products/ja")));
    QVERIFY(QFile::link(elsewhere, root + QLatin1String("/_products/ja/radius")));
    const CreateOutcome outcome = TranslationCreator::create(root + u'/' + radius, QStringLiteral("ja"), Schema::builtin());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(QLatin1String("outside the site")), qPrintable(outcome.error));
    QCOMPARE(QDir(elsewhere).entryList(QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestTranslationCreator)
#include "tst_translationcreator.moc"
