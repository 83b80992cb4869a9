#pragma once

#include <QObject>
#include <QStringList>

class QStatusBar;
class QWidget;

namespace Rubric {

class ReviewDocument;

// The window's Export PDF, Print and booklet commands: asks for page setup and a file,
// prints the document's current text (unsaved edits included), and exports booklets
// in the background with the result in the status bar.
class PrintExport final : public QObject
{
    Q_OBJECT

public:
    PrintExport(QWidget *window, QStatusBar *statusBar);

    void exportPdf(const ReviewDocument *document);
    void print(const ReviewDocument *document);
    void exportBooklet(const QStringList &paths);

private:
    QString askForPdf(const QString &suggestedName);

    QWidget *m_window;
    QStatusBar *m_statusBar;
    bool m_bookletRunning = false;
};

} // namespace Rubric
