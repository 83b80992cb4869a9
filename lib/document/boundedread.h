#pragma once

#include <QByteArray>
#include <QString>

namespace Rubric {

// The one way Rubric reads a file it will parse: the size is checked first (stat), then
// only what is there is read into a buffer of the file's size plus one byte. Reading with
// QIODevice::read(limit + 1) instead reserves the whole limit for every file, which on a
// site of thousands of reviews costs more than the parsing.
struct BoundedRead
{
    enum class Status {
        Ok,
        NotAFile,   // a folder, a device or a pipe: no size to check, may never end
        CannotOpen, // error says why
        TooLarge,   // size says how large
        ReadError,  // error says why
    };
    Status status = Status::CannotOpen;
    QByteArray bytes;
    qint64 size = 0;     // the file's size as read (or as stat reported it when too large)
    qint64 modified = 0; // ms since the epoch, of the very file read
    QString error;       // the system's reason, for CannotOpen and ReadError

    bool ok() const { return status == Status::Ok; }
};

// Reads `path` whole when it is a regular file of at most `limit` bytes. A file that grows
// while it is read is followed up to the limit and refused beyond it.
BoundedRead readFileBounded(const QString &path, qint64 limit);

} // namespace Rubric
