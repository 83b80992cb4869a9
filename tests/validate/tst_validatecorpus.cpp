// The validator over the whole corpus: every file loads, and the findings are exactly the
// known ones of FORMAT.md (file-name case, Overview totals, duplicate keys) plus genuine
// problems of the site its own checker misses (below), and the site pitfalls where its
// kramdown renders the body otherwise than meant. A count per code is printed.
#include "document/frontmatter.h"
#include "document/reviewdocument.h"
#include "schema/schema.h"
#include "validate/validator.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace Rubric;

namespace {

QSet<QString> set(std::initializer_list<const char *> files)
{
    QSet<QString> result;
    for (const char *file : files)
        result.insert(QString::fromUtf8(file));
    return result;
}

// Both language versions of each review path under _products/<lang>/.
QSet<QString> bothLanguages(std::initializer_list<const char *> paths)
{
    QSet<QString> result;
    for (const char *path : paths) {
        for (const auto lang : {QLatin1String("en"), QLatin1String("ja")})
            result.insert(QStringLiteral("_products/%1/%2.md").arg(lang, QString::fromUtf8(path)));
    }
    return result;
}

} // namespace

class TestValidateCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noFileFailsToLoad();
    void fileNameCase();
    void overviewTotals();
    void duplicateKeys();
    void titlesInAnotherCase();
    void endDatesWithHyphens();
    void englishReviewsQuotingYen();
    void sitePitfallsPointAtTheirMarkup();
    void noOtherFindings();

private:
    QSet<QString> filesWith(const QString &code) const;
    QStringList m_files;
    QMap<QString, Problems> m_problems; // file -> its findings
    QMap<QString, int> m_counts;        // code -> how many findings
};

void TestValidateCorpus::initTestCase()
{
    QVERIFY2(QDir(Test::corpusDir()).exists(), qPrintable(Test::corpusDir() + QLatin1String(" is missing")));
    m_files = Test::corpusFiles();
    QVERIFY(!m_files.isEmpty()); // tst_corpus checks it is the whole corpus
    // Fixed so "in the future" does not depend on the day the test runs.
    const QDate today(2026, 11, 24);
    const QDir corpus(Test::corpusDir());
    for (const auto &file : std::as_const(m_files)) {
        const QString path = corpus.filePath(file);
        ReviewDocument document(Schema::forFile(path));
        document.load(path);
        const Problems problems = Validator::validate(document, today);
        for (const auto &problem : problems)
            ++m_counts[problem.code];
        if (!problems.isEmpty())
            m_problems.insert(file, problems);
    }
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        qInfo("%-28s %5d", qPrintable(it.key()), it.value());
    qInfo("files with findings: %d of %d", int(m_problems.size()), int(m_files.size()));
}

QSet<QString> TestValidateCorpus::filesWith(const QString &code) const
{
    QSet<QString> files;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        for (const auto &problem : it.value()) {
            if (problem.code == code)
                files.insert(it.key());
        }
    }
    return files;
}

void TestValidateCorpus::noFileFailsToLoad()
{
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        QVERIFY2(!it.key().startsWith(QLatin1String("load.")), qPrintable(it.key()));
}

void TestValidateCorpus::fileNameCase()
{
    // Expected independently of the validator: the file names that lowercasing changes.
    QSet<QString> expected;
    for (const auto &file : std::as_const(m_files)) {
        const QString name = QFileInfo(file).fileName();
        if (name != name.toLower())
            expected.insert(file);
    }
    QCOMPARE(expected.size(), 43);
    QCOMPARE(filesWith(QStringLiteral("file.name-case")), expected);
}

void TestValidateCorpus::overviewTotals()
{
    QCOMPARE(filesWith(QStringLiteral("total.overview-mismatch")),
             bothLanguages({"fiio/fiio-ka11", "nuarl/nuarl-sound-a-japan-tuning-edition", "roland/roland-ua-m10",
                            "sanwa-supply/sanwa-supply-mm-spu8bk", "sony/sony-sa-sw5"}));
}

void TestValidateCorpus::duplicateKeys()
{
    QCOMPARE(filesWith(QStringLiteral("frontmatter.duplicate-key")),
             set({"_products/en/sony/sony-nw-hd3.md", "_products/ja/tannoy/tannoy-gold-8.md"}));
}

void TestValidateCorpus::titlesInAnotherCase()
{
    // Genuine: target_name and the title's name differ in case, so the site shows two
    // spellings of one name (the other language's file has them equal, or the same slip).
    const QSet<QString> expected = set({
        "_companies/en/jcally.md",                 // "jcally" vs "JCALLY Company Review"
        "_products/en/nf-acous/nf-acous-nm20.md",  // "Nf Acous Nm20" vs "NF Acous NM20 ..."
        "_products/ja/nf-acous/nf-acous-nm20.md",  // the same in Japanese
        "_products/en/nicehck/nicehck-tears.md",   // "NICEHCK tears" vs "NICEHCK Tears ..."
    });
    QCOMPARE(filesWith(QStringLiteral("title.prefix")), expected);
    const QDir corpus(Test::corpusDir());
    for (const auto &file : expected) {
        const FrontMatter fm = FrontMatter::parse(QString::fromUtf8(Test::readFile(corpus.filePath(file))));
        const QString title = fm.value(QStringLiteral("title")).scalar;
        QVERIFY2(title.startsWith(fm.value(QStringLiteral("target_name")).scalar, Qt::CaseInsensitive), qPrintable(file));
    }
}

