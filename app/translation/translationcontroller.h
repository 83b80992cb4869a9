#pragma once

#include <QObject>
#include <QPointer>

class QDockWidget;
class QStackedWidget;

namespace Rubric {

class DocumentView;
class DocumentWindow;
class TranslationPanel;

// Starts the side-by-side translation of the current review: finds its counterpart (or
// offers to create it), opens source and translation in the two tab groups and shows the
// Translation dock with a TranslationPanel over both. A pair's panel lives as long as both
// its reviews are open (it holds the "done" marks waiting for the translation to be saved):
// translating another pair shows another panel, coming back shows the same one. The dock
// hides when the pair it shows closes.
class TranslationController final : public QObject
{
    Q_OBJECT

public:
    TranslationController(DocumentWindow *window, QObject *parent = nullptr);

    void translateCurrent();
    // The panel the dock shows, nullptr when none.
    TranslationPanel *panel() const;

private:
    void showPanel(DocumentView *source, DocumentView *target);
    TranslationPanel *newPanel(DocumentView *source, DocumentView *target);

    DocumentWindow *m_window;
    QPointer<QDockWidget> m_dock;
    QPointer<QStackedWidget> m_panels; // one per open pair
};

} // namespace Rubric
