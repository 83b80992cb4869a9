#include "gui.h"

#include "edit/tagrules.h"
#include "proof/proofchecks.h"

#include "mainwindow.h"
#include "recovery/recoverymanager.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace Rubric {

QString uiLanguage()
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    return chosen.isEmpty() ? QLocale::system().name().section(u'_', 0, 0) : chosen;
}

void installTranslations(QCoreApplication &app)
{
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("Rubric"));
    QCoreApplication::setApplicationName(QStringLiteral("rubric"));
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // A language without a translation of its own gets the English one, which holds the
    // plural forms of the source texts ("1 error", "2 errors").
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("rubric"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/rubric_en.qm")))
        QCoreApplication::installTranslator(own);
    // After the translators, so the registered rules' summaries are in the UI language.
    // Every way in (a command or the window) passes here before validating anything.
    EditChecks::registerChecks(); // tag.noncanonical (lib/edit)
    ProofChecks::registerChecks(); // proofreading (lib/proof)
}

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(RUBRIC_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Rubric"));
    QApplication::setDesktopFileName(QStringLiteral("org.rubric.Rubric"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rubric.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Rubric::Gui", "Edit scored review documents."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("Rubric::Gui", "Reviews to open."),
                                 QStringLiteral("[FILE|SITE...]"));
    parser.process(app);

    Workspace workspace; // what is open; the window is a view over it, and goes first
    MainWindow window(&workspace);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.restoreSession();
    for (const auto &path : files) {
        if (QFileInfo(path).isDir())
            window.openSite(path);
        else
            window.openFile(path); // a message box says why when it cannot
    }
    window.show();
    // What a crash or kill left unsaved, offered once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.recovery()->offerRecovery(); });
    return QApplication::exec();
}

} // namespace Rubric
