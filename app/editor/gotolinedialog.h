#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QSpinBox;

namespace Rubric {

class MarkdownEditor;

// Ctrl+G: a line number of the file (as the margin and the problems show them) to put
// the body's cursor on. Lines of the front matter go to the first line of the body.
class GoToLineDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit GoToLineDialog(MarkdownEditor *editor, QWidget *parent = nullptr);

    QSpinBox *lineBox() const { return m_line; }
    void accept() override;

private:
    QPointer<MarkdownEditor> m_editor;
    QSpinBox *m_line;
};

} // namespace Rubric
