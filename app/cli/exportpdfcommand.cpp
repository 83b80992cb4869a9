#include "cli.h"
#include "output.h"

#include "document/reviewdocument.h"
#include "print/pdfexport.h"
#include "print/printdocument.h"
#include "site/indexwalker.h"
#include "site/siteroot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <cstdio>
#include <unistd.h>

namespace Rubric::Cli {

namespace {

// The strings of this file, in the translation context of Rubric::Cli.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Cli)
};

// The review files a FILE argument names: the file, or the reviews in a folder (a whole
// site, a folder of one, or any folder's *.md files).
QStringList expand(const QString &argument)
{
    const QFileInfo info(argument);
    if (!info.isDir())
        return {argument};
    QStringList files;
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    // The site the folder is, or lies in, walked over its own layouts (one walker for all).
    const SiteRoot site = SiteRoot::find(absolute);
    if (site.found()) {
        const IndexWalker::Listing listing = site.root == absolute
                                                 ? IndexWalker::list(site.root, site.schema)
                                                 : IndexWalker::listUnder(site.root, site.schema, QDir(site.root).relativeFilePath(absolute));
        for (const auto &file : listing.files)
            files.append(site.root + u'/' + file.path);
    }
    if (files.isEmpty()) {
        QDirIterator it(absolute, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
    }
    return files;
}

struct Loaded
{
    PrintedReview review;
    QString error;
};

Loaded load(const QString &path, const QHash<QString, Schema> &schemas)
{
    const QString site = Schema::siteRootOf(QFileInfo(path).absoluteFilePath());
    ReviewDocument document(schemas.value(site, Schema::builtin()));
    if (!document.load(path)) {
        const Problems problems = document.problems();
        return {{}, problems.isEmpty() ? Tr::tr("%1: cannot read").arg(path) : formatProblem(path, problems.constFirst())};
    }
    return {PrintedReview::from(document), {}};
}

// A file's identity for "is this output one of the inputs": symbolic links and "..".
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// Progress on stderr: one line rewritten in place on a terminal, a line every tenth
// otherwise (logs).
class Progress
{
public:
    explicit Progress(int total)
        : m_total(total)
        , m_terminal(isatty(fileno(stderr)))
    {
    }

    void show(int done)
    {
        if (m_total < 2 || done == m_shown)
            return;
        if (!m_terminal && done != m_total && done * 10 / m_total == m_shown * 10 / m_total)
            return;
        m_shown = done;
        err() << (m_terminal ? QStringLiteral("\r") : QString())
              << Tr::tr("export-pdf: %1 of %2 reviews").arg(done).arg(m_total) << (m_terminal && done < m_total ? "" : "\n");
        err().flush();
    }

private:
    int m_total;
    bool m_terminal;
    int m_shown = 0;
};

} // namespace

int exportPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Export reviews as print-ready PDF files: one per review, or one booklet."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Review files, or folders of reviews."), QStringLiteral("FILE..."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The PDF to write (one review, or a booklet)."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption dir(QStringLiteral("dir"), Tr::tr("Write one PDF per review into this folder."), QStringLiteral("OUTDIR"));
    const QCommandLineOption booklet(QStringLiteral("booklet"),
                                     Tr::tr("One PDF with a cover, contents and a chapter per review."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), Tr::tr("A4 (default) or Letter."), QStringLiteral("SIZE"),
                                      QStringLiteral("A4"));
    const QCommandLineOption title(QStringLiteral("title"), Tr::tr("The booklet's title."), QStringLiteral("TITLE"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), Tr::tr("Reviews exported at once (default: one per core)."),
                                  QStringLiteral("N"));
    parser.addOptions({output, dir, booklet, pageSize, title, jobs});
    if (const auto stop = parseArguments(parser, QStringLiteral("export-pdf"), arguments))
        return *stop;

    const QString usage = Tr::tr("usage: rubric export-pdf FILE... (-o OUT.pdf | --dir OUTDIR) [--booklet] [--page-size A4|Letter]");
    QStringList files;
    for (const auto &argument : parser.positionalArguments())
        files += expand(argument);
    if (files.isEmpty() || parser.isSet(output) == parser.isSet(dir)) {
        err() << usage << Qt::endl;
        return Failure;
    }
    if (parser.isSet(output) && files.size() > 1 && !parser.isSet(booklet)) {
        err() << Tr::tr("export-pdf: %1 reviews need --booklet for one PDF, or --dir for one PDF each").arg(files.size())
              << Qt::endl;
        return Failure;
    }
    if (parser.isSet(dir) && parser.isSet(booklet)) {
        err() << Tr::tr("export-pdf: a booklet is one file: use -o") << Qt::endl;
        return Failure;
    }
    PrintOptions options;
    const auto size = PrintOptions::pageSizeNamed(parser.value(pageSize));
    if (!size) {
        err() << Tr::tr("export-pdf: unknown page size %1 (A4 or Letter)").arg(parser.value(pageSize)) << Qt::endl;
        return Failure;
    }
    options.pageSize = *size;
    options.bookletTitle = parser.value(title);
    if (parser.isSet(jobs)) {
        const int count = parser.value(jobs).toInt();
        if (count < 1) {
            err() << Tr::tr("export-pdf: --jobs takes a positive number") << Qt::endl;
            return Failure;
        }
        QThreadPool::globalInstance()->setMaxThreadCount(count);
    }

    // One schema per site, read once here rather than by every worker.
    QHash<QString, Schema> schemas;
    for (const auto &file : std::as_const(files)) {
        const QString site = Schema::siteRootOf(QFileInfo(file).absoluteFilePath());
        if (!site.isEmpty() && !schemas.contains(site)) {
            const auto schema = schemaFor(file);
            if (!schema)
                return Failure;
            schemas.insert(site, *schema);
        }
    }

    // A PDF written over a review would destroy it: outputs are never inputs.
    QSet<QString> inputs;
    for (const auto &file : std::as_const(files))
        inputs.insert(resolved(file));

    if (parser.isSet(output)) {
        QString target = parser.value(output);
        target = PdfExport::withPdfSuffix(target); // as the Export PDF dialog does: `-o x.md` is not the review
        if (inputs.contains(resolved(target))) {
            err() << Tr::tr("export-pdf: %1 is one of the reviews to export: not overwritten").arg(target) << Qt::endl;
            return Failure;
        }
        PrintDocument document(options);
        document.setBooklet(parser.isSet(booklet));
        for (const auto &file : std::as_const(files)) {
            const Loaded loaded = load(file, schemas);
            if (!loaded.error.isEmpty()) {
                err() << loaded.error << Qt::endl;
                return Failure;
            }
            document.addReview(loaded.review);
        }
        QString error;
        if (!PdfExport::write(document, target, &error)) {
            err() << error << Qt::endl;
            return Failure;
        }
        return Success;
    }

    const QString outDir = parser.value(dir);
    if (!QDir().mkpath(outDir)) {
        err() << Tr::tr("export-pdf: cannot create the folder %1").arg(outDir) << Qt::endl;
        return Failure;
    }
    std::atomic<int> done = 0;
    QMutex names;
    QHash<QString, QString> taken; // output name -> the review that has it
    const auto exportOne = [&](const QString &file) -> QString {
        const Loaded loaded = load(file, schemas);
        QString error = loaded.error;
        if (error.isEmpty()) {
            const QString name = PdfExport::fileNameFor(file, loaded.review.lang);
            {
                // Two reviews with one name (same file name and language in two folders):
                // the second must not overwrite the first.
                QMutexLocker lock(&names);
                const QString previous = taken.value(name);
                if (!previous.isEmpty())
                    error = Tr::tr("%1: not exported: %2 has the same output name %3").arg(file, previous, name);
                else
                    taken.insert(name, file);
            }
            const QString target = QDir(outDir).filePath(name);
            if (error.isEmpty() && inputs.contains(resolved(target)))
                error = Tr::tr("%1: not exported: the output %2 is one of the reviews to export").arg(file, target);
            if (error.isEmpty()) {
                PrintDocument document(options);
                document.addReview(loaded.review);
                if (!PdfExport::write(document, target, &error))
                    error = file + QLatin1String(": ") + error;
            }
        }
        ++done;
        return error;
    };
    QElapsedTimer timer;
    timer.start();
    QFuture<QString> future = QtConcurrent::mapped(files, exportOne);
    Progress progress(int(files.size()));
    while (!future.isFinished()) {
        progress.show(done);
        QThread::msleep(100);
    }
    progress.show(done);
    int failed = 0;
    for (const QString &error : future.results()) {
        if (!error.isEmpty()) {
            err() << error << Qt::endl;
            ++failed;
        }
    }
    if (files.size() > 1) {
        err() << Tr::tr("export-pdf: %1 PDF files written to %2 in %3 s")
                     .arg(files.size() - failed)
                     .arg(outDir)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << Qt::endl;
    }
    return failed ? Failure : Success;
}

} // namespace Rubric::Cli
