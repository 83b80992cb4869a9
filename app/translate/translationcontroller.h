#pragma once

#include <QObject>
#include <QPointer>

class QDockWidget;

namespace Rubric {

class MainWindow;
class TranslationPanel;

// Starts the side-by-side translation of the current review: finds its counterpart (or
// offers to create it), opens source and translation in the two tab groups and shows the
// Translation dock with a TranslationPanel over both. The dock closes with either review.
class TranslationController final : public QObject
{
    Q_OBJECT

public:
    explicit TranslationController(MainWindow *window);

    void translateCurrent();
    TranslationPanel *panel() const;

private:
    MainWindow *m_window;
    QPointer<QDockWidget> m_dock;
};

} // namespace Rubric
