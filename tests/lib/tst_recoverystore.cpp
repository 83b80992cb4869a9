// RecoveryStore (the folder of recovery copies and its file format) and RecoveryRecorder
// (when a document's copy is written and removed).
#include "document/recoveryrecorder.h"
#include "document/recoverystore.h"
#include "document/reviewdocument.h"
#include "testutil.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Rubric;

class TestRecoveryStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void entryRoundTrips_data();
    void entryRoundTrips();
    void truncatedOrForeignFilesAreNotOffered_data();
    void truncatedOrForeignFilesAreNotOffered();
    void oneCopyPerFileAndRemove();
    void orphansAreCopiesOfEndedProcesses();
    void anotherSessionsCopyIsNeverOverwrittenOrRemoved_data();
    void anotherSessionsCopyIsNeverOverwrittenOrRemoved();
    void folderAndCopiesAreTheUsersAlone();
    void copyIsWrittenOnceTheEditsPause();
    void copyHoldsTheEditsAndLeavesTheFileAlone();
    void copyIsRemovedOnSave();
    void copyIsRemovedWhenUndoneToTheSavedText();
    void copyIsRemovedWhenTheDocumentCloses();
    void unwritableStoreReportsAndKeepsTheDocument();

private:
    std::unique_ptr<ReviewDocument> openCopy();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_original;
};

void TestRecoveryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_original = Test::readFile(Test::corpusDir() + QLatin1String("/_products/en/sony/sony-ier-m9.md"));
    QVERIFY(!m_original.isEmpty());
    m_path = m_dir->filePath(QStringLiteral("review.md"));
    QVERIFY(Test::writeFile(m_path, m_original));
}

std::unique_ptr<ReviewDocument> TestRecoveryStore::openCopy()
{
    auto document = std::make_unique<ReviewDocument>();
    if (!document->load(m_path))
        return {};
    return document;
}

void TestRecoveryStore::entryRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("plain review") << QStringLiteral("/site/_products/en/a.md") << QByteArray("---\ntitle: A\n---\nbody\n");
    QTest::newRow("path with spaces, colon and Japanese")
        << QString::fromUtf8("/home/me/レビュー: 2/a b.md") << QByteArray("---\ntitle: ア\n---\n");
    QTest::newRow("path with a line break") << QStringLiteral("/tmp/odd\nname.md") << QByteArray("x");
    QTest::newRow("text with empty lines and a header-like line")
        << QStringLiteral("/a.md") << QByteArray("\n\nlength: 3\n\nrubric-recovery: 1\n");
    QTest::newRow("empty text") << QStringLiteral("/a.md") << QByteArray();
    QTest::newRow("crlf and no final break") << QStringLiteral("/a.md") << QByteArray("---\r\ntitle: A\r\n---\r\nend");
}

void TestRecoveryStore::entryRoundTrips()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, text);
    RecoveryEntry entry;
    entry.originalPath = path;
    entry.diskSha256 = RecoveryStore::sha256("on disk");
    entry.diskModified = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    entry.written = QDateTime(QDate(2026, 1, 2), QTime(3, 5, 0, 1), Qt::UTC);
    entry.pid = 4242;
    entry.text = text;
    const auto back = RecoveryStore::parse(RecoveryStore::serialize(entry));
    QVERIFY(back);
    QCOMPARE(back->originalPath, path);
    QCOMPARE(back->diskSha256, entry.diskSha256);
    QCOMPARE(back->diskModified, entry.diskModified);
    QCOMPARE(back->written, entry.written);
    QCOMPARE(back->pid, 4242);
    QCOMPARE(back->text, text);
}

void TestRecoveryStore::truncatedOrForeignFilesAreNotOffered_data()
{
    RecoveryEntry entry;
    entry.originalPath = QStringLiteral("/a.md");
    entry.text = "---\ntitle: A\n---\nbody\n";
    const QByteArray good = RecoveryStore::serialize(entry);
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("cut short in the text") << good.chopped(3);
    QTest::newRow("cut short in the header") << good.first(30);
    QTest::newRow("longer than its length") << good + "extra";
    QTest::newRow("another program's file") << QByteArray("hello\n\nworld");
    QTest::newRow("a later format version") << QByteArray(good).replace("rubric-recovery: 1", "rubric-recovery: 2");
}

