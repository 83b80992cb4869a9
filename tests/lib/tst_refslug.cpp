// RefSlug: the ref a new review gets from its name, on the awkward names of the corpus.
#include "document/frontmatter.h"
#include "document/refslug.h"
#include "testutil.h"

#include <QTest>

using namespace Rubric;

class TestRefSlug final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesCorpusRefs_data();
    void matchesCorpusRefs();
    void derives_data();
    void derives();
    void validity_data();
    void validity();
};

// Reviews whose ref the site made from their name as the derivation does: reading the
// file's target_name must give back its ref.
void TestRefSlug::matchesCorpusRefs_data()
{
    QTest::addColumn<QString>("path");
    const QList<std::pair<const char *, const char *>> rows = {
        {"ampersand without spaces", "_products/en/astell-kern/astell-kern-sr35.md"},
        {"ampersands with and without spaces", "_products/en/astell-kern/astell-kern-a-ultima-sp3000-copper.md"},
        {"apostrophe inside a word", "_products/en/chord-major/chord-major-major-613-ballad.md"},
        {"greek mu and a possessive", "_products/en/hitachi/hitachi-i-mus-hmp-x904.md"},
        {"accented o", "_products/en/dcs/dcs-bartok-apex-dac.md"},
        {"umlaut and ampersand", "_products/en/bruel-kjaer/bruel-kjaer-hf-hats-type-5128-c.md"},
        {"macron", "_products/en/audirvana/audirvana-studio.md"},
        {"acute e", "_products/en/64-audio/64-audio-fourte-blanc.md"},
        {"umlaut in a company", "_products/en/aur-audio/aur-audio-aehta.md"},
        {"roman numeral sign", "_products/en/metric-halo/metric-halo-uln-8-mk4.md"},
        {"plus sign", "_products/en/volumio/volumio-rivo-plus.md"},
        {"two plus signs", "_products/en/north-flat-japan/north-flat-japan-d802j-plus-plus.md"},
        {"colons", "_products/en/allen-heath/allen-heath-wz4-14-4-2.md"},
        {"slash", "_products/en/spendor/spendor-classic-4-5.md"},
        {"katakana dropped", "_products/en/aiaiai/aiaiai-tma-2-studio-xe.md"},
        {"kanji and parentheses dropped", "_products/en/intime/intime-go-mark-ii.md"},
    };
    for (const auto &[name, path] : rows)
        QTest::newRow(name) << QString::fromUtf8(path);
}

void TestRefSlug::matchesCorpusRefs()
{
    QFETCH(QString, path);
    const QByteArray bytes = Test::readFile(Test::corpusDir() + u'/' + path);
    QVERIFY2(!bytes.isEmpty(), qPrintable(path));
    const FrontMatter frontMatter = FrontMatter::parse(QString::fromUtf8(bytes));
    const QString name = frontMatter.value(QStringLiteral("target_name")).scalar;
    const QString ref = frontMatter.value(QStringLiteral("ref")).scalar;
    QVERIFY(!name.isEmpty());
    QCOMPARE(RefSlug::fromName(name), ref);
    QVERIFY(RefSlug::isValid(ref));
}

void TestRefSlug::derives_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const QList<std::tuple<const char *, const char *, const char *>> rows = {
        // The corpus wrote this one "tangzu-wan'er-s.g-ii", which its own rules refuse.
        {"apostrophe and dots the corpus kept", "TANGZU Wan'er S.G II", "tangzu-waner-s-g-ii"},
        // The corpus wrote "Tangzu Wan'er S-G" as "tangzu-wan-er-s-g", but drops the
        // apostrophe everywhere else (6'13 -> 613, i-mu's -> mus, D'Agostino -> dagostino).
        {"apostrophe as the rest of the corpus drops it", "Tangzu Wan'er S-G", "tangzu-waner-s-g"},
        {"apostrophe in a surname", "Dan D'Agostino", "dan-dagostino"},
        {"typographic apostrophe", "TANGZU Wan\u2019er S.G II", "tangzu-waner-s-g-ii"},
        {"plus between digits", "AFUL Performer5+2", "aful-performer5-plus-2"},
        {"trailing plus", "Shure MV7+", "shure-mv7-plus"},
        {"full-width letters and digits", "\uFF33\uFF4F\uFF4E\uFF59 \uFF37\uFF28\uFF0D\uFF11\uFF10\uFF10\uFF10\uFF38\uFF2D\uFF15",
         "sony-wh-1000xm5"},
        {"full-width parentheses around japanese", "Apple HomePod\uFF08\u7B2C2\u4E16\u4EE3\uFF09", "apple-homepod-2"},
        {"full-width ampersand", "Procable \u30C0\u30A6\u30F3\uFF06\u30A2\u30A4\u30bd\u30ec\u30fc\u30b7\u30e7\u30f3 3000W",
         "procable-3000w"},
        {"stroke o", "R\u00D8DE NT1-A", "rode-nt1-a"},
        {"ligature and sharp s", "\u00C6sthetik Gro\u00DF", "aesthetik-gross"},
        {"lowercase roman numeral", "Model \u2173", "model-4"},
        {"only japanese", "\u8D85\u8D8A\u91CD\u9244\u30BF\u30C3\u30D7", ""},
        {"surrounding punctuation", "  (Beta) -- \"Quoted\"!  ", "beta-quoted"},
        {"underscore", "soulnote D_A Converter", "soulnote-d-a-converter"},
    };
    for (const auto &[row, name, expected] : rows)
        QTest::newRow(row) << QString::fromUtf8(name) << QString::fromUtf8(expected);
}

void TestRefSlug::derives()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString ref = RefSlug::fromName(name);
    QCOMPARE(ref, expected);
    QCOMPARE(RefSlug::isValid(ref), !expected.isEmpty());
}

void TestRefSlug::validity_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<bool>("valid");
    QTest::newRow("words and digits") << QStringLiteral("sony-ier-m9") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("uppercase") << QStringLiteral("Sony-ier-m9") << false;
    QTest::newRow("plus sign") << QStringLiteral("shure-mv7+") << false;
    QTest::newRow("apostrophe") << QStringLiteral("tangzu-wan'er") << false;
    QTest::newRow("double hyphen") << QStringLiteral("a--b") << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-a") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("accent") << QStringLiteral("bart\u00F3k") << false;
}

void TestRefSlug::validity()
{
    QFETCH(QString, ref);
    QFETCH(bool, valid);
    QCOMPARE(RefSlug::isValid(ref), valid);
}

QTEST_GUILESS_MAIN(TestRefSlug)
#include "tst_refslug.moc"
