#include "formview.h"

#include "document/reviewdocument.h"
#include "gui.h"
#include "models/fieldsmodel.h"
#include "plaintextfield.h"
#include "spellhighlight.h"
#include "tageditor.h"

#include <QComboBox>
#include <QAbstractItemDelegate>
#include <QDataWidgetMapper>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QScrollArea>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMetaProperty>
#include <QPushButton>
#include <QStyledItemDelegate>

namespace Rubric {

namespace {

// Writes the model's value into an editor only when it differs, so that the widget the
// user is typing in keeps its cursor when the document echoes the change back.
class FormDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QByteArray property = editor->metaObject()->userProperty().name();
        if (!property.isEmpty() && editor->property(property.constData()) == index.data(Qt::EditRole))
            return;
        QStyledItemDelegate::setEditorData(editor, index);
    }
};

} // namespace

FormView::FormView(ReviewDocument *document, FieldsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
    , m_mapper(new QDataWidgetMapper(this))
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(6);
    m_layout->setVerticalSpacing(4);
    m_layout->setColumnStretch(1, 1);
    m_layout->setColumnStretch(3, 1);
    // The mapper fills the widgets on dataChanged; the flag around it tells the widgets'
    // change signals that this is the model talking, not the user.
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_populating = true; });
    m_mapper->setModel(model);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_populating = false; });
    m_mapper->setOrientation(Qt::Vertical);
    m_mapper->setItemDelegate(new FormDelegate(m_mapper));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);

    // Short fields fill rows two at a time in schema order; a full-width field takes the
    // next row of its own, and a half row left open is filled by the next short field.
    int nextRow = 0;
    int openHalfRow = -1;
    QList<QWidget *> tabOrder; // visual order, row by row
    QMap<int, QList<QWidget *>> focusByRow;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString key = model->index(row, FieldsModel::KeyColumn).data().toString();
        QWidget *editor = createEditor(row);
        if (!editor)
            continue; // the rating has its own editors
        editor->setObjectName(key);
        m_editors.insert(key, editor);
        m_mapper->addMapping(editor, row);
        QWidget *field = editor;
        if (key == QLatin1String("permalink")) {
            field = new QWidget(this);
            auto *line = new QHBoxLayout(field);
            line->setContentsMargins(0, 0, 0, 0);
            line->addWidget(editor);
            auto *derive = new QPushButton(tr("Derive"), field);
            derive->setToolTip(tr("Set the permalink from the layout, language and ref"));
            connect(derive, &QPushButton::clicked, this, &FormView::derivePermalink);
            line->addWidget(derive);
        }
        const FieldSpec &spec = m_document->schema().fields().at(row);
        QString name = m_document->schema().localized(spec.label, uiLanguage(), key);
        auto *label = new QLabel(name.replace(u'&', QLatin1String("&&")) + u':', this);
        label->setToolTip(key);
        m_labels.insert(key, label);
        label->setBuddy(editor);
        const Qt::Alignment labelAlignment = Qt::AlignRight | (spec.type == FieldType::Text || spec.type == FieldType::List
                                                                    ? Qt::AlignTop : Qt::AlignVCenter);
        if (isFullWidth(spec)) {
            const int at = nextRow++;
            m_layout->addWidget(label, at, 0, labelAlignment);
            m_layout->addWidget(field, at, 1, 1, 3);
            focusByRow[at].append(editor);
        } else if (openHalfRow >= 0) {
            m_layout->addWidget(label, openHalfRow, 2, labelAlignment);
            m_layout->addWidget(field, openHalfRow, 3);
            focusByRow[openHalfRow].append(editor);
            openHalfRow = -1;
        } else {
            openHalfRow = nextRow++;
            m_layout->addWidget(label, openHalfRow, 0, labelAlignment);
            m_layout->addWidget(field, openHalfRow, 1);
            focusByRow[openHalfRow].append(editor);
        }
    }
    m_layout->setRowStretch(nextRow, 1);
    // Tab goes through the fields as they are seen, not as the schema lists them.
    for (const QList<QWidget *> &editors : std::as_const(focusByRow))
        tabOrder += editors;
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    m_populating = true;
    m_mapper->setCurrentIndex(FieldsModel::ValueColumn);
    m_populating = false;
    connect(document, &ReviewDocument::textChanged, this, &FormView::updateCurrency);
    updateCurrency();
}

