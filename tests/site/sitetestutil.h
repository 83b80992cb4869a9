#pragma once

#include "testutil.h"

#include <QFileInfo>

namespace Rubric::Test {

// A small site: a few corpus reviews copied with their relative paths.
inline bool copyReviews(const QString &to, const QStringList &paths)
{
    for (const auto &path : paths) {
        if (!QDir().mkpath(QFileInfo(to + u'/' + path).absolutePath())
            || !QFile::copy(Test::corpusDir() + u'/' + path, to + u'/' + path))
            return false;
    }
    return true;
}

inline const QStringList smallSite = {
    QStringLiteral("_companies/en/sony.md"),
    QStringLiteral("_companies/ja/sony.md"),
    QStringLiteral("_products/en/sony/sony-ier-m9.md"),
    QStringLiteral("_products/ja/sony/sony-ier-m9.md"),
    QStringLiteral("_products/en/teac/teac-vrds-701.md"),
};

inline QByteArray withTotal(QByteArray bytes, const QByteArray &rating)
{
    const qsizetype start = bytes.indexOf("\nrating:") + 1;
    const qsizetype end = bytes.indexOf('\n', start);
    return bytes.replace(start, end - start, QByteArray("rating: " + rating));
}

} // namespace Rubric::Test
