#include "plaintextfield.h"

namespace Rubric {

PlainTextField::PlainTextField(QWidget *parent)
    : QPlainTextEdit(parent)
{
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_setting)
            Q_EMIT textEdited();
    });
}

void PlainTextField::setText(const QString &text)
{
    if (text == toPlainText())
        return;
    m_setting = true;
    setPlainText(text);
    m_setting = false;
}

} // namespace Rubric
