#pragma once

// Answering the modal dialogs the window opens, from inside their event loop.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Rubric::Test {

// The texts of the message boxes answered so far.
struct Answered
{
    QStringList texts;
};

// Until `answered` is destroyed or `count` boxes have been answered, presses `button` on
// each QMessageBox that comes up, keeping its text and informative text.
inline void answerMessageBoxes(Answered *answered, QMessageBox::StandardButton button, int count = 1)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answered, button, count] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answered->texts.append(box->text() + u'\n' + box->informativeText());
        if (QAbstractButton *pressed = box->button(button))
            pressed->click();
        else
            box->reject();
        if (answered->texts.size() >= count)
            timer->deleteLater();
    });
    timer->start();
}

} // namespace Rubric::Test
