#include "cli/cli.h"
#include "gui.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(FILE *stream = stdout)
{
    QTextStream out(stream);
    out << QCoreApplication::translate("Rubric::Cli",
                                       "usage: rubric [FILE|DIR...]          open the editor\n"
                                       "       rubric COMMAND [ARGS...]      run a command without a window\n\n"
                                       "commands:\n");
    for (const auto &command : Rubric::Cli::commands())
        out << QStringLiteral("  %1  %2\n").arg(command.name, -10).arg(command.summary);
    out << QCoreApplication::translate("Rubric::Cli", "\n`rubric COMMAND --help` describes a command.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (const auto *command = Rubric::Cli::find(first); command && command->needsGui) {
        // Fonts and painting need a QGuiApplication; without a display, offscreen.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("rubric"));
        Rubric::installTranslations(app);
        return command->run(app.arguments().sliced(2));
    }
    if (const auto *command = Rubric::Cli::find(first)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("rubric"));
        Rubric::installTranslations(app);
        return command->run(app.arguments().sliced(2));
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        QCoreApplication app(argc, argv);
        Rubric::installTranslations(app);
        printUsage();
        return 0;
    }
    // Not a command and not a file or folder to open: a typo, refused before any window
    // (which would open an empty file of that name, or hang without a display).
    if (!first.isEmpty() && !first.startsWith(u'-') && !QFileInfo::exists(first)) {
        QCoreApplication app(argc, argv);
        Rubric::installTranslations(app);
        QTextStream err(stderr);
        err << QCoreApplication::translate("Rubric::Cli", "rubric: \"%1\" is not a command, nor an existing file or folder")
                   .arg(first)
            << Qt::endl;
        if (const auto *suggestion = Rubric::Cli::nearest(first))
            err << QCoreApplication::translate("Rubric::Cli", "Did you mean \"%1\"?").arg(suggestion->name) << Qt::endl;
        err << Qt::endl;
        err.flush();
        printUsage(stderr);
        return 2;
    }
    return Rubric::runGui(argc, argv);
}