void TestRecoveryStore::truncatedOrForeignFilesAreNotOffered()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!RecoveryStore::parse(bytes));
    const RecoveryStore store(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(QDir().mkpath(store.directory()));
    QVERIFY(Test::writeFile(store.fileFor(QStringLiteral("/a.md")), bytes));
    QVERIFY(store.list().isEmpty());
    QVERIFY(QFileInfo::exists(store.fileFor(QStringLiteral("/a.md")))); // left alone, not deleted
}

void TestRecoveryStore::oneCopyPerFileAndRemove()
{
    const RecoveryStore store(m_dir->filePath(QStringLiteral("recovery")));
    RecoveryEntry a{QStringLiteral("/site/a.md"), {}, {}, {}, 1, "first", {}};
    RecoveryEntry b{QStringLiteral("/site/b.md"), {}, {}, {}, 1, "other", {}};
    QVERIFY(store.write(a));
    QVERIFY(store.write(b));
    a.text = "second";
    QVERIFY(store.write(a)); // replaces the first copy of a.md
    const QList<RecoveryEntry> entries = store.list();
    QCOMPARE(entries.size(), 2);
    QStringList texts;
    for (const auto &entry : entries) {
        texts.append(QString::fromUtf8(entry.text));
        QCOMPARE(entry.recoveryFile, store.fileFor(entry.originalPath));
        QCOMPARE(QFile::permissions(entry.recoveryFile) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }
    texts.sort();
    QCOMPARE(texts, (QStringList{QStringLiteral("other"), QStringLiteral("second")}));
    QVERIFY(store.remove(QStringLiteral("/site/a.md")));
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.list().constFirst().originalPath, QStringLiteral("/site/b.md"));
}

void TestRecoveryStore::orphansAreCopiesOfEndedProcesses()
{
    // Another program now runs under the id of the process that wrote a copy (as after a
    // reboot): the copy is still an orphan. (A second Rubric still running is the
    // kill -9 test of tst_recoverywindow.)
    QProcess other;
    other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(other.waitForStarted());

    const RecoveryStore store(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(store.write({QStringLiteral("/mine.md"), {}, {}, {}, QCoreApplication::applicationPid(), "m", {}}));
    QVERIFY(store.write({QStringLiteral("/reused.md"), {}, {}, {}, other.processId(), "r", {}}));
    QVERIFY(store.write({QStringLiteral("/crashed.md"), {}, {}, {}, 999999999, "c", {}}));
    QVERIFY(store.write({QStringLiteral("/unknown.md"), {}, {}, {}, 0, "u", {}}));
    QStringList orphans;
    for (const auto &entry : store.orphans())
        orphans.append(entry.originalPath);
    orphans.sort();
#ifdef Q_OS_LINUX
    QCOMPARE(orphans, (QStringList{QStringLiteral("/crashed.md"), QStringLiteral("/reused.md"), QStringLiteral("/unknown.md")}));
#else
    QCOMPARE(orphans, (QStringList{QStringLiteral("/crashed.md"), QStringLiteral("/unknown.md")}));
#endif
    const qint64 pid = other.processId();
    other.kill();
    QVERIFY(other.waitForFinished());
    QVERIFY(!RecoveryStore::isRunning(pid)); // killed and reaped
    QVERIFY(RecoveryStore::isRunning(QCoreApplication::applicationPid()));
}

void TestRecoveryStore::anotherSessionsCopyIsNeverOverwrittenOrRemoved_data()
{
    QTest::addColumn<QString>("ending");
    QTest::newRow("this session closes without saving") << QStringLiteral("close");
    QTest::newRow("this session saves") << QStringLiteral("save");
    QTest::newRow("this session undoes back to the saved text") << QStringLiteral("undo");
}

void TestRecoveryStore::anotherSessionsCopyIsNeverOverwrittenOrRemoved()
{
    // A crashed session's copy the user chose to decide on later (or a second Rubric
    // editing the same file): this session's copy of the same file sits beside it.
    QFETCH(QString, ending);
    const QString folder = m_dir->filePath(QStringLiteral("recovery"));
    const RecoveryStore other(folder, QStringLiteral("4242-crashed"));
    const QString absolute = QFileInfo(m_path).absoluteFilePath();
    QVERIFY(other.write({absolute, {}, {}, {}, 4242, "the crashed session's text", {}}));
    const RecoveryStore store(folder, QStringLiteral("this-session"));
    QVERIFY(store.fileFor(m_path) != other.fileFor(m_path));

    auto document = openCopy();
    QVERIFY(document);
    auto *recorder = new RecoveryRecorder(document.get(), store, 50);
    QVERIFY(document->setAxis(QStringLiteral("cost_performance"), 7).ok());
    QVERIFY(recorder->writeNow());
    QList<RecoveryEntry> entries = store.list();
    QCOMPARE(entries.size(), 2); // both copies of the one file are offered at the next start
    QStringList texts;
    for (const auto &entry : entries) {
        QCOMPARE(entry.originalPath, absolute);
        texts.append(QString::fromUtf8(entry.text.left(26)));
    }
    QVERIFY(texts.contains(QStringLiteral("the crashed session's text")));

    if (ending == QLatin1String("close"))
        document.reset();
    else if (ending == QLatin1String("save"))
        QVERIFY(document->save().ok());
    else
        document->undoStack()->undo();
    QVERIFY(!QFileInfo::exists(store.fileFor(m_path)));
    entries = store.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().recoveryFile, other.fileFor(m_path));
    QCOMPARE(entries.constFirst().text, QByteArray("the crashed session's text"));
    QVERIFY(RecoveryStore::removeCopy(entries.constFirst()));
    QVERIFY(store.list().isEmpty());
}

