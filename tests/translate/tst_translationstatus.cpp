// Translation status: per item from the texts and the record, per pair over the whole
// corpus (the reviews without a translation, the pairs only `ref` links, the two real
// unfinished translations), and "outdated" after an edit of the source made outside
// Rubric.
#include "site/siteindex.h"
#include "translate/reviewsections.h"
#include "translate/reviewtext.h"
#include "translate/translationpairs.h"
#include "translate/translationstatus.h"
#include "translatetestutil.h"

#include <QRegularExpression>

#include <numeric>

using namespace Rubric;

class TestTranslationStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusPairs_data();
    void corpusPairs();
    void refOnlyPairsAreFound();
    void itemStates_data();
    void itemStates();
    void outdatedAfterAnEditOutsideRubric();

private:
    QList<TranslationPair> m_pairs;
};

void TestTranslationStatus::initTestCase()
{
    SiteIndex index(Test::corpusDir());
    index.setCacheEnabled(false);
    index.indexNow();
    m_pairs = TranslationPairs::scan(index, TranslationRecord());
}

void TestTranslationStatus::corpusPairs_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("sources");
    QTest::newRow("reviews without a translation") << QStringLiteral("missing") << Test::orphans();
    // A summary left in English, and a translation lacking the source's last section.
    QTest::newRow("unfinished translations")
        << QStringLiteral("untranslated")
        << QStringList{QStringLiteral("_products/en/heartfield/heartfield-blanc.md"),
                       QStringLiteral("_products/en/marantz/marantz-model-m1.md")};
    QTest::newRow("nothing outdated without a record") << QStringLiteral("outdated") << QStringList();
}

void TestTranslationStatus::corpusPairs()
{
    QFETCH(QString, state);
    QFETCH(QStringList, sources);
    QStringList actual;
    int done = 0;
    for (const auto &pair : std::as_const(m_pairs)) {
        QVERIFY2(pair.error.isEmpty(), qPrintable(pair.error));
        if (TranslationStatus::stateId(pair.state) == state)
            actual.append(pair.source);
        done += pair.state == TranslationState::Done ? 1 : 0;
    }
    actual.sort();
    QCOMPARE(actual, sources);
    // 3,804 pairs and 3 reviews alone: the rest are done.
    QCOMPARE(m_pairs.size(), 3807);
    QCOMPARE(done, 3807 - 3 - 2);
}

void TestTranslationStatus::refOnlyPairsAreFound()
{
    for (const auto &[en, ja] : Test::refOnlyPairs()) {
        const auto found = std::find_if(m_pairs.cbegin(), m_pairs.cend(), [&](const TranslationPair &p) { return p.source == en; });
        QVERIFY2(found != m_pairs.cend(), qPrintable(en));
        QCOMPARE(found->target, ja);
        QCOMPARE(found->state, TranslationState::Done);
        // Every item (4 fields, 7 sections and any extras) is done.
        QVERIFY(found->counts[int(TranslationState::Done)] >= 11);
        QCOMPARE(found->counts[int(TranslationState::Done)],
                 std::accumulate(found->counts.cbegin(), found->counts.cend(), 0));
    }
    const auto states = TranslationPairs::statesByPath(m_pairs);
    QCOMPARE(states.value(QStringLiteral("_products/ja/juice-hifi/juice-hifi-audiolense-xo.md")), TranslationState::Missing);
    QCOMPARE(states.value(QStringLiteral("_products/ja/heartfield/heartfield-blanc.md")), TranslationState::Untranslated);
    QCOMPARE(states.value(QStringLiteral("_products/ja/musica/paltauf-hpa-100.md")), TranslationState::Done);
}

void TestTranslationStatus::itemStates_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("change");    // what is done to the translation
    QTest::addColumn<QString>("recorded");  // what the record says: "", "current", "old"
    QTest::addColumn<QString>("state");
    QTest::newRow("a translated section") << QStringLiteral("overview") << QString() << QString() << QStringLiteral("done");
    QTest::newRow("a section marked done") << QStringLiteral("overview") << QString() << QStringLiteral("current") << QStringLiteral("done");
    QTest::newRow("a section marked done at an older source")
        << QStringLiteral("overview") << QString() << QStringLiteral("old") << QStringLiteral("outdated");
    QTest::newRow("a section still holding the source")
        << QStringLiteral("advice") << QStringLiteral("copy-section") << QString() << QStringLiteral("untranslated");
    QTest::newRow("a copied section marked done") << QStringLiteral("advice") << QStringLiteral("copy-section")
                                                  << QStringLiteral("current") << QStringLiteral("done");
    QTest::newRow("a section the translation lacks")
        << QStringLiteral("advice") << QStringLiteral("drop-section") << QString() << QStringLiteral("missing");
    QTest::newRow("a summary still in the source language")
        << QStringLiteral("summary") << QStringLiteral("copy-summary") << QString() << QStringLiteral("untranslated");
    QTest::newRow("a name the same in both languages")
        << QStringLiteral("target_name") << QString() << QString() << QStringLiteral("done");
    QTest::newRow("a name marked done at an older source")
        << QStringLiteral("target_name") << QString() << QStringLiteral("old") << QStringLiteral("outdated");
}

