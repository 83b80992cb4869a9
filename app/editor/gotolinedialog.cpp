#include "gotolinedialog.h"

#include "markdowneditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace Rubric {

GoToLineDialog::GoToLineDialog(MarkdownEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_line(new QSpinBox(this))
{
    setWindowTitle(tr("Go to Line"));
    const int first = editor->firstBodyFileLine() + 1;
    const int last = first + editor->blockCount() - 1;
    m_line->setObjectName(QStringLiteral("line"));
    m_line->setRange(first, std::max(first, last));
    m_line->setValue(std::clamp(editor->currentFileLine() + 1, first, std::max(first, last)));
    m_line->selectAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Line (%1 to %2):").arg(first).arg(std::max(first, last)), m_line);
    layout->addRow(buttons);
}

void GoToLineDialog::accept()
{
    if (m_editor)
        m_editor->goToFileLine(m_line->value() - 1);
    QDialog::accept();
}

} // namespace Rubric
