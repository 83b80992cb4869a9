#include "commitdialog.h"

#include "document/utf8.h"
#include "history/commitmessage.h"
#include "history/gitrepository.h"
#include "history/history.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rubric {

namespace {
constexpr int PathRole = Qt::UserRole;
constexpr int StatusRole = Qt::UserRole + 1;
} // namespace

CommitDialog::CommitDialog(GitRepository *repository, const QString &root, const Schema &schema, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_root(root)
    , m_schema(schema)
    , m_files(new QListWidget)
    , m_message(new QPlainTextEdit)
    , m_error(new QLabel)
{
    setWindowTitle(tr("Commit"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Changed reviews (as saved):")));
    layout->addWidget(m_files, 2);
    layout->addWidget(new QLabel(tr("Message:")));
    layout->addWidget(m_message, 1);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_commitButton = buttons->addButton(tr("Commit"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CommitDialog::commit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QString error;
    const QHash<QString, FileStatus> status = History::status(*m_repository, m_root, &error);
    QStringList paths = status.keys();
    paths.sort();
    const QDir dir(m_root);
    for (const QString &path : std::as_const(paths)) {
        if (!path.endsWith(QLatin1String(".md")) && !path.endsWith(QLatin1String(".markdown")))
            continue; // reviews only: other files are not Rubric's to commit
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(dir.relativeFilePath(path), History::statusName(status.value(path))),
                                         m_files);
        item->setData(PathRole, path);
        item->setData(StatusRole, int(status.value(path)));
        item->setCheckState(Qt::Checked);
    }
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
    } else if (m_files->count() == 0) {
        m_error->setText(tr("No review has changed since the last commit."));
        m_error->show();
    }
    connect(m_files, &QListWidget::itemChanged, this, &CommitDialog::propose);
    connect(m_message, &QPlainTextEdit::textChanged, this, [this] { m_commitButton->setEnabled(!checkedFiles().isEmpty()); });
    propose();
    resize(700, 500);
}

QStringList CommitDialog::checkedFiles() const
{
    QStringList files;
    for (int row = 0; row < m_files->count(); ++row) {
        if (m_files->item(row)->checkState() == Qt::Checked)
            files.append(m_files->item(row)->data(PathRole).toString());
    }
    return files;
}

void CommitDialog::propose()
{
    QList<CommitMessage::ReviewChange> changes;
    for (int row = 0; row < m_files->count(); ++row) {
        const QListWidgetItem *item = m_files->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        CommitMessage::ReviewChange change;
        change.path = item->data(PathRole).toString();
        const auto status = FileStatus(item->data(StatusRole).toInt());
        change.isNew = status == FileStatus::New || status == FileStatus::Untracked;
        change.isDeleted = status == FileStatus::Deleted;
        if (!change.isNew) {
            if (const auto before = History::contentsAt(*m_repository, change.path, QStringLiteral("HEAD")))
                change.before = decodeUtf8(*before);
        }
        if (!change.isDeleted) {
            QFile file(change.path);
            if (file.open(QIODevice::ReadOnly))
                change.after = decodeUtf8(file.readAll());
        }
        changes.append(change);
    }
    const QString proposal = changes.isEmpty() ? QString() : CommitMessage::propose(changes, m_schema);
    // The user's own message stays; one still as proposed follows the checks.
    if (m_message->toPlainText() == m_proposed)
        m_message->setPlainText(proposal);
    m_proposed = proposal;
    m_commitButton->setEnabled(!changes.isEmpty());
}

void CommitDialog::commit()
{
    const CommitResult result = History::commit(*m_repository, checkedFiles(), m_message->toPlainText());
    if (!result.ok()) {
        m_error->setText(result.message);
        m_error->show();
        return;
    }
    m_committed = result.commit;
    accept();
}

} // namespace Rubric
