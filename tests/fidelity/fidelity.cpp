// The fidelity check: Rubric's preview rendering against the site's (kramdown's), block
// structure by block structure. Run by scripts/fidelity.sh, which feeds it kramdown's HTML.
//   rubric_fidelity compare KRAMDOWN_HTML CORPUS_DIR [--verbose]
//   rubric_fidelity golden KRAMDOWN_HTML OUT_FILE   (kramdown's block structures, for the test)
//   rubric_fidelity blocks FILE                      (Rubric's block structure of one file)
#include "blockstructure.h"
#include "fidelitycompare.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QTextStream>

#include <cstdio>

using namespace Rubric::Fidelity;
using namespace Qt::Literals::StringLiterals;

namespace {

// kramdown_html.rb's output: "\x1c<path>\n<html>" per file.
QList<std::pair<QString, QString>> readStream(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return {};
    }
    const QString all = QString::fromUtf8(file.readAll());
    QList<std::pair<QString, QString>> records;
    for (const QStringView record : QStringView(all).split(u'\x1c', Qt::SkipEmptyParts)) {
        const qsizetype newline = record.indexOf(u'\n');
        if (newline > 0)
            records.append({record.first(newline).toString(), record.sliced(newline + 1).toString()});
    }
    return records;
}

int compare(const QString &streamPath, const QString &corpus, bool verbose)
{
    const auto records = readStream(streamPath);
    if (records.isEmpty())
        return 1;
    QMap<QString, QStringList> byCategory;
    QMap<QString, QString> details;
    int same = 0;
    for (const auto &[path, html] : records) {
        const QStringList site = blockStructure(html);
        const QStringList rubric = rubricBlocks(QDir(corpus).filePath(path));
        if (site == rubric) {
            ++same;
            continue;
        }
        byCategory[differenceCategory(site, rubric)].append(path);
        details.insert(path, firstDifference(site, rubric));
    }
    QTextStream out(stdout);
    out << "files: " << records.size() << ", identical block structure: " << same << " ("
        << QString::number(100.0 * same / records.size(), 'f', 2) << "%)\n";
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        out << "\n" << it.key() << ": " << it.value().size() << " files\n";
        for (const auto &path : it.value()) {
            out << "  " << path << "\n";
            if (verbose)
                out << details.value(path) << "\n";
        }
    }
    return 0;
}

int golden(const QString &streamPath, const QString &outPath)
{
    const auto records = readStream(streamPath);
    QFile file(outPath);
    if (records.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(outPath));
        return 1;
    }
    QTextStream out(&file);
    for (const auto &[path, html] : records) {
        out << "=== " << path << "\n";
        for (const auto &line : compacted(blockStructure(html)))
            out << line << "\n";
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 3 && args.at(0) == u"compare"_s)
        return compare(args.at(1), args.at(2), args.contains(u"--verbose"_s));
    if (args.size() == 2 && args.at(0) == u"blocks"_s) {
        QTextStream out(stdout);
        for (const auto &line : rubricBlocks(args.at(1)))
            out << line << "\n";
        return 0;
    }
    if (args.size() == 3 && args.at(0) == u"golden"_s)
        return golden(args.at(1), args.at(2));
    std::fprintf(stderr, "usage: rubric_fidelity compare KRAMDOWN_HTML CORPUS_DIR [--verbose]\n"
                         "       rubric_fidelity golden KRAMDOWN_HTML OUT_FILE\n"
                         "       rubric_fidelity blocks FILE\n");
    return 2;
}
