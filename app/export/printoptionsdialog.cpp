#include "printoptionsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSettings>

namespace Rubric {

namespace {

QDoubleSpinBox *marginBox(double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(5, 50);
    box->setDecimals(0);
    box->setSuffix(PrintOptionsDialog::tr(" mm"));
    box->setValue(value);
    return box;
}

} // namespace

PrintOptionsDialog::PrintOptionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_pageSize(new QComboBox(this))
{
    setWindowTitle(tr("Page Setup"));
    const PrintOptions options = remembered();
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("Letter (8.5 × 11 in)"), QStringLiteral("Letter"));
    m_pageSize->setCurrentIndex(options.pageSize.id() == QPageSize::Letter ? 1 : 0);
    m_top = marginBox(options.margins.top(), this);
    m_bottom = marginBox(options.margins.bottom(), this);
    m_left = marginBox(options.margins.left(), this);
    m_right = marginBox(options.margins.right(), this);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Page &size:"), m_pageSize);
    form->addRow(tr("&Top margin:"), m_top);
    form->addRow(tr("&Bottom margin:"), m_bottom);
    form->addRow(tr("&Left margin:"), m_left);
    form->addRow(tr("&Right margin:"), m_right);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        remember(this->options());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

PrintOptions PrintOptionsDialog::options() const
{
    PrintOptions options;
    options.pageSize = PrintOptions::pageSizeNamed(m_pageSize->currentData().toString()).value_or(options.pageSize);
    options.margins = QMarginsF(m_left->value(), m_top->value(), m_right->value(), m_bottom->value());
    return options;
}

PrintOptions PrintOptionsDialog::remembered()
{
    PrintOptions options;
    QSettings settings;
    options.pageSize = PrintOptions::pageSizeNamed(settings.value(QStringLiteral("print/pageSize")).toString())
                           .value_or(options.pageSize);
    const QMarginsF fallback = options.margins;
    options.margins = QMarginsF(settings.value(QStringLiteral("print/marginLeft"), fallback.left()).toDouble(),
                                settings.value(QStringLiteral("print/marginTop"), fallback.top()).toDouble(),
                                settings.value(QStringLiteral("print/marginRight"), fallback.right()).toDouble(),
                                settings.value(QStringLiteral("print/marginBottom"), fallback.bottom()).toDouble());
    return options;
}

void PrintOptionsDialog::remember(const PrintOptions &options)
{
    QSettings settings;
    settings.setValue(QStringLiteral("print/pageSize"),
                      options.pageSize.id() == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4"));
    settings.setValue(QStringLiteral("print/marginLeft"), options.margins.left());
    settings.setValue(QStringLiteral("print/marginTop"), options.margins.top());
    settings.setValue(QStringLiteral("print/marginRight"), options.margins.right());
    settings.setValue(QStringLiteral("print/marginBottom"), options.margins.bottom());
}

} // namespace Rubric