void TestTranslationStatus::itemStates()
{
    QFETCH(QString, item);
    QFETCH(QString, change);
    QFETCH(QString, recorded);
    QFETCH(QString, state);
    const ReviewText source = ReviewText::fromText(QString::fromUtf8(Test::readFile(Test::corpusDir() + u'/' + Test::ierM9())));
    QString target = QString::fromUtf8(Test::readFile(Test::corpusDir() + u'/' + Test::ierM9Ja()));
    const qsizetype advice = target.indexOf(QStringLiteral("\n## ")+ Test::s("アドバイス"));
    if (change == QLatin1String("copy-section"))
        target = target.first(advice) + QStringLiteral("\n## ") + Test::s("アドバイス")
                 + source.text.sliced(source.text.indexOf(QLatin1String("\n## Advice")) + 10);
    else if (change == QLatin1String("drop-section"))
        target = target.first(advice + 1);
    else if (change == QLatin1String("copy-summary"))
        target.replace(QRegularExpression(QStringLiteral("\nsummary: .*\n")), QLatin1Char('\n') + source.text.split(u'\n').at(10) + u'\n');
    const ReviewText translation = ReviewText::fromText(target);

    // The hash of the item as it stands, to record it as current or as something older.
    const auto items = TranslationStatus::items(source, translation, Schema::builtin(), nullptr);
    const auto found = std::find_if(items.cbegin(), items.cend(), [&](const TranslationItem &i) { return i.id == item; });
    QVERIFY(found != items.cend());
    TranslationRecord::Entry entry;
    auto &map = found->kind == TranslationItem::Kind::Field ? entry.fields : entry.sections;
    if (recorded == QLatin1String("current"))
        map.insert(item, found->sourceHash);
    else if (recorded == QLatin1String("old"))
        map.insert(item, ReviewSections::hash(QStringLiteral("an older source text")));
    for (const auto &i : TranslationStatus::items(source, translation, Schema::builtin(), &entry)) {
        if (i.id == item)
            QCOMPARE(TranslationStatus::stateId(i.state), state);
    }
}

void TestTranslationStatus::outdatedAfterAnEditOutsideRubric()
{
    QTemporaryDir dir;
    QVERIFY(Test::copyToSite(dir.path(), {Test::ierM9(), Test::ierM9Ja()}));
    // Marked done at the source as it is now (what the side-by-side view does).
    const ReviewText source = ReviewText::fromText(QString::fromUtf8(Test::readFile(dir.filePath(Test::ierM9()))));
    const ReviewText target = ReviewText::fromText(QString::fromUtf8(Test::readFile(dir.filePath(Test::ierM9Ja()))));
    QString error;
    QVERIFY(TranslationRecord::update(dir.path(), [&](TranslationRecord &record) {
        for (const auto &item : TranslationStatus::items(source, target, Schema::builtin(), nullptr)) {
            if (item.kind == TranslationItem::Kind::Section)
                record.setSectionDone(Test::ierM9Ja(), item.id, item.sourceHash);
        }
    }, &error));
    const auto stateAfter = [&] {
        SiteIndex index(dir.path());
        index.setCacheEnabled(false);
        index.indexNow();
        QString why;
        const auto record = TranslationRecord::load(dir.path(), &why);
        const QList<TranslationPair> pairs = TranslationPairs::scan(index, *record);
        return pairs.size() == 1 ? pairs.constFirst() : TranslationPair();
    };
    QCOMPARE(stateAfter().state, TranslationState::Done);
    // Another editor changes a sentence of the English Technology Level and a score line
    // (a rating is shared, not translated): one section is outdated, no other.
    QByteArray bytes = Test::readFile(dir.filePath(Test::ierM9()));
    bytes.replace("deserve high technical evaluation", "deserve a high technical evaluation");
    bytes.replace("$$ \\Large \\text{0.7} $$", "$$ \\Large \\text{0.6} $$");
    QVERIFY(Test::writeFile(dir.filePath(Test::ierM9()), bytes));
    const TranslationPair pair = stateAfter();
    QCOMPARE(pair.state, TranslationState::Outdated);
    QCOMPARE(pair.counts[int(TranslationState::Outdated)], 1);
}

QTEST_GUILESS_MAIN(TestTranslationStatus)
#include "tst_translationstatus.moc"
