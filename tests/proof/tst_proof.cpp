#include "proof/proofreader.h"
#include "proof/sitedictionary.h"

#include "schema/schema.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;
using namespace Rubric::Test;

namespace {

bool put(const QString &path, const QByteArray &bytes)
{
    return QDir().mkpath(QFileInfo(path).path()) && writeFile(path, bytes);
}

QByteArray review(const QString &lang, const QString &body, const QString &price)
{
    return QStringLiteral("---\nlayout: product\ntitle: \"Acme Zorblax ZX1 %1\"\ntarget_name: \"Acme Zorblax ZX1\"\n"
                          "company_id: acme\nlang: %2\nref: acme-zx1\ndate: 2025-08-07\nrating: [1.0, 0.2, 0.2, 0.2, 0.2, 0.2]\n"
                          "price: %3\nsummary: \"x\"\ntags: [Flurbonic drivers, Acme]\npermalink: /products/%2/acme-zx1/\n---\n")
               .arg(lang == u"en" ? QStringLiteral("Product Review") : QStringLiteral("製品レビュー"), lang, price)
               .toUtf8()
        + body.toUtf8();
}

// Finds a finding of `code` at line:column, or fails.
bool has(const ProofFindings &findings, const QString &code, int line, int column)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const ProofFinding &f) {
        return f.problem.code == code && f.problem.line == line && f.problem.column == column;
    });
}

QStringList codes(const ProofFindings &findings)
{
    QStringList all;
    for (const auto &f : findings)
        all.append(QStringLiteral("%1@%2:%3").arg(f.problem.code).arg(f.problem.line).arg(f.problem.column));
    return all;
}

} // namespace

class TestProof final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dictionaryRoundTrip();
    void spellingSkipsSyntaxAndKnowsNames();
    void notationRules();
    void droppedNumberFlagged();
    void corpusNamesNeverFlagged();
};

void TestProof::dictionaryRoundTrip()
{
    QTemporaryDir dir;
    const QString path = SiteDictionary::pathFor(dir.path());
    SiteDictionary dictionary;
    QVERIFY(dictionary.load(path)); // missing: empty
    QVERIFY(dictionary.add(QStringLiteral("zorblax")));
    QVERIFY(dictionary.add(QStringLiteral("Archimago")));
    QVERIFY(dictionary.add(QStringLiteral("crossfeed")));
    QVERIFY(dictionary.add(QStringLiteral("crossfeed"))); // once
    QVERIFY(!dictionary.add(QStringLiteral("two words")));
    QCOMPARE(readFile(path), QByteArray("Archimago\ncrossfeed\nzorblax\n"));
    SiteDictionary again;
    QVERIFY(again.load(path));
    QCOMPARE(again.words(), (QStringList{QStringLiteral("Archimago"), QStringLiteral("crossfeed"), QStringLiteral("zorblax")}));
    QVERIFY(again.contains(QStringLiteral("crossfeed")));
}

void TestProof::spellingSkipsSyntaxAndKnowsNames()
{
    QTemporaryDir dir;
    const QString body = QStringLiteral("## Overview\n"                                        // 15
                                        "The Zorblax uses Flurbonic drivers; we recieve it.\n" // 16
                                        "Code `recieve` and https://example.com/recieve and [a](http://x.org/recieve) stay.\n"
                                        "\n"
                                        "## Scientific Validity\n"
                                        "\n"
                                        "$$ \\Large \\text{0.2} $$\n"
                                        "\n"
                                        "```\nrecieve\n```\n"
                                        "Acme's IEMs at 5Hz are fine, but teh end.\n" // 26
                                        "\n(2025.8.7)\n");
    QVERIFY(put(dir.filePath(QStringLiteral("_products/en/acme/acme-zx1.md")), review(QStringLiteral("en"), body, QStringLiteral("100"))));
    Proofreader proofreader(Schema::builtin());
    QVERIFY2(proofreader.spelling().isValid(), qPrintable(proofreader.spelling().error()));
    QVERIFY(proofreader.loadSite(dir.path()));
    QCOMPARE(proofreader.reviews().size(), 1);
    const ProofFindings findings = proofreader.checkReview(proofreader.reviews().constFirst().review);
    QCOMPARE(codes(findings), (QStringList{QStringLiteral("proof.spelling@16:40"), QStringLiteral("proof.spelling@26:34")}));
    // Added to the site dictionary, a word is known at once and after a reload.
    QVERIFY(proofreader.addToDictionary(QStringLiteral("teh")));
    QCOMPARE(proofreader.checkReview(proofreader.reviews().constFirst().review).size(), 1);
    // The editor's per-block helper sees the same words.
    int state = -1;
    const auto ranges = proofreader.spelling().misspelledInBlock(u"we recieve `recieve`", state);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges.constFirst().start, 3);
}

