#include "cli/cli.h"
#include "gui.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage()
{
    QTextStream out(stdout);
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
    return Rubric::runGui(argc, argv);
}
