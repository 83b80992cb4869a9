#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace Rubric {

// Writes `bytes` to `path` through a temporary file that replaces it only once every
// byte was written: a full disk, a size limit or a vanished folder leave the old file as
// it was. (QSaveFile alone, in Qt 6.4, commits a short file when its buffer fails to
// flush at commit.) `error` gets the system's reason. `permissions`, when given, are set
// on the temporary file before any byte is written, so the file never has wider ones.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr,
                         QFileDevice::Permissions permissions = {});

} // namespace Rubric
