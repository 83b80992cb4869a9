#include "atomicwrite.h"

#include <QSaveFile>

#include <cerrno>

namespace Rubric {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error,
                         QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    // Unbuffered: each write reaches the file now, so a short one is seen here.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (permissions && !file.setPermissions(permissions)) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    errno = 0;
    const qint64 written = file.write(bytes);
    if (written != bytes.size()) {
        const int code = errno;
        if (error)
            *error = code ? qt_error_string(code) : file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Rubric
