#include "tageditor.h"

#include "flowlayout.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Rubric {

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
    , m_chips(new QWidget(this))
    , m_chipLayout(new FlowLayout(m_chips))
    , m_input(new QLineEdit(m_chips))
    , m_completions(new QStringListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The line to add a tag follows the chips on their last row: one row for a few tags.
    layout->addWidget(m_chips);
    m_chipLayout->addWidget(m_input);
    m_input->setPlaceholderText(tr("Add a tag and press Enter"));
    m_input->setClearButtonEnabled(true);
    m_input->setMinimumWidth(m_input->fontMetrics().horizontalAdvance(m_input->placeholderText()) + 36);
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
    connect(m_input, &QLineEdit::returnPressed, this, &TagEditor::addFromInput);
    setFocusProxy(m_input);
}

void TagEditor::setTags(const QStringList &tags)
{
    if (tags == m_tags)
        return;
    m_tags = tags;
    rebuildChips();
}

void TagEditor::setCompletions(const QStringList &tags)
{
    m_completions->setStringList(tags);
}

void TagEditor::rebuildChips()
{
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        if (QWidget *chip = item->widget(); chip && chip != m_input) {
            chip->hide();
            chip->deleteLater(); // it may be the chip whose click got us here
        }
        delete item;
    }
    for (int i = 0; i < m_tags.size(); ++i) {
        auto *chip = new QToolButton(m_chips);
        chip->setText(m_tags.at(i) + QStringLiteral("  ×"));
        chip->setToolTip(tr("Remove the tag \"%1\"").arg(m_tags.at(i)));
        chip->setAutoRaise(false);
        chip->setAccessibleName(m_tags.at(i));
        connect(chip, &QToolButton::clicked, this, [this, i] { removeTag(i); });
        m_chipLayout->addWidget(chip);
    }
    m_chipLayout->addWidget(m_input);
    m_chips->updateGeometry();
}

void TagEditor::addFromInput()
{
    const QString tag = m_input->text().trimmed();
    m_input->clear();
    if (tag.isEmpty() || m_tags.contains(tag))
        return;
    m_tags.append(tag);
    rebuildChips();
    Q_EMIT tagsEdited(m_tags);
}

void TagEditor::removeTag(int index)
{
    if (index < 0 || index >= m_tags.size())
        return;
    m_tags.removeAt(index);
    rebuildChips();
    Q_EMIT tagsEdited(m_tags);
}

} // namespace Rubric
