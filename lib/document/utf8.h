#pragma once

#include <QByteArrayView>
#include <QString>

namespace Rubric {

// The byte offset of the first byte that is not part of well-formed UTF-8 (overlong
// forms, surrogates and code points above U+10FFFF are ill-formed), or -1 when all is.
qsizetype firstInvalidUtf8(QByteArrayView bytes);
// Decodes UTF-8 keeping a leading byte order mark as U+FEFF (QString::fromUtf8 drops it),
// so that text() encodes back to the very bytes that were read.
QString decodeUtf8(QByteArrayView bytes);

} // namespace Rubric
