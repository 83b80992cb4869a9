#pragma once

#include <QByteArrayView>

namespace Rubric {

// The byte offset of the first byte that is not part of well-formed UTF-8 (overlong
// forms, surrogates and code points above U+10FFFF are ill-formed), or -1 when all is.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

} // namespace Rubric
