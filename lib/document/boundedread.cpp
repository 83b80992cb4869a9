#include "boundedread.h"

#include <QFile>
#include <qplatformdefs.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>

namespace Rubric {

BoundedRead readFileBounded(const QString &path, qint64 limit)
{
    BoundedRead result;
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below anyway.
    const int fd = QT_OPEN(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        result.status = errno == EISDIR ? BoundedRead::Status::NotAFile : BoundedRead::Status::CannotOpen;
        result.error = qt_error_string();
        return result;
    }
    const auto finish = [fd, &result](BoundedRead::Status status) {
        if (status == BoundedRead::Status::CannotOpen || status == BoundedRead::Status::ReadError)
            result.error = qt_error_string();
        QT_CLOSE(fd);
        result.status = status;
        if (status != BoundedRead::Status::Ok)
            result.bytes = QByteArray();
        return result;
    };
    QT_STATBUF status;
    if (QT_FSTAT(fd, &status) != 0)
        return finish(BoundedRead::Status::CannotOpen);
    if (!S_ISREG(status.st_mode))
        return finish(BoundedRead::Status::NotAFile);
    result.modified = qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000;
    result.size = status.st_size;
    if (status.st_size > limit)
        return finish(BoundedRead::Status::TooLarge);
    // One byte more than stat said, to notice a file that grew meanwhile.
    result.bytes = QByteArray(qsizetype(status.st_size) + 1, Qt::Uninitialized);
    qsizetype done = 0;
    for (;;) {
        if (done == result.bytes.size()) {
            if (done > limit) {
                result.size = done;
                return finish(BoundedRead::Status::TooLarge);
            }
            // Grown: follow it in steps, never past the limit plus one byte.
            result.bytes.resize(qsizetype(qMin<qint64>(limit + 1, qint64(done) * 2 + 4096)));
        }
        const auto got = QT_READ(fd, result.bytes.data() + done, size_t(result.bytes.size() - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return finish(BoundedRead::Status::ReadError);
        if (got == 0)
            break; // the end (or shrunk meanwhile: take what is there)
        done += got;
    }
    result.bytes.truncate(done);
    result.size = done;
    return finish(BoundedRead::Status::Ok);
}

} // namespace Rubric
