#pragma once

#include "document/problem.h"

#include <QPointer>
#include <QWidget>

class QDataWidgetMapper;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;

namespace Rubric {

class FieldsModel;
struct FieldSpec;
class ReviewDocument;
class TagEditor;

// A form with a field for every front-matter field of the schema, bound to FieldsModel
// through one QDataWidgetMapper: the widgets are chosen by field type, and every edit is
// submitted as the user makes it, so chart, text and preview follow each keystroke.
// Compact: short fields two to a row, prose, lists and long strings full width, so the
// whole form fits beside the ratings and the body at 1280x800.
class FormView final : public QWidget
{
    Q_OBJECT

public:
    FormView(ReviewDocument *document, FieldsModel *model, QWidget *parent = nullptr);

    void setTagCompletions(const QStringList &tags);
    QWidget *editorFor(const QString &key) const;
    // Marks the fields that have problems (label in red, the messages as tooltip).
    void setProblems(const Problems &problems);
    // When each field's value last changed (issue 19, BlameTips), added to its tooltips.
    void setHistoryTips(const QHash<QString, QString> &byKey);
    // Shows and focuses a field's editor, scrolling an enclosing scroll area to it.
    bool showField(const QString &key);
    // Whether a field takes a whole row (prose, lists, long strings) or half of one.
    static bool isFullWidth(const FieldSpec &field);

private:
    QWidget *createEditor(int row);
    void commit(QWidget *editor, int row);
    void derivePermalink();
    void updateCurrency();

    QPointer<ReviewDocument> m_document;
    FieldsModel *m_model;
    QDataWidgetMapper *m_mapper;
    QGridLayout *m_layout;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    TagEditor *m_tags = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    bool m_populating = false;
    Problems m_problems;
    QHash<QString, QString> m_historyTips;
};

} // namespace Rubric
