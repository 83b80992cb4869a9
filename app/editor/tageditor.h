#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace Rubric {

class FlowLayout;

// A list of tags as removable chips and a line to add one, with completion from the
// tags used elsewhere in the site. Its user property `tags` binds it to a model.
class TagEditor final : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QStringList tags READ tags WRITE setTags NOTIFY tagsEdited USER true)

public:
    explicit TagEditor(QWidget *parent = nullptr);

    QStringList tags() const { return m_tags; }
    void setTags(const QStringList &tags);
    void setCompletions(const QStringList &tags);
    QLineEdit *lineEdit() const { return m_input; }

Q_SIGNALS:
    // Only for changes the user made (adding or removing a tag).
    void tagsEdited(const QStringList &tags);

private:
    void rebuildChips();
    void addFromInput();
    void removeTag(int index);

    QStringList m_tags;
    QWidget *m_chips;
    FlowLayout *m_chipLayout;
    QLineEdit *m_input;
    QStringListModel *m_completions;
};

} // namespace Rubric
