#pragma once

#include <QString>

class QCoreApplication;

namespace Rubric {

// The language code of the user interface ("en", "ja"): the one chosen in the settings,
// or the system's.
QString uiLanguage();
// Loads the UI translation for the chosen (or the system's) language, then registers the
// checks of lib/edit and lib/proof with validation (their rule summaries translated).
void installTranslations(QCoreApplication &app);
// The editor: opens the files or site folders named on the command line.
int runGui(int &argc, char **argv);

} // namespace Rubric
