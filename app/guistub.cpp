#include "gui.h"
#include <QApplication>
namespace Rubric {
void installTranslations(QCoreApplication &) {}
int runGui(int &argc, char **argv) { QApplication app(argc, argv); return 0; }
}
