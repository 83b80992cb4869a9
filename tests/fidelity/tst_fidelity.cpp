// Rubric's preview rendering against the site's: for a representative subset of the corpus
// (every pitfall category and a spread of ordinary files), kramdown's block structures are
// committed in golden/kramdown-blocks.txt for the files in golden/files.txt
// (scripts/fidelity.sh --update-golden writes them),
// so this test needs no Ruby. A row fails when Rubric's rendering of that file stops matching.
#include "blockstructure.h"
#include "fidelitycompare.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Rubric::Fidelity;
using namespace Qt::Literals::StringLiterals;

class TestFidelity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusFileMatchesSite_data();
    void corpusFileMatchesSite();
};

void TestFidelity::corpusFileMatchesSite_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("site");
    QFile file(QStringLiteral(RUBRIC_TEST_DATA_DIR "/../fidelity/golden/kramdown-blocks.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QString path;
    QStringList lines;
    auto add = [&] {
        if (!path.isEmpty())
            QTest::newRow(qPrintable(path)) << path << lines;
    };
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u"=== "_s)) {
            add();
            path = line.sliced(4);
            lines.clear();
        } else if (!line.isEmpty()) {
            lines.append(line);
        }
    }
    add();
}

void TestFidelity::corpusFileMatchesSite()
{
    QFETCH(QString, path);
    QFETCH(QStringList, site);
    const QStringList rubric = compacted(rubricBlocks(QDir(QStringLiteral(RUBRIC_CORPUS_DIR)).filePath(path)));
    QVERIFY2(rubric == site, qPrintable(differenceCategory(site, rubric) + u'\n' + firstDifference(site, rubric)));
}

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
