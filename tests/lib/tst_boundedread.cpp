// The bounded read (issue 14): a file is read at its own size, never at the limit's, and
// refused beyond the limit, also when it is not a regular file.
#include "document/boundedread.h"
#include "document/reviewdocument.h"
#include "schema/schema.h"
#include "site/recordreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Rubric;

namespace {

const QByteArray review = "---\ntitle: \"Sony IER-M9\"\nlang: en\n---\n\n## Overview\n\nFine.\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The process's address space in bytes, from /proc/self/statm (first field, in pages).
qint64 addressSpace()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readLine().split(' ').value(0).toLongLong() * sysconf(_SC_PAGESIZE);
}

// The capped runs happen in a fresh process of this test (main() below): a forked child
// would inherit a heap that may already hold a free block of the limit's size.
enum class CappedWork { ReadAtLimit, LoadDocuments, ReadRecords };

bool runCapped(CappedWork work, const QString &path)
{
    // A fixed threshold: every large block is a new mapping, which the cap counts.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    // 4 MB of headroom: plenty for 1,000 loads of a small file, far below the 16 MB limit.
    const rlim_t limit = rlim_t(addressSpace() + 4 * 1024 * 1024);
    const rlimit cap{limit, limit};
    if (setrlimit(RLIMIT_AS, &cap) != 0)
        return false;
    switch (work) {
    case CappedWork::ReadAtLimit: {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.read(ReviewDocument::maximumFileSize + 1).size() > 0;
    }
    case CappedWork::LoadDocuments:
        for (int i = 0; i < 1000; ++i) {
            ReviewDocument document(Schema::builtin());
            if (!document.load(path) || document.isModified() || document.changedOnDisk())
                return false;
        }
        return true;
    case CappedWork::ReadRecords: {
        const QFileInfo info(path);
        for (int i = 0; i < 1000; ++i) {
            if (!RecordReader::read(info.absolutePath(), info.fileName(), Schema::builtin()).readable)
                return false;
        }
        return true;
    }
    }
    return false;
}

// The exit code of a fresh process running `work` under the cap: 0 when it succeeded.
int underAllocationCap(CappedWork work, const QString &path)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--capped-child"), QString::number(int(work)), path});
    if (!child.waitForFinished(60000))
        return -1;
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 100;
}

} // namespace

class TestBoundedRead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheWholeFileAtItsSize();
    void refusesBeyondTheLimit();
    void refusesWhatIsNotARegularFile();
    void reportsAMissingFile();
    void smallLoadsNeverAllocateTheLimit();

private:
    QTemporaryDir m_dir;
};

void TestBoundedRead::readsTheWholeFileAtItsSize()
{
    const QString path = m_dir.filePath(QStringLiteral("small.md"));
    QVERIFY(writeFile(path, review));
    const BoundedRead read = readFileBounded(path, ReviewDocument::maximumFileSize);
    QVERIFY(read.ok());
    QCOMPARE(read.bytes, review);
    QCOMPARE(read.size, review.size());
    QVERIFY(read.modified > 0);
    QVERIFY2(read.bytes.capacity() <= review.size() + 1, QByteArray::number(read.bytes.capacity()).constData());

    const QString empty = m_dir.filePath(QStringLiteral("empty.md"));
    QVERIFY(writeFile(empty, {}));
    const BoundedRead none = readFileBounded(empty, ReviewDocument::maximumFileSize);
    QVERIFY(none.ok());
    QVERIFY(none.bytes.isEmpty());
}

void TestBoundedRead::refusesBeyondTheLimit()
{
    const QString path = m_dir.filePath(QStringLiteral("large.md"));
    QVERIFY(writeFile(path, review));
    const BoundedRead atLimit = readFileBounded(path, review.size());
    QVERIFY(atLimit.ok());
    const BoundedRead beyond = readFileBounded(path, review.size() - 1);
    QCOMPARE(beyond.status, BoundedRead::Status::TooLarge);
    QCOMPARE(beyond.size, review.size());
    QVERIFY(beyond.bytes.isEmpty());
}

void TestBoundedRead::refusesWhatIsNotARegularFile()
{
    QCOMPARE(readFileBounded(m_dir.path(), 1024).status, BoundedRead::Status::NotAFile);
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.md"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Must return at once although no one ever writes to the pipe.
    QCOMPARE(readFileBounded(fifo, 1024).status, BoundedRead::Status::NotAFile);
    ReviewDocument document(Schema::builtin());
    QVERIFY(!document.load(fifo));
    QCOMPARE(document.problems().value(0).code, QStringLiteral("load.not-a-file"));
}

void TestBoundedRead::reportsAMissingFile()
{
    const BoundedRead read = readFileBounded(m_dir.filePath(QStringLiteral("missing.md")), 1024);
    QCOMPARE(read.status, BoundedRead::Status::CannotOpen);
    QVERIFY(!read.error.isEmpty());
}

void TestBoundedRead::smallLoadsNeverAllocateTheLimit()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer reserves terabytes of address space: an address-space cap cannot be set");
#endif
    const QString path = m_dir.filePath(QStringLiteral("capped.md"));
    QVERIFY(writeFile(path, review));
    // The cap bites: reading at the limit, as QIODevice::read(limit + 1) does, fails under it.
    QVERIFY(underAllocationCap(CappedWork::ReadAtLimit, path) != 0);
    QCOMPARE(underAllocationCap(CappedWork::LoadDocuments, path), 0);
    QCOMPARE(underAllocationCap(CappedWork::ReadRecords, path), 0);
}

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--capped-child") == 0) {
        QCoreApplication app(argc, argv);
        try {
            return runCapped(CappedWork(std::atoi(argv[2])), QString::fromLocal8Bit(argv[3])) ? 0 : 1;
        } catch (...) {
            return 2; // std::bad_alloc: the cap was hit
        }
    }
    QCoreApplication app(argc, argv);
    TestBoundedRead test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_boundedread.moc"