void TestRecoveryStore::folderAndCopiesAreTheUsersAlone()
{
    const RecoveryStore store(m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(store.write({QStringLiteral("/site/a.md"), {}, {}, {}, 1, "private", {}}));
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                        | QFile::ExeOther;
    QCOMPARE(QFile::permissions(store.directory()) & others, QFile::Permissions());
    QCOMPARE(QFile::permissions(store.directory()) & QFile::ExeOwner, QFile::ExeOwner);
    QCOMPARE(QFile::permissions(store.fileFor(QStringLiteral("/site/a.md"))) & others, QFile::Permissions());
    // Rewritten over a copy someone widened: narrowed again.
    QVERIFY(QFile::setPermissions(store.fileFor(QStringLiteral("/site/a.md")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(store.write({QStringLiteral("/site/a.md"), {}, {}, {}, 1, "private again", {}}));
    QCOMPARE(QFile::permissions(store.fileFor(QStringLiteral("/site/a.md"))) & others, QFile::Permissions());
}

void TestRecoveryStore::copyIsWrittenOnceTheEditsPause()
{
    const RecoveryStore store(m_dir->filePath(QStringLiteral("recovery")));
    auto document = openCopy();
    QVERIFY(document);
    auto *recorder = new RecoveryRecorder(document.get(), store, 200);
    QSignalSpy written(recorder, &RecoveryRecorder::written);
    // A burst of keystrokes with no pause: nothing is written while they come.
    for (int i = 0; i < 50; ++i) {
        QVERIFY(document->editText({{document->text().size(), 0, QStringLiteral("x")}}, QStringLiteral("Typing"), 1).ok());
        QVERIFY(recorder->isPending());
        QVERIFY(!QFileInfo::exists(store.fileFor(m_path)));
    }
    QVERIFY(written.wait(5000));
    QCOMPARE(written.size(), 1);
    QVERIFY(QFileInfo::exists(store.fileFor(m_path)));
    // No further edits: no timer armed, so no further write can come (no sleep needed).
    QVERIFY(!recorder->isPending());
    QCoreApplication::processEvents();
    QCOMPARE(written.size(), 1);
}

void TestRecoveryStore::copyHoldsTheEditsAndLeavesTheFileAlone()
{
    const RecoveryStore store(m_dir->filePath(QStringLiteral("recovery")));
    auto document = openCopy();
    QVERIFY(document);
    auto *recorder = new RecoveryRecorder(document.get(), store, 50);
    QVERIFY(document->setAxis(QStringLiteral("cost_performance"), 7).ok());
    QSignalSpy written(recorder, &RecoveryRecorder::written);
    QVERIFY(written.wait(5000));
    const QList<RecoveryEntry> entries = store.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().originalPath, QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(entries.constFirst().text, document->toBytes());
    QVERIFY(entries.constFirst().text != m_original);
    QCOMPARE(entries.constFirst().diskSha256, RecoveryStore::sha256(m_original));
    QCOMPARE(entries.constFirst().diskModified, QFileInfo(m_path).lastModified().toUTC());
    QCOMPARE(entries.constFirst().pid, QCoreApplication::applicationPid());
    QCOMPARE(Test::readFile(m_path), m_original);
}

void TestRecoveryStore::copyIsRemovedOnSave()
{
    const RecoveryStore store(m_dir->filePath(QStringLiteral("recovery")));
    auto document = openCopy();
    QVERIFY(document);
    auto *recorder = new RecoveryRecorder(document.get(), store, 50);
    QVERIFY(document->setAxis(QStringLiteral("cost_performance"), 7).ok());
    QVERIFY(recorder->writeNow());
    QVERIFY(QFileInfo::exists(store.fileFor(m_path)));
    QVERIFY(document->save().ok());
    QVERIFY(!QFileInfo::exists(store.fileFor(m_path)));
    QVERIFY(!recorder->isPending()); // nothing armed that could write late after the save
    QCoreApplication::processEvents();
    QVERIFY(!QFileInfo::exists(store.fileFor(m_path)));
}

void TestRecoveryStore::copyIsRemovedWhenUndoneToTheSavedText()
{
    const RecoveryStore store(m_dir->filePath(QStringLiteral("recovery")));
    auto document = openCopy();
    QVERIFY(document);
    auto *recorder = new RecoveryRecorder(document.get(), store, 50);
    QVERIFY(document->setAxis(QStringLiteral("cost_performance"), 7).ok());
    QVERIFY(recorder->writeNow());
    document->undoStack()->undo();
    QVERIFY(!document->isModified());
    QVERIFY(!QFileInfo::exists(store.fileFor(m_path)));
    QVERIFY(!recorder->isPending());
    document->undoStack()->redo(); // modified again: a copy follows
    QSignalSpy written(recorder, &RecoveryRecorder::written);
    QVERIFY(written.wait(5000));
    QVERIFY(QFileInfo::exists(store.fileFor(m_path)));
}

void TestRecoveryStore::copyIsRemovedWhenTheDocumentCloses()
{
    const RecoveryStore store(m_dir->filePath(QStringLiteral("recovery")));
    auto document = openCopy();
    QVERIFY(document);
    auto *recorder = new RecoveryRecorder(document.get(), store, 50);
    QVERIFY(document->setAxis(QStringLiteral("cost_performance"), 7).ok());
    QVERIFY(recorder->writeNow());
    QVERIFY(QFileInfo::exists(store.fileFor(m_path)));
    document.reset(); // closed with its changes discarded
    QVERIFY(!QFileInfo::exists(store.fileFor(m_path)));
    QCOMPARE(Test::readFile(m_path), m_original);
}

void TestRecoveryStore::unwritableStoreReportsAndKeepsTheDocument()
{
    // The store's folder cannot be created: a regular file is where it should be.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QVERIFY(Test::writeFile(blocker, "file"));
    const RecoveryStore store(blocker + QLatin1String("/recovery"));
    auto document = openCopy();
    QVERIFY(document);
    auto *recorder = new RecoveryRecorder(document.get(), store, 50);
    QSignalSpy failed(recorder, &RecoveryRecorder::failed);
    QVERIFY(document->setAxis(QStringLiteral("cost_performance"), 7).ok());
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.constFirst().constFirst().toString().contains(blocker));
    QVERIFY(document->isModified());
    QCOMPARE(Test::readFile(m_path), m_original);
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
