#include "formview.h"

#include "document/reviewdocument.h"
#include "gui.h"
#include "models/fieldsmodel.h"
#include "plaintextfield.h"
#include "tageditor.h"

#include <QComboBox>
#include <QAbstractItemDelegate>
#include <QDataWidgetMapper>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // The mapper fills the widgets on dataChanged; the flag around it tells the widgets'
    // change signals that this is the model talking, not the user.
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_populating = true; });
    m_mapper->setModel(model);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_populating = false; });
    m_mapper->setOrientation(Qt::Vertical);
    m_mapper->setItemDelegate(new FormDelegate(m_mapper));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);

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
        const Localized &names = m_document->schema().fields().at(row).label;
        QString name = m_document->schema().localized(names, uiLanguage(), key);
        auto *label = new QLabel(name.replace(u'&', QLatin1String("&&")) + u':', this);
        label->setToolTip(key);
        m_labels.insert(key, label);
        label->setBuddy(editor);
        m_layout->addRow(label, field);
    }
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
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        connect(text, &PlainTextField::textEdited, this, submit);
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

void FormView::setProblems(const Problems &problems)
{
    QHash<QString, QStringList> messages;
    for (const auto &problem : problems) {
        if (m_labels.contains(problem.field))
            messages[problem.field].append(problem.message);
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList list = messages.value(it.key());
        it.value()->setStyleSheet(list.isEmpty() ? QString() : QStringLiteral("color: #c62828; font-weight: bold;"));
        it.value()->setToolTip(list.isEmpty() ? it.key() : list.join(u'\n'));
        if (QWidget *editor = m_editors.value(it.key()))
            editor->setToolTip(list.join(u'\n'));
    }
}

bool FormView::showField(const QString &key)
{
    QWidget *editor = m_editors.value(key);
    if (!editor)
        return false;
    editor->setFocus(Qt::OtherFocusReason);
    return true;
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
