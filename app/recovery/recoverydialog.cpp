#include "recoverydialog.h"

#include "diffview.h"
#include "document/boundedread.h"
#include "document/reviewdocument.h"
#include "document/utf8.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Rubric {

RecoveryDialog::RecoveryDialog(const QList<RecoveryEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_list(new QListWidget)
    , m_details(new QLabel)
    , m_diff(new DiffView)
{
    setWindowTitle(tr("Recover Unsaved Changes"));
    auto *intro = new QLabel(tr("Rubric did not close normally. These reviews had changes that were not saved:"));
    intro->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QHash<QString, int> copies; // of each file: two sessions may have left one each
    for (const RecoveryEntry &entry : entries)
        ++copies[entry.originalPath];
    for (const RecoveryEntry &entry : entries) {
        // Both languages of a review share a file name: the folders above tell them apart.
        const QStringList parts = QDir::fromNativeSeparators(entry.originalPath).split(u'/', Qt::SkipEmptyParts);
        const QString folders = parts.size() > 1 ? parts.mid(std::max<qsizetype>(0, parts.size() - 3), std::min<qsizetype>(2, parts.size() - 1)).join(u'/') : QString();
        QString label = folders.isEmpty() ? parts.value(0) : tr("%1 (%2)").arg(parts.constLast(), folders);
        if (copies.value(entry.originalPath) > 1)
            label = tr("%1, %2").arg(label, QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat));
        auto *item = new QListWidgetItem(label, m_list);
        item->setToolTip(QDir::toNativeSeparators(entry.originalPath));
    }
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_diff, 1);
    auto *split = new QSplitter;
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 680});

    auto *buttons = new QDialogButtonBox;
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    m_restore->setDefault(true);
    // The dialog stays open until every review is decided (or put off).
    connect(m_restore, &QPushButton::clicked, this, [this] { finish(true); });
    connect(m_discard, &QPushButton::clicked, this, [this] { finish(false); });
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::showCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(960, 600);
    m_list->setCurrentRow(0);
}

void RecoveryDialog::showCurrent()
{
    const int row = m_list->currentRow();
    m_restore->setEnabled(row >= 0);
    m_discard->setEnabled(row >= 0);
    if (row < 0) {
        m_details->clear();
        m_diff->clear();
        return;
    }
    const RecoveryEntry &entry = m_entries.at(row);
    const QString path = QDir::toNativeSeparators(entry.originalPath);
    const QString when = QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat);
    QString details = tr("<b>%1</b><br>Unsaved changes as of %2.").arg(path.toHtmlEscaped(), when);
    // Bounded as every review read; a file now too large compares as changed (no bytes).
    const BoundedRead read = readFileBounded(entry.originalPath, ReviewDocument::maximumFileSize);
    const QByteArray disk = read.bytes;
    if (read.status == BoundedRead::Status::CannotOpen) {
        details += u' ' + tr("The file no longer exists: Restore writes the recovered text to it.");
    } else if (RecoveryStore::sha256(disk) != entry.diskSha256) {
        details += u' ' + tr("The file has changed on disk since: the differences are against what it holds now.");
    }
    m_details->setText(details);
    m_diff->setTexts(decodeUtf8(disk), decodeUtf8(entry.text));
}

void RecoveryDialog::finish(bool restore)
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const RecoveryEntry entry = m_entries.at(row);
    if (restore) {
        bool done = true;
        Q_EMIT restoreRequested(entry, &done);
        if (!done)
            return;
    } else {
        Q_EMIT discardRequested(entry);
    }
    m_entries.removeAt(row);
    delete m_list->takeItem(row);
    if (m_entries.isEmpty())
        accept();
}

} // namespace Rubric
