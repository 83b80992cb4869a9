#include "costperformancedialog.h"

#include "document/costperformance.h"
#include "document/ratings.h"
#include "document/reviewdocument.h"
#include "document/tenths.h"
#include "document/undodiscard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Rubric {

namespace {

enum ItemRoles { PriceRole = Qt::UserRole, NameRole };

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

CostPerformanceDialog::CostPerformanceDialog(ReviewDocument *document, const ReviewRecords &library, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_library(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_price(new QLineEdit(this))
    , m_nothingCheaper(new QCheckBox(tr("No cheaper product is equivalent (CP = 1.0)"), this))
    , m_thisProduct(new QLabel(this))
    , m_result(new QLabel(this))
    , m_sentence(new QLabel(this))
    , m_insert(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Cost-Performance Calculator"));
    m_library->setObjectName(QStringLiteral("library"));
    m_name->setObjectName(QStringLiteral("cheaperName"));
    m_price->setObjectName(QStringLiteral("cheaperPrice"));
    m_nothingCheaper->setObjectName(QStringLiteral("nothingCheaper"));
    m_result->setObjectName(QStringLiteral("result"));
    m_sentence->setObjectName(QStringLiteral("sentence"));
    m_insert->setObjectName(QStringLiteral("insertSentence"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));

    const QString lang = document->lang();
    const QString ref = document->string(QStringLiteral("ref"));
    const std::optional<double> price = CostPerformance::parsePrice(document->string(QStringLiteral("price")));
    const QString name = document->string(QStringLiteral("target_name"));
    m_thisProduct->setText(price ? tr("<b>%1</b> at %2").arg(escaped(name), escaped(CostPerformance::formatPrice(*price, currency())))
                                 : tr("<b>%1</b>: <span style=\"color:#c62828\">no price yet; enter it in the form "
                                      "first</span>").arg(escaped(name)));

    // The library's products in the review's language, with a price: cheapest first,
    // since the cheapest equivalent one is what the reviewer looks for.
    ReviewRecords candidates;
    for (const ReviewRecord &record : library) {
        if (record.lang == lang && record.price && record.ref != ref && !record.targetName.isEmpty())
            candidates.append(record);
    }
    std::sort(candidates.begin(), candidates.end(), [](const ReviewRecord &a, const ReviewRecord &b) {
        return *a.price != *b.price ? *a.price < *b.price : a.targetName < b.targetName;
    });
    m_library->setEditable(true);
    m_library->setInsertPolicy(QComboBox::NoInsert);
    m_library->addItem(QString());
    for (const ReviewRecord &record : candidates) {
        m_library->addItem(record.targetName + QStringLiteral(" — ") + CostPerformance::formatPrice(*record.price, currency()));
        m_library->setItemData(m_library->count() - 1, *record.price, PriceRole);
        m_library->setItemData(m_library->count() - 1, record.targetName, NameRole);
    }
    m_library->lineEdit()->setPlaceholderText(library.isEmpty() ? tr("open a site to choose from its reviews")
                                                                : tr("search %n priced review(s) in this language", nullptr, int(candidates.size())));
    m_library->completer()->setFilterMode(Qt::MatchContains);
    m_library->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_library->setEnabled(!candidates.isEmpty());
    m_name->setPlaceholderText(tr("e.g. Moondrop Blessing3"));
    m_price->setPlaceholderText(tr("price in %1").arg(currency()));

    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_result->setFont(big);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *cheaperBox = new QGroupBox(tr("Cheapest product with equivalent or better function and performance"), this);
    auto *cheaperForm = new QFormLayout(cheaperBox);
    cheaperForm->addRow(tr("From the &library:"), m_library);
    cheaperForm->addRow(tr("&Name:"), m_name);
    cheaperForm->addRow(tr("&Price (%1):").arg(currency()), m_price);
    cheaperForm->addRow(m_nothingCheaper);

    auto *form = new QFormLayout;
    form->addRow(tr("This product:"), m_thisProduct);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(cheaperBox);
    layout->addWidget(m_result);
    layout->addWidget(m_sentence);
    layout->addWidget(m_insert);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(580);

    // Chosen from the list or from the completer's popup alike.
    connect(m_library, &QComboBox::currentIndexChanged, this, &CostPerformanceDialog::libraryChosen);
    connect(m_name, &QLineEdit::textChanged, this, &CostPerformanceDialog::recalculate);
    connect(m_price, &QLineEdit::textChanged, this, &CostPerformanceDialog::recalculate);
    connect(m_nothingCheaper, &QCheckBox::toggled, this, [this](bool nothing) {
        m_library->setEnabled(!nothing && m_library->count() > 1);
        m_name->setEnabled(!nothing);
        m_price->setEnabled(!nothing);
        recalculate();
    });
    connect(m_insert, &QCheckBox::toggled, this, &CostPerformanceDialog::recalculate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CostPerformanceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CostPerformanceDialog::reject);

    const SectionSpec *section = document->schema().axisSection(CostPerformance::axisId());
    const QString heading = section ? document->schema().sectionHeadings(*section, lang).value(0) : QString();
    m_insert->setText(tr("&Insert the calculation into the \"%1\" section").arg(heading));
    const bool hasSection = section && document->outline().findSection({heading}) >= 0;
    m_insert->setChecked(hasSection);
    m_insert->setEnabled(hasSection);
    if (!hasSection)
        m_insert->setToolTip(tr("The review has no \"%1\" section").arg(heading));
    recalculate();
}

CostPerformanceDialog::~CostPerformanceDialog() = default;

QString CostPerformanceDialog::currency() const
{
    const LanguageSpec *language = m_document->schema().language(m_document->lang());
    return language ? language->currency : QString();
}

void CostPerformanceDialog::libraryChosen(int index)
{
    if (index <= 0)
        return;
    m_name->setText(m_library->itemData(index, NameRole).toString());
    m_price->setText(QLocale::c().toString(m_library->itemData(index, PriceRole).toDouble(), 'f', QLocale::FloatingPointShortest));
}

std::optional<CostPerformance> CostPerformanceDialog::calculation() const
{
    const std::optional<double> thisPrice = CostPerformance::parsePrice(m_document->string(QStringLiteral("price")));
    if (m_nothingCheaper->isChecked())
        return CostPerformance(thisPrice, std::nullopt);
    const std::optional<double> cheaper = CostPerformance::parsePrice(m_price->text());
    if (!cheaper)
        return std::nullopt;
    return CostPerformance(thisPrice, cheaper);
}

void CostPerformanceDialog::showError(const QString &error)
{
    m_sentence->setText(u"<span style=\"color:#c62828\">" + escaped(tr("Not applied: %1").arg(error)) + u"</span>");
}

void CostPerformanceDialog::recalculate()
{
    const std::optional<CostPerformance> cp = calculation();
    QString result;
    QString sentence;
    QString error;
    if (!cp) {
        error = m_price->text().trimmed().isEmpty() ? tr("Choose a product from the library or enter its price.")
                                                    : tr("\"%1\" is not a price.").arg(m_price->text());
    } else if (!cp->isValid()) {
        error = cp->error();
    } else {
        result = tr("CP = %1").arg(Tenths::format(cp->tenths()));
        sentence = cp->sentence(m_document->lang(), currency());
    }
    m_result->setText(result.isEmpty() ? tr("CP = %1").arg(QStringLiteral("–")) : result);
    m_sentence->setText(error.isEmpty() ? escaped(sentence) : u"<span style=\"color:#c62828\">" + escaped(error) + u"</span>");
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

bool CostPerformanceDialog::apply()
{
    const std::optional<CostPerformance> cp = calculation();
    if (!cp || !cp->isValid())
        return false;
    const Schema &schema = m_document->schema();
    const QString lang = m_document->lang();
    const int axis = schema.axisIndex(CostPerformance::axisId());
    const bool axisChanges = m_document->ratings().axis(axis) != cp->tenths();
    const QString sentence = cp->sentence(lang, currency());
    std::optional<TextEdit> edit;
    if (m_insert->isChecked()) {
        edit = CostPerformance::sentenceEdit(m_document->text(), m_document->outline(), schema, lang, sentence,
                                                 m_document->frontMatter().lineBreak());
        if (edit && QStringView(m_document->text()).sliced(edit->position, edit->length) == edit->text)
            edit.reset(); // the same sentence is already there
    }
    if (!axisChanges && !edit)
        return true;

    if (axisChanges) {
        // Refused before anything starts, so no empty step is left on the undo stack.
        QString error;
        RatingEditor(m_document->text(), m_document->frontMatter(), m_document->outline(), schema, lang)
            .setAxis(axis, cp->tenths(), &error);
        if (!error.isEmpty()) {
            showError(error);
            return false;
        }
    }

    // One undo step for the axis, its score line, the total and the sentence. The
    // sentence is placed after the axis is set, in the text that change left.
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Cost-Performance %1").arg(Tenths::format(cp->tenths())));
    const EditOutcome set = axisChanges ? m_document->setAxis(CostPerformance::axisId(), cp->tenths()) : EditOutcome{};
    if (set.ok() && m_insert->isChecked()) {
        edit = CostPerformance::sentenceEdit(m_document->text(), m_document->outline(), schema, lang, sentence,
                                                 m_document->frontMatter().lineBreak());
        if (edit && QStringView(m_document->text()).sliced(edit->position, edit->length) != edit->text)
            m_document->replaceText({*edit}, tr("Insert the calculation"));
    }
    stack->endMacro();
    if (!set.ok()) {
        undoAndDiscard(stack); // nothing of a refused change stays, not even to redo
        showError(set.error);
        return false;
    }
    return true;
}

void CostPerformanceDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace Rubric
