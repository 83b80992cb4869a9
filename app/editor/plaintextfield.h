#pragma once

#include <QPlainTextEdit>

namespace Rubric {

// A multi-line text field for a form: its user property `text` binds it to a model, and
// setting the text it already has leaves the cursor alone.
class PlainTextField final : public QPlainTextEdit
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText USER true)

public:
    explicit PlainTextField(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    void setText(const QString &text);

Q_SIGNALS:
    void textEdited();

private:
    bool m_setting = false;
};

} // namespace Rubric
