#pragma once

// Helpers of the print tests: poppler-utils (pdfinfo, pdftotext, pdffonts, pdftohtml)
// read the PDFs Rubric writes, as a user's viewer would.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

namespace Rubric::Test {

struct ToolResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline ToolResult runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdftohtml")).isEmpty();
}

// pdfinfo's "Key: value" lines.
inline QString pdfInfo(const QString &path, const QString &key)
{
    const ToolResult result = runTool(QStringLiteral("pdfinfo"), {path});
    for (const QString &line : result.out.split(u'\n')) {
        if (line.startsWith(key + u':'))
            return line.sliced(key.size() + 1).trimmed();
    }
    return {};
}

// Text with runs of white space made single spaces, so wrapped lines compare as one;
// NFKC turns the "fi" ligature glyph's U+FB01 back into "fi", as viewers' search does.
inline QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
        .out.normalized(QString::NormalizationForm_KC)
        .simplified();
}

// Japanese wraps anywhere: compare without any white space.
inline QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

struct OutlineItem
{
    QString title;
    int page = 0;
    int depth = 0;
};

// The outline (bookmarks) as poppler reads it: pdftohtml -xml nests <outline> lists.
inline QList<OutlineItem> pdfOutline(const QString &path)
{
    const QString xml = runTool(QStringLiteral("pdftohtml"),
                                {QStringLiteral("-xml"), QStringLiteral("-stdout"), QStringLiteral("-i"),
                                 QStringLiteral("-q"), path})
                            .out;
    static const QRegularExpression token(QStringLiteral("<outline>|</outline>|<item page=\"(\\d+)\">([^<]*)</item>"));
    QList<OutlineItem> items;
    int depth = -1;
    auto it = token.globalMatch(xml);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.captured(0) == QLatin1String("<outline>"))
            ++depth;
        else if (match.captured(0) == QLatin1String("</outline>"))
            --depth;
        else
            items.append({match.captured(2), match.captured(1).toInt(), depth});
    }
    return items;
}

inline int topLevelCount(const QList<OutlineItem> &items)
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const OutlineItem &item) { return item.depth == 0; }));
}

} // namespace Rubric::Test
