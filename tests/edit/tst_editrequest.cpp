#include "edit/editrequest.h"

#include <QTest>

using namespace Rubric;

class TestEditRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesKeepTheirOrder()
    {
        QString error;
        const auto request = EditRequest::parse({QStringLiteral("site"), QStringLiteral("--add-tag"), QStringLiteral("A"),
                                                 QStringLiteral("--set=price=12"), QStringLiteral("--replace"), QStringLiteral("title"),
                                                 QStringLiteral("a+"), QStringLiteral("b"), QStringLiteral("--fix-total"),
                                                 QStringLiteral("--remove-tag"), QStringLiteral("B"), QStringLiteral("--remove"),
                                                 QStringLiteral("summary"), QStringLiteral("--dry-run")},
                                                &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->root, QStringLiteral("site"));
        QVERIFY(request->dryRun);
        QList<SiteChange::Kind> kinds;
        for (const auto &change : request->changes)
            kinds.append(change.kind);
        QCOMPARE(kinds, (QList<SiteChange::Kind>{SiteChange::Kind::AddTag, SiteChange::Kind::SetField, SiteChange::Kind::ReplaceInField,
                                                  SiteChange::Kind::FixTotal, SiteChange::Kind::RemoveTag, SiteChange::Kind::RemoveKey}));
        QCOMPARE(request->changes.at(1).key, QStringLiteral("price"));
        QCOMPARE(request->changes.at(1).value, QStringLiteral("12"));
        QCOMPARE(request->changes.at(2).pattern, QStringLiteral("a+"));
        QCOMPARE(request->changes.at(2).value, QStringLiteral("b"));
        QCOMPARE(request->changes.at(4).tags, QStringList{QStringLiteral("B")});
    }

    void selection()
    {
        QString error;
        const auto request = EditRequest::parse({QStringLiteral("--where"), QStringLiteral("total<2"), QStringLiteral("site"),
                                                 QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--layout=product"),
                                                 QStringLiteral("--tag"), QStringLiteral("DAC"), QStringLiteral("--before"),
                                                 QStringLiteral("2025-09-01"), QStringLiteral("--after"), QStringLiteral("2025-01-01"),
                                                 QStringLiteral("--file"), QStringLiteral("_products/ja/a/b.md"), QStringLiteral("--fix-total")},
                                                &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->selection.expressions(),
                 (QStringList{QStringLiteral("total<2"), QStringLiteral("lang=ja"), QStringLiteral("layout=product"),
                              QStringLiteral("date<2025-09-01"), QStringLiteral("date>2025-01-01")}));
        QCOMPARE(request->selection.tag, QStringLiteral("DAC"));
        QCOMPARE(request->selection.paths, QStringList{QStringLiteral("_products/ja/a/b.md")});
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no folder") << QStringList{QStringLiteral("--fix-total")} << QStringLiteral("no site folder");
        QTest::newRow("two folders") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--fix-total")}
                                     << QStringLiteral("one site folder");
        QTest::newRow("nothing to do") << QStringList{QStringLiteral("a")} << QStringLiteral("nothing to do");
        QTest::newRow("prices with changes") << QStringList{QStringLiteral("a"), QStringLiteral("--prices"), QStringLiteral("p.csv"),
                                                            QStringLiteral("--fix-total")}
                                             << QStringLiteral("alone");
        QTest::newRow("set without equals") << QStringList{QStringLiteral("a"), QStringLiteral("--set"), QStringLiteral("price")}
                                            << QStringLiteral("KEY=VALUE");
        QTest::newRow("replace short") << QStringList{QStringLiteral("a"), QStringLiteral("--replace"), QStringLiteral("t"), QStringLiteral("x")}
                                       << QStringLiteral("--replace");
        QTest::newRow("bad date") << QStringList{QStringLiteral("a"), QStringLiteral("--after"), QStringLiteral("2025-13-01"),
                                                 QStringLiteral("--fix-total")}
                                  << QStringLiteral("not a date");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("a"), QStringLiteral("--frobnicate")} << QStringLiteral("--frobnicate");
    }

    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!EditRequest::parse(arguments, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEditRequest)
#include "tst_editrequest.moc"