QWidget *FormView::createEditor(int row)
{
    const FieldSpec &field = m_document->schema().fields().at(row);
    const auto submit = [this, row, key = field.key] { commit(m_editors.value(key), row); };
    switch (field.type) {
    case FieldType::Rating:
        return nullptr;
    case FieldType::Enum: {
        auto *combo = new QComboBox(this);
        combo->addItems(field.values);
        connect(combo, &QComboBox::activated, this, submit);
        return combo;
    }
    case FieldType::Date: {
        auto *date = new QDateEdit(this);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(date, &QDateEdit::dateChanged, this, submit);
        return date;
    }
    case FieldType::Number: {
        m_price = new QDoubleSpinBox(this);
        m_price->setRange(0, 1e9);
        m_price->setDecimals(2);
        m_price->setGroupSeparatorShown(true);
        m_price->setKeyboardTracking(true);
        connect(m_price, &QDoubleSpinBox::valueChanged, this, submit);
        return m_price;
    }
    case FieldType::Text: {
        auto *text = new PlainTextField(this);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 12); // three lines: a summary is short
        connect(text, &PlainTextField::textEdited, this, submit);
        SpellHighlight::attachToField(text, m_document); // issue 20: spelling underlines
        return text;
    }
    case FieldType::List:
        m_tags = new TagEditor(this);
        connect(m_tags, &TagEditor::tagsEdited, this, submit);
        return m_tags;
    case FieldType::String:
        break;
    }
    auto *line = new QLineEdit(this);
    connect(line, &QLineEdit::textEdited, this, submit);
    return line;
}

void FormView::commit(QWidget *editor, int row)
{
    if (m_populating || !editor)
        return;
    // Only this widget's value: QDataWidgetMapper::submit() would write every field.
    m_mapper->itemDelegate()->setModelData(editor, m_model, m_model->index(row, FieldsModel::ValueColumn));
}

void FormView::setHistoryTips(const QHash<QString, QString> &byKey)
{
    m_historyTips = byKey;
    setProblems(m_problems);
}

void FormView::setProblems(const Problems &problems)
{
    m_problems = problems;
    QHash<QString, QStringList> messages;
    for (const auto &problem : problems) {
        if (m_labels.contains(problem.field))
            messages[problem.field].append(problem.message);
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList list = messages.value(it.key());
        it.value()->setStyleSheet(list.isEmpty() ? QString() : QStringLiteral("color: #c62828; font-weight: bold;"));
        const QString history = m_historyTips.value(it.key());
        const QString tip = list.join(u'\n') + (list.isEmpty() || history.isEmpty() ? QString() : QStringLiteral("\n\n")) + history;
        it.value()->setToolTip(list.isEmpty() ? it.key() + (history.isEmpty() ? QString() : u'\n' + history) : tip);
        if (QWidget *editor = m_editors.value(it.key()))
            editor->setToolTip(tip);
    }
}

bool FormView::showField(const QString &key)
{
    QWidget *editor = m_editors.value(key);
    if (!editor)
        return false;
    // The form may sit in a scroll area (a small window): bring the field and its label
    // into view, not just the keyboard focus.
    for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            if (QLabel *label = m_labels.value(key))
                scroll->ensureWidgetVisible(label, 8, 8);
            scroll->ensureWidgetVisible(editor, 8, 8);
            break;
        }
    }
    editor->setFocus(Qt::OtherFocusReason);
    return true;
}

bool FormView::isFullWidth(const FieldSpec &field)
{
    // Prose, lists and strings that are sentences or paths need the width; ids, dates,
    // numbers and choices fit in half of it.
    switch (field.type) {
    case FieldType::Text:
    case FieldType::List:
        return true;
    case FieldType::String:
        // Quoted strings are the prose ones (title, name); the permalink carries a button.
        return field.preferQuoted || field.key == QLatin1String("permalink");
    case FieldType::Enum:
    case FieldType::Date:
    case FieldType::Number:
    case FieldType::Rating:
        return false;
    }
    return false;
}

void FormView::setTagCompletions(const QStringList &tags)
{
    if (m_tags)
        m_tags->setCompletions(tags);
}

QWidget *FormView::editorFor(const QString &key) const
{
    return m_editors.value(key);
}

void FormView::derivePermalink()
{
    const LayoutSpec *layout = m_document->schema().layout(m_document->string(QStringLiteral("layout")));
    if (!layout)
        return;
    const QString permalink = layout->permalink(m_document->lang(), m_document->string(QStringLiteral("ref")));
    m_model->setData(m_model->index(m_model->rowOf(QStringLiteral("permalink")), FieldsModel::ValueColumn), permalink);
}

void FormView::updateCurrency()
{
    if (!m_price)
        return;
    const LanguageSpec *language = m_document->schema().language(m_document->lang());
    const QString suffix = language ? u' ' + language->currency : QString();
    if (m_price->suffix() != suffix)
        m_price->setSuffix(suffix);
    m_price->setDecimals(language && language->currency == QLatin1String("JPY") ? 0 : 2);
}

} // namespace Rubric
