// Issue 19's target: `rubric log` agrees, commit for commit, with `git log --follow`, and
// each version it reports is the file as git shows it at that commit. The repository is
// made with the git program (tests may; the product never does): renames within and
// across folders, a branch merged back, a merge that kept one side.
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Rubric;

namespace {

class Git final
{
public:
    explicit Git(const QString &root) : m_root(root) {}

    QByteArray operator()(const QStringList &arguments, int seconds = 0)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        environment.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
        // Distinct, increasing dates: the order of commits is the order they were made.
        const QString date = QStringLiteral("@%1 +0000").arg(1700000000 + 3600 * (seconds ? seconds : ++m_clock));
        for (const char *name : {"GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"})
            environment.insert(QLatin1String(name), date);
        for (const char *name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
            environment.insert(QLatin1String(name), QStringLiteral("Rita"));
        for (const char *name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
            environment.insert(QLatin1String(name), QStringLiteral("rita@example.org"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_root);
        process.start(QStringLiteral("git"), arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            qWarning() << arguments << process.readAllStandardError();
        return process.readAllStandardOutput();
    }

private:
    QString m_root;
    int m_clock = 0;
};

QString review(const QString &rating, int price, const QString &summary = QStringLiteral("Good."))
{
    return QStringLiteral("---\nlayout: product\ntitle: \"Sony IER-M9 Product Review\"\nref: sony-ier-m9\nlang: en\n"
                          "company: sony\ndate: 2025-08-07\nrating: [%1]\nprice: %2\nsummary: \"%3\"\n---\n"
                          "## Overview\n\nA long enough body, so that git's rename detection sees the same file.\n"
                          "Line two of the body.\nLine three of the body.\nLine four of the body.\n")
        .arg(rating)
        .arg(price)
        .arg(summary);
}

} // namespace

class TestLogAgreement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rubricLogAgreesWithGitLogFollow()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        Git git(root);
        const auto write = [&](const QString &path, const QString &text) {
            QVERIFY(QDir().mkpath(QFileInfo(root + u'/' + path).absolutePath()));
            QVERIFY(Test::writeFile(root + u'/' + path, text.toUtf8()));
        };
        const QString first = QStringLiteral("_products/en/sony/sony-ier-m9.md");
        const QString second = QStringLiteral("_products/en/sony/ier-m9.md");
        const QString third = QStringLiteral("_products/en/iem/ier-m9.md");
        const QString other = QStringLiteral("_products/en/sony/other.md");
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        write(first, review(QStringLiteral("3.2, 0.7, 0.8, 0.3, 0.8, 0.6"), 1093));
        write(other, review(QStringLiteral("1.0, 0.2, 0.2, 0.2, 0.2, 0.2"), 5, QStringLiteral("Other.")));
        git({QStringLiteral("add"), QStringLiteral("-A")});
        git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Add")});
        write(first, review(QStringLiteral("3.2, 0.7, 0.8, 0.3, 0.8, 0.6"), 999));
        git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Cheaper")});
        // A side branch moves an axis; a second side branch changes only another file.
        git({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("side")});
        write(first, review(QStringLiteral("3.3, 0.7, 0.8, 0.4, 0.8, 0.6"), 999));
        git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Cost-performance 0.4")});
        git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        git({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("unrelated")});
        write(other, review(QStringLiteral("1.0, 0.2, 0.2, 0.2, 0.2, 0.2"), 6, QStringLiteral("Other.")));
        git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Other only")});
        git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        // Main renames it within its folder and changes the summary.
        git({QStringLiteral("mv"), first, second});
        git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Rename")});
        write(second, review(QStringLiteral("3.2, 0.7, 0.8, 0.3, 0.8, 0.6"), 999, QStringLiteral("Better.")));
        git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Summary")});
        // Both merges: one combines the two sides' changes, one keeps main's version.
        git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-edit"), QStringLiteral("side")});
        git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-edit"), QStringLiteral("unrelated")});
        // Then a move to another folder with a change in the same commit.
        QVERIFY(QDir().mkpath(root + QStringLiteral("/_products/en/iem")));
        git({QStringLiteral("mv"), second, third});
        const QString merged = QString::fromUtf8(Test::readFile(root + u'/' + third));
        QVERIFY2(merged.contains(QLatin1String("3.3, 0.7, 0.8, 0.4")) && merged.contains(QLatin1String("Better.")),
                 qPrintable(merged)); // the merge combined both sides
        write(third, QString(merged).replace(QLatin1String("price: 999"), QLatin1String("price: 949")));
        git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Move and price")});

        const QStringList expected = QString::fromUtf8(git({QStringLiteral("log"), QStringLiteral("--follow"),
                                                            QStringLiteral("--format=%H"), QStringLiteral("--"), third}))
                                         .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(expected.size() >= 6); // add, cheaper, side, rename, summary, merge, move

        QProcess rubric;
        rubric.start(QStringLiteral(RUBRIC_BINARY), {QStringLiteral("log"), root + u'/' + third, QStringLiteral("--json")});
        QVERIFY(rubric.waitForFinished(60000));
        QCOMPARE(rubric.exitCode(), 0);
        const QJsonArray versions = QJsonDocument::fromJson(rubric.readAllStandardOutput()).array();
        QStringList commits;
        for (const auto &version : versions)
            commits.append(version[QStringLiteral("commit")].toString());
        QCOMPARE(commits, expected);

        // Each version is the file git shows at that commit, under the path it had there.
        static const QRegularExpression priceLine(QStringLiteral("^price: (\\d+)$"), QRegularExpression::MultilineOption);
        static const QRegularExpression ratingLine(QStringLiteral("^rating: \\[([\\d.]+),"), QRegularExpression::MultilineOption);
        for (const auto &value : versions) {
            const QJsonObject version = value.toObject();
            const QString commit = version[QStringLiteral("commit")].toString();
            const QString path = version[QStringLiteral("path")].toString();
            const QString text = QString::fromUtf8(git({QStringLiteral("show"), commit + u':' + path}));
            QVERIFY2(!text.isEmpty(), qPrintable(commit + u' ' + path));
            QCOMPARE(version[QStringLiteral("price")].toDouble(), priceLine.match(text).captured(1).toDouble());
            QCOMPARE(version[QStringLiteral("total")].toDouble(), ratingLine.match(text).captured(1).toDouble());
        }
        QCOMPARE(versions.first()[QStringLiteral("path")].toString(), third);
        QCOMPARE(versions.last()[QStringLiteral("path")].toString(), first);
    }
};

QTEST_GUILESS_MAIN(TestLogAgreement)
#include "tst_logagreement.moc"