void TestProof::notationRules()
{
    QTemporaryDir dir;
    const QString body = QStringLiteral("## 概要\n"                                    // 15
                                        "ドライバーとドライバー、そしてドライバを使う。\n" // 16
                                        "このの音はＡＢＣ１２とｶﾀｶﾅです。ものの良い。\n"  // 17
                                        "`ドライバ` は無視。\n"
                                        "\n(2025.8.7)\n");
    QVERIFY(put(dir.filePath(QStringLiteral("_products/ja/acme/acme-zx1.md")), review(QStringLiteral("ja"), body, QStringLiteral("15000"))));
    Proofreader proofreader(Schema::builtin());
    QVERIFY(proofreader.loadSite(dir.path()));
    const ProofFindings findings = proofreader.checkReview(proofreader.reviews().constFirst().review);
    QCOMPARE(codes(findings), (QStringList{QStringLiteral("proof.notation-variant@16:16"),
                                           QStringLiteral("proof.doubled-particle@17:2"),
                                           QStringLiteral("proof.fullwidth-alnum@17:6"),
                                           QStringLiteral("proof.halfwidth-katakana@17:12")}));
    QCOMPARE(findings.constFirst().fix->text, QStringLiteral("ドライバー"));
    QCOMPARE(findings.at(2).fix->text, QStringLiteral("ABC12"));
    // A form the site sets wins over the counts.
    proofreader.notation().setPreferredForms({QStringLiteral("ドライバ")});
    QVERIFY(has(proofreader.checkReview(proofreader.reviews().constFirst().review), QStringLiteral("proof.notation-variant"), 16, 1));
}

void TestProof::droppedNumberFlagged()
{
    QTemporaryDir dir;
    const QString en = QStringLiteral("## Overview\n\nThe ZX1 covers 5Hz-40kHz at 20Ω; it costs 100 USD. See https://acme.example/zx1.\n\n(2025.8.7)\n");
    const QString jaFull = QStringLiteral("## 概要\n\nZX1は5Hz-40kHz、20Ωで、15,000円です。https://acme.example/ja/zx1\n\n(2025.8.7)\n");
    const QString jaDropped = QStringLiteral("## 概要\n\nZX1は5Hzから、20Ωで、9,000円です。\n\n(2025.8.7)\n");
    QVERIFY(put(dir.filePath(QStringLiteral("_products/en/acme/acme-zx1.md")), review(QStringLiteral("en"), en, QStringLiteral("100"))));
    QVERIFY(put(dir.filePath(QStringLiteral("_products/ja/acme/acme-zx1.md")), review(QStringLiteral("ja"), jaFull, QStringLiteral("15000"))));
    {
        Proofreader proofreader(Schema::builtin());
        QVERIFY(proofreader.loadSite(dir.path()));
        QCOMPARE(proofreader.pairs().size(), 1);
        const auto [source, target] = proofreader.pairs().constFirst();
        QCOMPARE(codes(proofreader.checkPair(proofreader.reviews().at(source).review, proofreader.reviews().at(target).review)), QStringList());
    }
    QVERIFY(put(dir.filePath(QStringLiteral("_products/ja/acme/acme-zx1.md")), review(QStringLiteral("ja"), jaDropped, QStringLiteral("15000"))));
    Proofreader proofreader(Schema::builtin());
    QVERIFY(proofreader.loadSite(dir.path()));
    const auto [source, target] = proofreader.pairs().constFirst();
    const ProofFindings findings = proofreader.checkPair(proofreader.reviews().at(source).review, proofreader.reviews().at(target).review);
    QStringList got;
    for (const auto &f : findings)
        got.append(f.problem.code + u' ' + f.suggestions.value(0));
    got.sort();
    QCOMPARE(got, (QStringList{QStringLiteral("proof.pair-link https://acme.example/zx1"), QStringLiteral("proof.pair-number 40kHz"),
                               QStringLiteral("proof.pair-price 100 USD")}));
    QVERIFY(has(findings, QStringLiteral("proof.pair-number"), 15, 1)); // on the translation's section heading
}

void TestProof::corpusNamesNeverFlagged()
{
    if (!QDir(corpusDir()).exists())
        QSKIP("no corpus");
    Proofreader proofreader(Schema::builtin());
    QVERIFY(proofreader.loadSite(corpusDir()));
    QStringList flagged;
    for (const auto &site : proofreader.reviews()) {
        if (site.review.lang() != u"en")
            continue;
        const QString name = site.review.string(QStringLiteral("target_name"));
        for (const auto &f : proofreader.checkReview(site.review)) {
            const QString word = site.review.text.mid(f.position, f.length);
            // Whole words of the name; a name split differently in prose ("Rubi Kore" for
            // "Rubikore") is a finding worth having.
            const QStringList nameWords = name.toLower().split(QRegularExpression(QStringLiteral("[^\\p{L}']+")), Qt::SkipEmptyParts);
            if (f.problem.code == u"proof.spelling" && nameWords.contains(word.toLower()))
                flagged.append(site.sitePath + u' ' + word);
        }
    }
    QVERIFY2(flagged.isEmpty(), qPrintable(flagged.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestProof)
#include "tst_proof.moc"
