#pragma once

// Helpers of the translation tests: small sites copied from the corpus into temporary
// folders, so that tests can write.

#include "app/clirunner.h"
#include "testutil.h"

#include <QTemporaryDir>

namespace Rubric::Test {

// The corpus pairs the tests use: an ordinary pair, the pairs only `ref` links (a case
// difference in the file name, or another company folder), and the reviews without a
// translation (as the site checks pair.ref-only and pair.missing find them).
inline QList<QPair<QString, QString>> refOnlyPairs()
{
    return {{QStringLiteral("_products/en/aiyima/aiyima-A70.md"), QStringLiteral("_products/ja/aiyima/aiyima-a70.md")},
            {QStringLiteral("_products/en/jvc/jvc-ha-d710.md"), QStringLiteral("_products/ja/victor/jvc-ha-d710.md")},
            {QStringLiteral("_products/en/logitech/logitech-z120bw.md"), QStringLiteral("_products/ja/logicool/logitech-z120bw.md")},
            {QStringLiteral("_products/en/logitech/logitech-z313.md"), QStringLiteral("_products/ja/logicool/logitech-z313.md")},
            {QStringLiteral("_products/en/paltauf/paltauf-hpa-100.md"), QStringLiteral("_products/ja/musica/paltauf-hpa-100.md")}};
}

inline QStringList orphans()
{
    return {QStringLiteral("_products/en/radius/radius-hp-w100.md"), QStringLiteral("_products/en/teac/teac-vrds-701.md"),
            QStringLiteral("_products/ja/juice-hifi/juice-hifi-audiolense-xo.md")};
}

// Copies corpus files (site-relative paths) into `root`, keeping their paths.
inline bool copyToSite(const QString &root, const QStringList &sitePaths)
{
    for (const auto &path : sitePaths) {
        const QString to = root + u'/' + path;
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(corpusDir() + u'/' + path, to))
            return false;
    }
    return true;
}

// A line that differs between two texts of the same number of lines, as "n: before -> after".
inline QStringList changedLines(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    QStringList changes;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            changes.append(QStringLiteral("%1: %2 -> %3").arg(i + 1).arg(a.value(i), b.value(i)));
    }
    return changes;
}

} // namespace Rubric::Test