void TestValidateCorpus::endDatesWithHyphens()
{
    // Genuine: these end with the date written (YYYY-MM-DD) or (YYYY-M-D), not the site's
    // (YYYY.M.D); the fixer rewrites it. Expected independently from the last lines.
    static const QRegularExpression hyphenated(QStringLiteral("^\\(\\d{4}-\\d{1,2}-\\d{1,2}\\)$"));
    QSet<QString> expected;
    const QDir corpus(Test::corpusDir());
    for (const auto &file : std::as_const(m_files)) {
        const QString text = QString::fromUtf8(Test::readFile(corpus.filePath(file))).trimmed();
        if (hyphenated.match(text.mid(text.lastIndexOf(u'\n') + 1).trimmed()).hasMatch())
            expected.insert(file);
    }
    QCOMPARE(expected.size(), 12);
    QCOMPARE(filesWith(QStringLiteral("date.end-missing")), expected);
}

void TestValidateCorpus::englishReviewsQuotingYen()
{
    // The list and why it is genuine: tests/data/validate/corpus-foreign-price.txt.
    QSet<QString> expected;
    const QString list = QString::fromUtf8(Test::readFile(QStringLiteral(RUBRIC_TEST_DATA_DIR "/validate/corpus-foreign-price.txt")));
    for (const auto &line : list.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'#'))
            expected.insert(line.trimmed());
    }
    QCOMPARE(expected.size(), 177);
    for (const auto &file : std::as_const(expected))
        QVERIFY2(file.contains(QLatin1String("/en/")), qPrintable(file)); // a Japanese review may quote yen
    QCOMPARE(filesWith(QStringLiteral("body.foreign-price")), expected);
}

void TestValidateCorpus::sitePitfallsPointAtTheirMarkup()
{
    // Where the site renders the body otherwise than meant (tests/fidelity checks the
    // rendering itself): each warning's line and column point at the markup concerned.
    static const QHash<QString, QRegularExpression> markup = {
        {QStringLiteral("site.prose-table"), QRegularExpression(QStringLiteral("^\\|"))},
        {QStringLiteral("site.paren-list"), QRegularExpression(QStringLiteral("^\\d{1,9}\\)"))},
        {QStringLiteral("site.url-emphasis"), QRegularExpression(QStringLiteral("^https?://\\S*_"))},
        {QStringLiteral("site.ambiguous-bold"), QRegularExpression(QStringLiteral("^\\*"))},
    };
    const QDir corpus(Test::corpusDir());
    QSet<QString> files;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QStringList lines = QString::fromUtf8(Test::readFile(corpus.filePath(it.key()))).split(u'\n');
        for (const auto &problem : it.value()) {
            if (!markup.contains(problem.code))
                continue;
            files.insert(it.key());
            QCOMPARE(problem.severityName(), QStringLiteral("warning"));
            QVERIFY(problem.line >= 1 && problem.line <= lines.size() && problem.column >= 1);
            const QString at = lines.at(problem.line - 1).mid(problem.column - 1);
            QVERIFY2(markup.value(problem.code).match(at).hasMatch(),
                     qPrintable(QStringLiteral("%1:%2:%3 %4: %5").arg(it.key()).arg(problem.line).arg(problem.column).arg(problem.code, at)));
        }
    }
    qInfo("files with site pitfalls: %lld", static_cast<long long>(files.size()));
    // Every kind occurs in the corpus (the measurements: 147, 24, 14 and 439 files).
    for (auto it = markup.cbegin(); it != markup.cend(); ++it)
        QVERIFY2(m_counts.value(it.key()) > 0, qPrintable(it.key()));
}

void TestValidateCorpus::noOtherFindings()
{
    static const QSet<QString> known = {
        QStringLiteral("file.name-case"),   QStringLiteral("total.overview-mismatch"),
        QStringLiteral("frontmatter.duplicate-key"), QStringLiteral("title.prefix"),
        QStringLiteral("date.end-missing"), QStringLiteral("body.foreign-price"),
        QStringLiteral("site.prose-table"), QStringLiteral("site.paren-list"),
        QStringLiteral("site.url-emphasis"), QStringLiteral("site.ambiguous-bold"),
    };
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        for (const auto &problem : it.value()) {
            QVERIFY2(known.contains(problem.code),
                     qPrintable(QStringLiteral("%1:%2: %3: %4")
                                    .arg(it.key())
                                    .arg(problem.line)
                                    .arg(problem.code, problem.message)));
        }
    }
}

QTEST_GUILESS_MAIN(TestValidateCorpus)
#include "tst_validatecorpus.moc"
