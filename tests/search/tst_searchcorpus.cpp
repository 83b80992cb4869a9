// The search of the whole corpus (issue 18) against a brute-force scan written here: each
// review read, folded (NFKC, case) and split into its `## ` sections, and every query's words
// looked for in each section. The two must find the same files. Labelled corpus.
#include "search/sitesearch.h"
#include "site/siteindex.h"

#include "testutil.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;

namespace {

struct Section
{
    QString text; // folded
};

struct Review
{
    QString path;
    QString lang; // the front matter's `lang:`
    QList<Section> sections;
};

QString fold(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

bool isJapanese(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xff66 && u <= 0xff9f);
}

// A Latin word is found where it starts a word (the index's tokens are words); Japanese,
// written without spaces, anywhere.
bool contains(const QString &text, const QString &word)
{
    if (word.isEmpty())
        return true;
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (isJapanese(word.at(0)) || at == 0)
            return true;
        const QChar before = text.at(at - 1);
        if (isJapanese(before) || !(before.isLetterOrNumber() || before.isMark()))
            return true;
    }
    return false;
}

} // namespace

class tst_SearchCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameFilesAsAScan_data();
    void sameFilesAsAScan();

private:
    QSet<QString> scan(const QStringList &all, const QStringList &none, const QString &lang) const;

    QList<Review> m_reviews;
    QTemporaryDir m_dir;
    std::unique_ptr<SiteSearch> m_search;
};

void tst_SearchCorpus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString root = Test::corpusDir();
    static const QRegularExpression lang(QStringLiteral("^lang:\\s*\"?([a-z]+)"), QRegularExpression::MultilineOption);
    for (const QString &path : Test::corpusFiles()) {
        Review review;
        review.path = path;
        const QString text = QString::fromUtf8(Test::readFile(root + u'/' + path)).remove(u'\r');
        const qsizetype bodyStart = text.indexOf(QLatin1String("\n---"), 3);
        review.lang = lang.match(text.left(bodyStart < 0 ? 0 : bodyStart)).captured(1);
        // Sections start at each line beginning "## "; the front matter is the first.
        Section current;
        for (const QString &line : text.split(u'\n')) {
            if (line.startsWith(QLatin1String("## "))) {
                review.sections.append(current);
                current = {};
            }
            current.text += fold(line) + u'\n';
        }
        review.sections.append(current);
        m_reviews.append(review);
    }
    QCOMPARE(m_reviews.size(), Test::corpusReviewCount());
    m_search = std::make_unique<SiteSearch>(root, m_dir.filePath(QStringLiteral("index.sqlite")));
    const auto opened = m_search->open();
    QVERIFY2(opened.ok, qPrintable(m_search->errorString()));
    QCOMPARE(opened.updated, m_reviews.size());
}

QSet<QString> tst_SearchCorpus::scan(const QStringList &all, const QStringList &none, const QString &lang) const
{
    QSet<QString> out;
    for (const Review &review : m_reviews) {
        if (!lang.isEmpty() && review.lang != lang)
            continue;
        for (const Section &section : review.sections) {
            const bool found = std::all_of(all.cbegin(), all.cend(), [&](const QString &w) { return contains(section.text, fold(w)); })
                               && std::none_of(none.cbegin(), none.cend(), [&](const QString &w) { return section.text.contains(fold(w)); });
            if (found) {
                out.insert(review.path);
                break;
            }
        }
    }
    return out;
}

void tst_SearchCorpus::sameFilesAsAScan_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("all");  // words the section has
    QTest::addColumn<QStringList>("none"); // words it has not
    QTest::addColumn<QString>("lang");
    QTest::newRow("an English word") << u"moondrop"_qs << QStringList{u"moondrop"_qs} << QStringList() << QString();
    QTest::newRow("a Japanese word") << u"バランスド"_qs << QStringList{u"バランスド"_qs} << QStringList() << QString();
    QTest::newRow("one kanji") << u"円"_qs << QStringList{u"円"_qs} << QStringList() << QString();
    QTest::newRow("full width") << u"ＩＥＭ"_qs << QStringList{u"iem"_qs} << QStringList() << QString();
    QTest::newRow("half-width katakana") << u"ｲﾔﾎﾝ"_qs << QStringList{u"イヤホン"_qs} << QStringList() << QString();
    QTest::newRow("a phrase") << u"\"balanced armature\""_qs << QStringList{u"balanced armature"_qs} << QStringList() << QString();
    QTest::newRow("a word without another") << u"sony -balanced"_qs << QStringList{u"sony"_qs} << QStringList{u"balanced"_qs}
                                             << QString();
    QTest::newRow("Japanese reviews with a word") << u"lang:ja 音場"_qs << QStringList{u"音場"_qs} << QStringList() << u"ja"_qs;
}

void tst_SearchCorpus::sameFilesAsAScan()
{
    QFETCH(QString, query);
    QFETCH(QStringList, all);
    QFETCH(QStringList, none);
    QFETCH(QString, lang);
    QString error;
    QSet<QString> found;
    for (const SearchHit &hit : m_search->search(query, 0, &error))
        found.insert(hit.path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> expected = scan(all, none, lang);
    QVERIFY(!expected.isEmpty()); // a query that finds nothing would prove nothing
    const QSet<QString> missing = expected - found;
    const QSet<QString> extra = found - expected;
    QVERIFY2(missing.isEmpty() && extra.isEmpty(),
             qPrintable(u"missing %1 (e.g. %2), extra %3 (e.g. %4)"_qs.arg(missing.size())
                            .arg(missing.isEmpty() ? QString() : *missing.cbegin())
                            .arg(extra.size())
                            .arg(extra.isEmpty() ? QString() : *extra.cbegin())));
}

QTEST_GUILESS_MAIN(tst_SearchCorpus)
#include "tst_searchcorpus.moc"
