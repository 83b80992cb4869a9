#include "newreviewdialog.h"

#include "document/refslug.h"
#include "site/reviewtemplate.h"
#include "schema/schema.h"
#include "site/siteindex.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace Rubric {

struct NewReviewDialog::Private
{
    Schema schema = Schema::builtin();
    // A site other than the open one, indexed when chosen (for its companies and refs).
    std::unique_ptr<SiteIndex> otherSite;
    ReviewRecords noRecords;
};

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

NewReviewDialog::NewReviewDialog(const SiteIndex *site, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
    , m_openSite(site)
    , m_siteEdit(new QLineEdit(this))
    , m_layout(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_company(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_ref(new QLineEdit(this))
    , m_title(valueLabel(QStringLiteral("title"), this))
    , m_permalink(valueLabel(QStringLiteral("permalink"), this))
    , m_path(valueLabel(QStringLiteral("path"), this))
    , m_date(valueLabel(QStringLiteral("date"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Review"));
    m_siteEdit->setObjectName(QStringLiteral("site"));
    m_layout->setObjectName(QStringLiteral("layout"));
    m_language->setObjectName(QStringLiteral("language"));
    m_company->setObjectName(QStringLiteral("company"));
    m_name->setObjectName(QStringLiteral("name"));
    m_ref->setObjectName(QStringLiteral("ref"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    // Room for a two-line warning, so one appearing does not squeeze the dialog.
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing() + 4);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->lineEdit()->setPlaceholderText(tr("a company id, e.g. sony; a new one is allowed"));
    m_name->setPlaceholderText(tr("e.g. Sony IER-M9"));
    m_ref->setPlaceholderText(tr("lowercase ASCII letters, digits and hyphens"));
    m_ref->setToolTip(tr("Made from the name; type to choose another. Clear it to derive it again."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));

    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the site folder"));
    auto *siteRow = new QHBoxLayout;
    siteRow->addWidget(m_siteEdit, 1);
    siteRow->addWidget(browse);

    auto *form = new QFormLayout;
    auto *siteLabel = new QLabel(tr("&Site folder:"), this);
    siteLabel->setBuddy(m_siteEdit); // a row of a layout gets no buddy by itself
    form->addRow(siteLabel, siteRow);
    form->addRow(tr("&Kind:"), m_layout);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("C&ompany:"), m_company);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Ref:"), m_ref);
    auto *preview = new QFormLayout;
    preview->addRow(tr("Title:"), m_title);
    preview->addRow(tr("Permalink:"), m_permalink);
    preview->addRow(tr("File:"), m_path);
    preview->addRow(tr("Date:"), m_date);
    auto *previewBox = new QWidget(this);
    previewBox->setLayout(preview);
    previewBox->setObjectName(QStringLiteral("preview"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(previewBox);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    if (site)
        m_siteEdit->setText(QDir::toNativeSeparators(site->root()));
    siteChanged();

    connect(browse, &QToolButton::clicked, this, [this] {
        const QString root = QFileDialog::getExistingDirectory(this, tr("Site Folder"), m_siteEdit->text());
        if (!root.isEmpty()) {
            m_siteEdit->setText(QDir::toNativeSeparators(root));
            siteChanged();
        }
    });
    connect(m_siteEdit, &QLineEdit::editingFinished, this, &NewReviewDialog::siteChanged);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &NewReviewDialog::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &NewReviewDialog::refresh);
    connect(m_company, &QComboBox::currentTextChanged, this, &NewReviewDialog::refresh);
    connect(m_name, &QLineEdit::textChanged, this, &NewReviewDialog::refresh);
    connect(m_ref, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_refTyped = !text.isEmpty();
        refresh();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewReviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewReviewDialog::reject);
    m_name->setFocus();
}

NewReviewDialog::~NewReviewDialog() = default;

void NewReviewDialog::setToday(QDate today)
{
    m_today = today;
    refresh();
}

const ReviewRecords &NewReviewDialog::records() const
{
    if (d->otherSite)
        return d->otherSite->records();
    return m_openSite ? m_openSite->records() : d->noRecords;
}

void NewReviewDialog::setSiteFolder(const QString &root)
{
    m_siteEdit->setText(QDir::toNativeSeparators(root));
    siteChanged();
}

void NewReviewDialog::siteChanged()
{
    const QString root = QDir::cleanPath(QDir::fromNativeSeparators(m_siteEdit->text().trimmed()));
    const bool isOpenSite = m_openSite && QDir::cleanPath(m_openSite->root()) == root;
    if (isOpenSite || root.isEmpty() || !QFileInfo(root).isDir()) {
        d->otherSite.reset();
    } else if (!d->otherSite || d->otherSite->root() != root) {
        d->otherSite = std::make_unique<SiteIndex>(root);
        d->otherSite->indexNow();
    }
    d->schema = root.isEmpty() ? Schema::builtin() : Schema::forSite(root);
    fillChoices();
    refresh();
}

void NewReviewDialog::fillChoices()
{
    const QString layout = m_layout->currentData().toString();
    const QString lang = m_language->currentData().toString();
    const QString company = m_company->currentText();
    const QSignalBlocker layoutBlocker(m_layout);
    const QSignalBlocker languageBlocker(m_language);
    const QSignalBlocker companyBlocker(m_company);

    m_layout->clear();
    for (const LayoutSpec &spec : d->schema.layouts()) {
        QString text = spec.id;
        if (spec.id == QLatin1String("product"))
            text = tr("Product review");
        else if (spec.id == QLatin1String("company"))
            text = tr("Company review");
        m_layout->addItem(text, spec.id);
    }
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(layout)));

    m_language->clear();
    for (const LanguageSpec &language : d->schema.languages())
        m_language->addItem(QStringLiteral("%1 (%2)").arg(language.name, language.code), language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(lang)));

    QStringList companies;
    for (const ReviewRecord &record : records()) {
        if (!record.companyId.isEmpty())
            companies.append(record.companyId);
    }
    companies.sort();
    companies.removeDuplicates();
    m_company->clear();
    m_company->addItems(companies);
    m_company->setEditText(company);
    // One completer for the dialog's life (a new one per site change would pile up).
    QCompleter *completer = m_company->completer();
    auto *model = completer ? qobject_cast<QStringListModel *>(completer->model()) : nullptr;
    if (!model) {
        completer = new QCompleter(m_company);
        model = new QStringListModel(completer);
        completer->setModel(model);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_company->setCompleter(completer);
    }
    model->setStringList(companies);
}

void NewReviewDialog::refresh()
{
    const LayoutSpec *layout = d->schema.layout(m_layout->currentData().toString());
    const bool nested = layout && layout->nested;
    m_company->setEnabled(nested);
    if (!m_refTyped) {
        // The translation of a review the site has takes that review's ref (and company),
        // which need not be what the name gives (alpine-sv-h300 for "Alpine Headphones
        // (SV-H300)").
        const ReviewRecord *original = nullptr;
        const QString name = m_name->text().trimmed();
        for (const ReviewRecord &record : records()) {
            if (!name.isEmpty() && record.targetName == name && record.layout == m_layout->currentData().toString()
                && record.lang != m_language->currentData().toString()) {
                original = &record;
                break;
            }
        }
        const QSignalBlocker blocker(m_ref);
        m_ref->setText(original ? original->ref : RefSlug::fromName(name));
        if (original && nested && m_company->currentText().trimmed().isEmpty()) {
            const QSignalBlocker companyBlocker(m_company);
            m_company->setEditText(original->companyId);
        }
    }
    const NewReview review{m_layout->currentData().toString(), m_language->currentData().toString(),
                           nested ? m_company->currentText() : QString(), m_name->text(), m_ref->text(), m_today};
    const ReviewTemplate newReview(d->schema, review);
    const QString root = QDir::fromNativeSeparators(m_siteEdit->text().trimmed());

    m_title->setText(newReview.title());
    m_permalink->setText(newReview.permalink());
    m_path->setText(QDir::toNativeSeparators(newReview.relativePath()));
    m_date->setText(QLocale().toString(m_today, QLocale::LongFormat));

    QString error;
    QString note;
    if (root.isEmpty() || !QFileInfo(root).isDir()) {
        error = tr("Choose the site folder the review belongs to.");
    } else if (m_name->text().trimmed().isEmpty()) {
        note = tr("Enter the product's or company's name.");
    } else if (const QString why = newReview.error(); !why.isEmpty()) {
        error = why.at(0).toUpper() + why.mid(1) + u'.';
    } else if (QFileInfo::exists(QDir(root).filePath(newReview.relativePath()))) {
        error = tr("%1 already exists.").arg(QDir::toNativeSeparators(newReview.relativePath()));
    } else {
        const RefUse use = ReviewTemplate::refUse(records(), review.lang, newReview.ref());
        if (!use.sameLanguage.isEmpty())
            error = tr("The ref \"%1\" is already used by %2: choose another ref.")
                        .arg(newReview.ref(), use.sameLanguage.join(QStringLiteral(", ")));
        else if (!use.otherLanguage.isEmpty())
            note = tr("This will be the translation of %1.").arg(use.otherLanguage.join(QStringLiteral(", ")));
    }
    m_status->setText(error.isEmpty() ? note : error);
    m_status->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty() && !m_name->text().trimmed().isEmpty());
}

void NewReviewDialog::accept()
{
    refresh();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const LayoutSpec *layout = d->schema.layout(m_layout->currentData().toString());
    const NewReview review{m_layout->currentData().toString(), m_language->currentData().toString(),
                           layout && layout->nested ? m_company->currentText() : QString(), m_name->text(),
                           m_ref->text(), m_today};
    QString error;
    const QString path = ReviewTemplate(d->schema, review)
                             .create(QDir::fromNativeSeparators(m_siteEdit->text().trimmed()), &error);
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Create Review"), error);
        return;
    }
    m_createdPath = path;
    QDialog::accept();
}

} // namespace Rubric
