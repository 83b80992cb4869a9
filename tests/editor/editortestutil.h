#pragma once

#include "testutil.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace Rubric::Test {

inline QString sampleSiteDir()
{
    return QStringLiteral(RUBRIC_SAMPLE_SITE_DIR);
}

// The sample site's product review, copied to `dir` (the original stays untouched).
inline QString copySampleReview(const QTemporaryDir &dir, const QString &name = QStringLiteral("sony-ier-m9.md"))
{
    const QString path = dir.filePath(name);
    writeFile(path, readFile(sampleSiteDir() + QLatin1String("/_products/en/sony/sony-ier-m9.md")));
    return path;
}

} // namespace Rubric::Test
