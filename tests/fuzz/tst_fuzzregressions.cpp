// Runs one fuzz target's checks (its LLVMFuzzerTestOneInput, linked in) on every input
// in its regressions folder: each file is an input a fuzzer once found failing (or a
// seed worth keeping), named for what it exercises. A violated property aborts, which
// fails the test.

#include <QDir>
#include <QTest>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void input_data()
    {
        QTest::addColumn<QString>("path");
        const QDir folder(QStringLiteral(RUBRIC_FUZZ_INPUTS));
        const QStringList names = folder.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!names.isEmpty(), qPrintable(folder.path()));
        for (const auto &name : names)
            QTest::newRow(qPrintable(name)) << folder.filePath(name);
    }

    void input()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
