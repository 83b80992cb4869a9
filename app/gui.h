#pragma once

class QCoreApplication;

namespace Rubric {

// Loads the UI translation for the chosen (or the system's) language.
void installTranslations(QCoreApplication &app);
// The editor: opens the files or site folders named on the command line.
int runGui(int &argc, char **argv);

} // namespace Rubric
