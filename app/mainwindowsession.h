#pragma once

#include <QTabWidget>

namespace Rubric {

class DocumentWindow;
class LibraryDock;

// The window's session in QSettings: geometry, docks, the open site and reviews.
namespace Session {

void save(DocumentWindow *window, const QTabWidget *tabs);
void restore(DocumentWindow *window, LibraryDock *library, QTabWidget *tabs);

} // namespace Session

} // namespace Rubric
