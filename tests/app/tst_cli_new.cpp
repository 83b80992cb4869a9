// `rubric new`: creates a review the site's rules accept but for what the reviewer must
// still write, prints its path, and refuses an existing file, a used ref and bad input.
#include "clirunner.h"

#include "schema/schema.h"
#include "validate/validator.h"

#include <QTemporaryDir>

using namespace Rubric;
using namespace Qt::StringLiterals;

class TestCliNew final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsValidReviews_data();
    void createsValidReviews();
    void notesATranslation();
    void translationTakesTheOriginalsRef();
    void refusesAnExistingFile();
    void refusesAUsedRef();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    Test::CliResult run(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_site;
    QTemporaryDir m_cache;
};

void TestCliNew::init()
{
    // A small site: the IER-M9 review in English.
    m_site = std::make_unique<QTemporaryDir>();
    const QString path = m_site->filePath(Test::ierM9());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(QFile::copy(Test::corpusDir() + u'/' + Test::ierM9(), path));
}

Test::CliResult TestCliNew::run(const QStringList &arguments) const
{
    QProcessEnvironment cache;
    cache.insert(u"XDG_CACHE_HOME"_s, m_cache.path());
    return Test::runRubric(QStringList{u"new"_s, u"--site"_s, m_site->path()} + arguments, cache);
}

void TestCliNew::createsValidReviews_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("path");
    // What only the reviewer can write: reported as missing fields, nothing else.
    QTest::addColumn<QStringList>("missingFields");
    QTest::newRow("english product") << QStringList{u"--layout"_s, u"product"_s, u"--lang"_s, u"en"_s, u"--company"_s,
                                                    u"sony"_s, u"--name"_s, u"Sony IER-M7"_s}
                                     << u"_products/en/sony/sony-ier-m7.md"_s
                                     << QStringList{u"price"_s, u"summary"_s, u"tags"_s};
    QTest::newRow("japanese product with a given ref")
        << QStringList{u"--layout"_s, u"product"_s, u"--lang"_s, u"ja"_s, u"--company"_s, u"intime"_s, u"--name"_s,
                       Test::s("intime 轟 (Go) Mark II"), u"--ref"_s, u"intime-go-2"_s}
        << u"_products/ja/intime/intime-go-2.md"_s << QStringList{u"price"_s, u"summary"_s, u"tags"_s};
    QTest::newRow("english company") << QStringList{u"--layout"_s, u"company"_s, u"--lang"_s, u"en"_s, u"--name"_s,
                                                    u"Astell&Kern"_s}
                                     << u"_companies/en/astell-kern.md"_s << QStringList{u"summary"_s, u"tags"_s};
    QTest::newRow("japanese company") << QStringList{u"--layout"_s, u"company"_s, u"--lang"_s, u"ja"_s, u"--name"_s,
                                                     u"Sony"_s}
                                      << u"_companies/ja/sony.md"_s << QStringList{u"summary"_s, u"tags"_s};
}

void TestCliNew::createsValidReviews()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, path);
    QFETCH(QStringList, missingFields);
    const auto result = run(arguments + QStringList{u"--date"_s, u"2026-01-05"_s});
    QCOMPARE(result.exitCode, 0);
    const QString created = m_site->filePath(path);
    QCOMPARE(result.out, created + u'\n');
    QVERIFY(QFileInfo::exists(created));

    QStringList codes;
    QStringList fields;
    for (const Problem &problem : Validator::validateFile(created, Schema::builtin(), path, QDate(2026, 1, 5))) {
        codes.append(problem.code);
        fields.append(problem.field);
    }
    QCOMPARE(codes, QStringList(missingFields.size(), u"field.missing"_s));
    QCOMPARE(fields, missingFields);
    QVERIFY(QString::fromUtf8(Test::readFile(created)).contains(u"\ndate: 2026-01-05\n"_s));
}

void TestCliNew::notesATranslation()
{
    const auto result = run({u"--layout"_s, u"product"_s, u"--lang"_s, u"ja"_s, u"--company"_s, u"sony"_s, u"--name"_s,
                             u"Sony IER-M9"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, m_site->filePath(Test::ierM9Ja()) + u'\n');
    QVERIFY2(result.err.contains(Test::ierM9()), qPrintable(result.err));
}

void TestCliNew::translationTakesTheOriginalsRef()
{
    // The English review's ref is not what its name gives ("alpine-headphones-sv-h300").
    const QString english = u"_products/en/alpine/alpine-sv-h300.md"_s;
    QVERIFY(QDir().mkpath(QFileInfo(m_site->filePath(english)).absolutePath()));
    QVERIFY(QFile::copy(Test::corpusDir() + u'/' + english, m_site->filePath(english)));
    const auto result = run({u"--layout"_s, u"product"_s, u"--lang"_s, u"ja"_s, u"--name"_s,
                             u"Alpine Headphones (SV-H300)"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, m_site->filePath(u"_products/ja/alpine/alpine-sv-h300.md"_s) + u'\n');
}

void TestCliNew::refusesAnExistingFile()
{
    // A file at the path the new review would take, whatever it holds, stays as it is.
    const QString path = m_site->filePath(u"_products/en/sony/sony-ier-m7.md"_s);
    QVERIFY(Test::writeFile(path, "my notes\n"));
    const auto result = run({u"--layout"_s, u"product"_s, u"--lang"_s, u"en"_s, u"--company"_s, u"sony"_s, u"--name"_s,
                             u"Sony IER-M7"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"already exists"_s), qPrintable(result.err));
    QCOMPARE(result.out, QString());
    QCOMPARE(Test::readFile(path), QByteArray("my notes\n"));
}

void TestCliNew::refusesAUsedRef()
{
    // Another company folder, so no file is in the way: only the ref clashes.
    const auto result = run({u"--layout"_s, u"product"_s, u"--lang"_s, u"en"_s, u"--company"_s, u"sony-pro"_s,
                             u"--name"_s, u"Sony IER-M9"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"already used"_s) && result.err.contains(Test::ierM9()), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_site->filePath(u"_products/en/sony-pro"_s)));
}

void TestCliNew::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    const QStringList product{u"--layout"_s, u"product"_s, u"--lang"_s, u"en"_s, u"--company"_s, u"sony"_s};
    QTest::newRow("no name") << product << u"usage"_s;
    QTest::newRow("unknown layout") << QStringList{u"--layout"_s, u"gadget"_s, u"--lang"_s, u"en"_s, u"--name"_s, u"X"_s}
                                    << u"not a layout"_s;
    QTest::newRow("unknown language") << QStringList{u"--layout"_s, u"company"_s, u"--lang"_s, u"fr"_s, u"--name"_s,
                                                     u"X"_s}
                                      << u"not a language"_s;
    QTest::newRow("ref not a slug") << product + QStringList{u"--name"_s, u"X"_s, u"--ref"_s, u"Big X"_s} << u"ref"_s;
    QTest::newRow("name without ascii") << product + QStringList{u"--name"_s, Test::s("超越重鉄タップ")} << u"no ref"_s;
    QTest::newRow("bad date") << product + QStringList{u"--name"_s, u"X"_s, u"--date"_s, u"9 May"_s} << u"--date"_s;
}

void TestCliNew::refusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const auto result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(errorPart), qPrintable(result.err));
    QCOMPARE(result.out, QString());
}

QTEST_GUILESS_MAIN(TestCliNew)
#include "tst_cli_new.moc"
