// The site's own edits of `tags` and `price`, replayed through the engine on the file as it
// was before, give the author's bytes: the shapes the corpus uses (flow and block lists,
// quoted and plain items, Japanese tags, prices as integer, decimal or quoted, comments,
// CRLF line ends). Each row: the front matter lines before, the change, the lines after.
#include "edit/siteedit.h"

#include "schema/schema.h"

#include <QTest>

using namespace Rubric;

Q_DECLARE_METATYPE(Rubric::SiteChange)

namespace {

QByteArray review(const QByteArray &lines, const QByteArray &eol)
{
    QByteArray text = "---\nlayout: product\nlang: en\ntitle: \"Acme One Product Review\"\n" + lines
        + "---\n\n## Overview\n\nText.\n";
    if (eol != "\n")
        text.replace("\n", eol);
    return text;
}

} // namespace

class TestReplay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorsBytes_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<SiteChange>("change");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QByteArray>("eol");
        const auto row = [](const char *name, const QByteArray &before, const SiteChange &change, const QByteArray &after) {
            QTest::newRow(name) << before << change << after << QByteArray("\n");
            QTest::newRow(qPrintable(QString::fromUtf8(name) + QStringLiteral(", CRLF"))) << before << change << after
                                                                                          << QByteArray("\r\n");
        };
        row("rename in a flow list", "tags: [In-Ear Monitors, DAC]\n",
            SiteChange::renameTags({QStringLiteral("In-Ear Monitors")}, QStringLiteral("In-ear monitors")),
            "tags: [In-ear monitors, DAC]\n");
        row("add to a flow list", "tags: [Headphones]\n", SiteChange::addTag(QStringLiteral("Open-back")),
            "tags: [Headphones, Open-back]\n");
        row("remove from a flow list", "tags: [Headphones, Sony, DAC]\n", SiteChange::removeTag(QStringLiteral("Sony")),
            "tags: [Headphones, DAC]\n");
        row("rename in a block list", "tags:\n  - In-Ear Monitors\n  - DAC\n",
            SiteChange::renameTags({QStringLiteral("In-Ear Monitors")}, QStringLiteral("In-ear monitors")),
            "tags:\n  - In-ear monitors\n  - DAC\n");
        row("add to a block list", "tags:\n- Headphones\n", SiteChange::addTag(QStringLiteral("Open-back")),
            "tags:\n- Headphones\n- Open-back\n");
        row("remove from a block list", "tags:\n  - Headphones\n  - Sony\n  - DAC\n",
            SiteChange::removeTag(QStringLiteral("Sony")), "tags:\n  - Headphones\n  - DAC\n");
        // The site quotes the tags of several words and only those (40 files).
        row("a quoted item renamed stays quoted", "tags: [\"Active speakers\", Bluetooth, \"HDMI ARC\"]\n",
            SiteChange::renameTags({QStringLiteral("Active speakers")}, QStringLiteral("Powered speakers")),
            "tags: [\"Powered speakers\", Bluetooth, \"HDMI ARC\"]\n");
        row("a plain item beside quoted ones stays plain", "tags: [\"Active speakers\", Bluetooth, ELAC]\n",
            SiteChange::renameTags({QStringLiteral("ELAC")}, QStringLiteral("Elac")),
            "tags: [\"Active speakers\", Bluetooth, Elac]\n");
        row("a quoted item removed", "tags: [\"Audio interface\", USB-C, \"HDMI ARC\"]\n",
            SiteChange::removeTag(QStringLiteral("HDMI ARC")), "tags: [\"Audio interface\", USB-C]\n");
        row("Japanese tags", "tags: [イヤホン, ワイヤレス]\n",
            SiteChange::renameTags({QString::fromUtf8("イヤホン")}, QString::fromUtf8("インイヤーモニター")),
            "tags: [インイヤーモニター, ワイヤレス]\n");
        row("a comment after the list stays", "tags: [Headphones, Sony] # brand tags reviewed 2024\n",
            SiteChange::removeTag(QStringLiteral("Sony")), "tags: [Headphones] # brand tags reviewed 2024\n");
        row("an integer price", "price: 1299\n", SiteChange::setField(QStringLiteral("price"), QStringLiteral("1099")),
            "price: 1099\n");
        row("a decimal price", "price: 49.99\n", SiteChange::setField(QStringLiteral("price"), QStringLiteral("39.5")),
            "price: 39.5\n");
        row("a price per pair", "price: 1299 # per pair\n",
            SiteChange::setField(QStringLiteral("price"), QStringLiteral("1099.5")), "price: 1099.5 # per pair\n");
        row("a price with a comment", "price: 1299 # launch price\n",
            SiteChange::setField(QStringLiteral("price"), QStringLiteral("999")), "price: 999 # launch price\n");
    }

    void authorsBytes()
    {
        QFETCH(QByteArray, before);
        QFETCH(SiteChange, change);
        QFETCH(QByteArray, after);
        QFETCH(QByteArray, eol);
        const FilePlan plan = SiteEdit::plan(QStringLiteral("x.md"), review(before, eol), {change}, Schema::builtin());
        QVERIFY2(plan.isChange(), qPrintable(plan.refusal));
        QCOMPARE(plan.afterText.toUtf8(), review(after, eol));
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
