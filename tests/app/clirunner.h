#pragma once

// Helpers of tst_cli: running the built `rubric` binary and preparing review files.

#include "testutil.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace Rubric::Test {

inline QString ierM9()
{
    return QStringLiteral("_products/en/sony/sony-ier-m9.md");
}

inline QString ierM9Ja()
{
    return QStringLiteral("_products/ja/sony/sony-ier-m9.md");
}

inline QStringList axisIds()
{
    return {QStringLiteral("scientific_validity"), QStringLiteral("technology_level"),
            QStringLiteral("cost_performance"), QStringLiteral("reliability_support"),
            QStringLiteral("design_rationality")};
}

// Row data with non-ASCII text, which QStringLiteral cannot take from a narrow literal.
inline QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

inline QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(s(item));
    return result;
}

struct CliResult
{
    int exitCode = -1; // -1: did not start, crashed or hung
    QString out;
    QString err;
};

// `extra` adds or overrides environment variables (e.g. XDG_CACHE_HOME for the index cache).
inline CliResult runRubric(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extra);
    // Arguments and output are UTF-8 whatever the caller's locale (Japanese values).
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RUBRIC_BINARY), arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// One line of a file as it should read after an edit (1-based line numbers).
struct LineChange
{
    int line = 0;
    QString before;
    QString after;
};
using LineChanges = QList<LineChange>;

// `original` with exactly `changes` applied; empty with `mismatch` set when a change's
// `before` is not what the original holds, so a wrong row fails loudly.
inline QByteArray withChanges(const QByteArray &original, const LineChanges &changes, QString *mismatch)
{
    QList<QByteArray> lines = original.split('\n');
    for (const auto &change : changes) {
        if (change.line < 1 || change.line > lines.size() || lines.at(change.line - 1) != change.before.toUtf8()) {
            *mismatch = QStringLiteral("line %1 is not \"%2\"").arg(change.line).arg(change.before);
            return {};
        }
        lines[change.line - 1] = change.after.toUtf8();
    }
    return lines.join('\n');
}

// A fixed time in the past: a rewrite, even of the same bytes, moves it.
inline QDateTime oldModificationTime()
{
    return QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
}

inline bool setModificationTime(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

inline qint64 modificationTime(const QString &path)
{
    return QFileInfo(path).lastModified().toMSecsSinceEpoch();
}

// Lines of `text` without their breaks.
inline QStringList linesOf(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace Rubric::Test

Q_DECLARE_METATYPE(Rubric::Test::LineChanges)
