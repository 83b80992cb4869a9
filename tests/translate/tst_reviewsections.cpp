// Section alignment of a review and its translation: sections pair by their position in
// the schema's section list whatever their headings say, extra sections by their order;
// the text translation compares leaves the score lines and the end date out.
#include "schema/schema.h"
#include "translate/reviewsections.h"
#include "translate/reviewtext.h"
#include "translatetestutil.h"

using namespace Rubric;

class TestReviewSections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignsCorpusPairs_data();
    void alignsCorpusPairs();
    void alignsByPositionNotText();
    void normalizedTextLeavesRatingAndDateOut();
    void hashIsStableAndSensitive();

private:
    static ReviewText read(const QString &sitePath)
    {
        QString error;
        const auto review = ReviewText::read(Test::corpusDir() + u'/' + sitePath, &error);
        return review ? *review : ReviewText();
    }
};

void TestReviewSections::alignsCorpusPairs_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("targetHeadings");
    const QStringList required = {QStringLiteral("overview"), QStringLiteral("scientific_validity"),
                                  QStringLiteral("technology_level"), QStringLiteral("cost_performance"),
                                  QStringLiteral("reliability_support"), QStringLiteral("design_rationality"),
                                  QStringLiteral("advice")};
    const QStringList ja = Test::list({"概要", "科学的有効性", "技術レベル", "コストパフォーマンス", "信頼性・サポート",
                                       "設計思想の合理性", "アドバイス"});
    QTest::newRow("an ordinary pair") << QStringLiteral("_products/en/sony/sony-ier-m9.md")
                                      << QStringLiteral("_products/ja/sony/sony-ier-m9.md") << required << ja;
    QTest::newRow("a pair with references") << QStringLiteral("_products/en/zoom/zoom-ams-24.md")
                                            << QStringLiteral("_products/ja/zoom/zoom-ams-24.md")
                                            << required + QStringList{QStringLiteral("extra-1")}
                                            << ja + Test::list({"参考情報"});
    // The translation lacks the second extra section (Review Date).
    QTest::newRow("a translation missing an extra section")
        << QStringLiteral("_products/en/marantz/marantz-model-m1.md") << QStringLiteral("_products/ja/marantz/marantz-model-m1.md")
        << required + QStringList{QStringLiteral("extra-1"), QStringLiteral("extra-2")}
        << ja + Test::list({"補足情報", ""});
    for (const auto &[en, jaPath] : Test::refOnlyPairs()) {
        const ReviewText source = read(en);
        QStringList ids = required;
        int extra = 0;
        for (const auto &heading : source.outline.headings()) {
            if (heading.level == 2 && !QStringList({QStringLiteral("Overview"), QStringLiteral("Scientific Validity"),
                                                    QStringLiteral("Technology Level"), QStringLiteral("Cost-Performance"),
                                                    QStringLiteral("Reliability & Support"),
                                                    QStringLiteral("Rationality of Design Philosophy"),
                                                    QStringLiteral("Advice")}).contains(heading.text))
                ids.append(QStringLiteral("extra-%1").arg(++extra));
        }
        QStringList headings = ja;
        for (int i = 0; i < extra; ++i)
            headings.append(QStringLiteral("*"));
        QTest::newRow(qPrintable(QStringLiteral("only ref links %1").arg(en))) << en << jaPath << ids << headings;
    }
}

void TestReviewSections::alignsCorpusPairs()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, targetHeadings);
    const ReviewText from = read(source);
    const ReviewText to = read(target);
    QVERIFY(!from.text.isEmpty() && !to.text.isEmpty());
    const auto aligned = ReviewSections::align(from, to, Schema::builtin());
    QStringList actualIds, actualHeadings;
    for (const auto &section : aligned) {
        actualIds.append(section.id);
        QCOMPARE(section.source.id, section.id);
        QVERIFY(section.source.exists());
        const bool any = targetHeadings.value(actualHeadings.size()) == QLatin1String("*");
        actualHeadings.append(any && section.target.exists() ? QStringLiteral("*") : section.target.headingText);
        if (section.target.exists()) // the content stands between its heading and the next section
            QVERIFY(section.target.contentStart > section.target.headingStart
                    && section.target.contentEnd >= section.target.contentStart);
    }
    QCOMPARE(actualIds, ids);
    QCOMPARE(actualHeadings, targetHeadings);
}

void TestReviewSections::alignsByPositionNotText()
{
    // An English heading left in a Japanese review does not make it the English section:
    // only the schema's heading for the review's language counts.
    const QString text = QStringLiteral("---\nlang: ja\n---\n## 概要\n\nA\n\n## Technology Level\n\nB\n");
    const auto sections = ReviewSections::of(ReviewText::fromText(text), Schema::builtin());
    QCOMPARE(sections.at(0).id, QStringLiteral("overview"));
    QVERIFY(sections.at(0).exists());
    QCOMPARE(sections.at(2).id, QStringLiteral("technology_level"));
    QVERIFY(!sections.at(2).exists());
    QCOMPARE(sections.constLast().id, QStringLiteral("extra-1"));
    QCOMPARE(sections.constLast().headingText, QStringLiteral("Technology Level"));
}

void TestReviewSections::normalizedTextLeavesRatingAndDateOut()
{
    const QString text = QStringLiteral("---\nlang: en\n---\n## Technology Level\r\n\r\n$$ \\Large \\text{0.8} $$\r\n\r\n"
                                        "First line.   \r\nSecond.\r\n\r\n\r\n\r\n- item\r\n\r\n(2025.8.7)\r\n\r\n");
    const auto sections = ReviewSections::of(ReviewText::fromText(text), Schema::builtin());
    const ReviewSection &section = sections.at(2);
    QVERIFY(section.exists());
    QCOMPARE(ReviewSections::normalizedText(text, section), QStringLiteral("First line.\nSecond.\n\n- item"));
}

void TestReviewSections::hashIsStableAndSensitive()
{
    const QString hash = ReviewSections::hash(QStringLiteral("A paragraph."));
    QCOMPARE(hash.size(), 40);
    QCOMPARE(hash, ReviewSections::hash(QStringLiteral("A paragraph.")));
    QVERIFY(hash != ReviewSections::hash(QStringLiteral("A paragraph!")));
    // SHA-1 of the UTF-8 bytes, as any other tool would compute it.
    QCOMPARE(ReviewSections::hash(QStringLiteral("abc")), QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d"));
}

QTEST_GUILESS_MAIN(TestReviewSections)
#include "tst_reviewsections.moc"
