#include "translationpanel.h"

#include "documentview.h"
#include "editor/markdowneditor.h"
#include "translate/sharedfields.h"
#include "translate/translationsectionsmodel.h"
#include "document/worddiff.h"
#include "translate/reviewtext.h"
#include "proof/paircheck.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QStyle>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Rubric {

PairCheckProxy::PairCheckProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

void PairCheckProxy::setWarnings(const QHash<int, QStringList> &warnings)
{
    if (warnings == m_warnings)
        return;
    m_warnings = warnings;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole, Qt::ToolTipRole});
}

QVariant PairCheckProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() == TranslationSectionsModel::SectionColumn && m_warnings.contains(index.row())) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return m_warnings.value(index.row()).join(u'\n');
    }
    return QIdentityProxyModel::data(index, role);
}

TranslationPanel::TranslationPanel(DocumentView *source, DocumentView *target, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_target(target)
    , m_model(new TranslationSectionsModel(source->document(), target->document(), {}, this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_sourceText(new QPlainTextEdit(this))
    , m_targetText(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_ratingsBar(new QWidget(this))
    , m_commitTimer(new QTimer(this))
    , m_changes(new QTextBrowser(this))
    , m_checked(new PairCheckProxy(this))
    , m_warnings(new QLabel(this))
    , m_checkTimer(new QTimer(this))
{
    const auto addAction = [this](const QString &text, const QKeySequence &shortcut, void (TranslationPanel::*slot)()) {
        QAction *action = m_toolBar->addAction(text, this, slot);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        return action;
    };
    addAction(tr("Previous Unfinished"), QKeySequence(Qt::CTRL | Qt::Key_K), &TranslationPanel::previousUnfinished);
    addAction(tr("Next Unfinished"), QKeySequence(Qt::CTRL | Qt::Key_J), &TranslationPanel::nextUnfinished);
    addAction(tr("Copy Source"), QKeySequence(Qt::CTRL | Qt::Key_B), &TranslationPanel::copySource);
    addAction(tr("Done and Next"), QKeySequence(Qt::CTRL | Qt::Key_Return), &TranslationPanel::markDoneAndNext);
    m_toolBar->addSeparator();
    m_scrollTogether = m_toolBar->addAction(tr("Scroll Together"));
    m_scrollTogether->setCheckable(true);
    m_scrollTogether->setChecked(true);
    m_scrollTogether->setToolTip(tr("Scrolling one review brings the same section to the top of the other"));
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_summary);
    // Room for the longest state and count: the toolbar does not grow the label later.
    m_summary->setMinimumWidth(m_summary->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);

    auto *ratingsLayout = new QHBoxLayout(m_ratingsBar);
    ratingsLayout->setContentsMargins(0, 0, 0, 0);
    ratingsLayout->addWidget(new QLabel(tr("The translation's rating differs from the source's."), m_ratingsBar), 1);
    auto *apply = new QPushButton(tr("Apply the Source's Rating"), m_ratingsBar);
    ratingsLayout->addWidget(apply);
    connect(apply, &QPushButton::clicked, this, &TranslationPanel::applySourceRatings);

    m_checked->setSourceModel(m_model);
    m_table->setModel(m_checked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // One line per item (tags and paragraphs would make rows of every height).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(TranslationSectionsModel::SectionColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TranslationSectionsModel::SourceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TranslationSectionsModel::TargetColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TranslationSectionsModel::StatusColumn, QHeaderView::ResizeToContents);
    m_sourceText->setReadOnly(true);
    m_sourceText->setPlaceholderText(tr("The source's text of the selected item"));
    m_targetText->setPlaceholderText(tr("The translation of the selected item: type it here"));
    // Typing goes to the translation once the translator pauses (or leaves the item): one
    // undo step per pause on the translation's stack, not one per key.
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(700);
    connect(m_commitTimer, &QTimer::timeout, this, &TranslationPanel::commitTargetText);
    connect(m_targetText, &QPlainTextEdit::textChanged, this, [this] {
        if (m_showing)
            return;
        m_editRow = currentRow();
        m_commitTimer->start();
    });

    // One row across the dock: the items (name and state) and the item's two texts side by
    // side, each the dock's full height; the texts are what the translator reads and types,
    // so the table's own text columns (a line of each, cut off) are hidden.
    m_table->setColumnHidden(TranslationSectionsModel::SourceColumn, true);
    m_table->setColumnHidden(TranslationSectionsModel::TargetColumn, true);
    m_table->horizontalHeader()->setSectionResizeMode(TranslationSectionsModel::SectionColumn, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setMinimumWidth(m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    // Under the source, for an outdated item: what changed in it since it was done.
    auto *sourceSide = new QWidget(this);
    auto *sourceLayout = new QVBoxLayout(sourceSide);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_sourceText, 1);
    sourceLayout->addWidget(m_changes, 1);
    m_changes->setOpenLinks(false);
    m_changes->setToolTip(tr("What changed in the source since this item was done: removed struck through, added underlined"));
    m_changes->hide();
    split->addWidget(sourceSide);
    auto *targetSide = new QWidget(this);
    auto *targetLayout = new QVBoxLayout(targetSide);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->addWidget(m_warnings);
    targetLayout->addWidget(m_targetText, 1);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4a00; padding: 2px; }"));
    m_warnings->hide();
    split->addWidget(targetSide);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    split->setSizes({280, 500, 500});
    // Enough lines to read a paragraph and its translation: the dock never shrinks to two.
    split->setMinimumHeight(m_sourceText->fontMetrics().lineSpacing() * 9);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_ratingsBar);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            goToRow(current.row());
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showCurrent();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showCurrent();
        updateSummary();
    });
    connect(m_model, &TranslationSectionsModel::recordWriteFailed, this, &TranslationPanel::message);
    // The source is read, not edited, while it is being translated.
    source->editor()->setReadOnly(true);
    connect(this, &QObject::destroyed, source, [editor = QPointer<MarkdownEditor>(source->editor())] {
        if (editor)
            editor->setReadOnly(false);
    });
    // Section by section: the other editor moves only when the section at the top changes,
    // so reading within a long section does not jerk the other side.
    for (DocumentView *view : {source, target}) {
        connect(view->editor()->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, isSource = view == source] {
                    if (isSource)
                        followScroll(m_source, m_target);
                    else
                        followScroll(m_target, m_source);
                });
    }
    // The pair checks (numbers, model names, prices, links kept in the translation) rerun at
    // a pause in typing, not per key.
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &TranslationPanel::runPairChecks);
    for (DocumentView *view : {source, target})
        connect(view->document(), &ReviewDocument::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    runPairChecks();
    updateSummary();
    if (m_model->rowCount() > 0) {
        const int first = m_model->nextUnfinished(-1);
        m_table->selectRow(first >= 0 ? first : 0);
    }
}

int TranslationPanel::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void TranslationPanel::runPairChecks()
{
    QHash<int, QStringList> warnings;
    if (m_source && m_target) {
        const ReviewDocument &source = *m_source->document();
        const ReviewDocument &target = *m_target->document();
        const double sourcePrice = source.string(QStringLiteral("price")).toDouble();
        const double targetPrice = target.string(QStringLiteral("price")).toDouble();
        const double ratio = sourcePrice > 0 && targetPrice > 0 ? targetPrice / sourcePrice : 0;
        const ProofFindings findings =
            PairCheck::check(ReviewText::fromDocument(source), ReviewText::fromDocument(target), source.schema(), ratio);
        for (const ProofFinding &finding : findings) {
            // A finding stands at its section's heading: the row whose text follows it.
            int row = -1;
            qsizetype nearest = -1;
            for (int each = 0; each < m_model->rowCount(); ++each) {
                const qsizetype start = m_model->targetRange(each).first;
                if (start >= finding.position && (nearest < 0 || start < nearest)) {
                    nearest = start;
                    row = each;
                }
            }
            if (row >= 0)
                warnings[row].append(finding.problem.message);
        }
    }
    m_checked->setWarnings(warnings);
    showCurrent();
}

void TranslationPanel::commitTargetText()
{
    m_commitTimer->stop();
    const int row = m_editRow;
    m_editRow = -1;
    if (row < 0 || row >= m_model->rowCount())
        return;
    const EditOutcome outcome = m_model->setTargetText(row, m_targetText->toPlainText());
    if (!outcome.ok())
        Q_EMIT message(outcome.error);
}

void TranslationPanel::goToRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_editRow >= 0 && m_editRow != row)
        commitTargetText(); // the typed text goes to the item it was typed for
    if (currentRow() != row)
        m_table->selectRow(row); // comes back here through currentRowChanged
    showCurrent();
    const QScopedValueRollback syncing(m_syncing, true); // each editor centres its own item
    const auto target = m_model->targetRange(row);
    if (m_target && target.first >= 0)
        select(m_target, target.first, target.second);
    const auto source = m_model->sourceRange(row);
    if (m_source && source.first >= 0)
        select(m_source, source.first, source.second);
}

void TranslationPanel::nextUnfinished()
{
    const int row = m_model->nextUnfinished(currentRow());
    if (row < 0)
        Q_EMIT message(tr("Every item is translated."));
    goToRow(row);
}

void TranslationPanel::previousUnfinished()
{
    const int row = m_model->previousUnfinished(currentRow() < 0 ? 0 : currentRow());
    if (row < 0)
        Q_EMIT message(tr("Every item is translated."));
    goToRow(row);
}

void TranslationPanel::copySource()
{
    if (m_editRow >= 0)
        commitTargetText();
    const EditOutcome outcome = m_model->copySourceToTarget(currentRow());
    if (!outcome.ok())
        Q_EMIT message(outcome.error);
    goToRow(currentRow());
}

void TranslationPanel::markDoneAndNext()
{
    if (m_editRow >= 0)
        commitTargetText();
    QString error;
    if (!m_model->markDone(currentRow(), &error)) {
        Q_EMIT message(error);
        return;
    }
    nextUnfinished();
}

void TranslationPanel::setSourceReadOnly(bool readOnly)
{
    if (m_source)
        m_source->editor()->setReadOnly(readOnly);
}

bool TranslationPanel::scrollsTogether() const
{
    return m_scrollTogether->isChecked();
}

void TranslationPanel::setScrollTogether(bool together)
{
    m_scrollTogether->setChecked(together);
}

int TranslationPanel::topSection(DocumentView *view) const
{
    MarkdownEditor *editor = view->editor();
    const qsizetype top = editor->cursorForPosition(QPoint(0, 0)).block().position() + editor->bodyOffset();
    const bool isSource = view == m_source;
    int found = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qsizetype start = (isSource ? m_model->sourceRange(row) : m_model->targetRange(row)).first;
        if (start >= editor->bodyOffset() && start <= top)
            found = row; // the front-matter items (before the body) are not in the editor
    }
    return found;
}

void TranslationPanel::followScroll(DocumentView *from, DocumentView *to)
{
    if (m_syncing || !from || !to || !m_scrollTogether->isChecked())
        return;
    const int row = topSection(from);
    if (row == topSection(to))
        return;
    const QScopedValueRollback syncing(m_syncing, true);
    MarkdownEditor *editor = to->editor();
    QScrollBar *bar = editor->verticalScrollBar();
    const qsizetype start = row < 0 ? -1 : (to == m_source ? m_model->sourceRange(row) : m_model->targetRange(row)).first;
    if (start < editor->bodyOffset()) {
        bar->setValue(0);
        return;
    }
    // From the end, the section's first block scrolled into view lands at the top.
    const QTextBlock block = editor->document()->findBlock(int(start - editor->bodyOffset()));
    bar->setValue(bar->maximum());
    QTextCursor cursor = editor->textCursor();
    const QTextCursor kept = cursor;
    cursor.setPosition(block.position());
    editor->setTextCursor(cursor);
    editor->ensureCursorVisible();
    const int value = bar->value();
    editor->setTextCursor(kept); // the translator's cursor stays where it was
    bar->setValue(value);
}

void TranslationPanel::applySourceRatings()
{
    if (!m_source || !m_target)
        return;
    const EditOutcome outcome = SharedFields::applyRatings(*m_target->document(), m_source->document()->ratings());
    if (!outcome.ok())
        Q_EMIT message(outcome.error);
    updateSummary();
}

void TranslationPanel::showCurrent()
{
    const int row = currentRow();
    const auto text = [this, row](int column) {
        return row < 0 ? QString() : m_model->index(row, column).data().toString();
    };
    if (m_sourceText->toPlainText() != text(TranslationSectionsModel::SourceColumn))
        m_sourceText->setPlainText(text(TranslationSectionsModel::SourceColumn));
    // Not while the translator types here: the model catches up at the pause.
    if (m_editRow < 0 && m_targetText->toPlainText() != text(TranslationSectionsModel::TargetColumn)) {
        const QScopedValueRollback showing(m_showing, true);
        m_targetText->setPlainText(text(TranslationSectionsModel::TargetColumn));
    }
    const QString baseline = m_model->baselineText(row);
    const bool changed = row >= 0 && m_model->item(row).state == TranslationState::Outdated && !baseline.isNull()
                         && baseline != m_model->item(row).sourceText;
    m_changes->setVisible(changed);
    if (changed)
        m_changes->setHtml(tr("<b>Changed in the source since done:</b>") + QLatin1String("<br/>")
                           + WordDiff::toHtml(WordDiff::runs(baseline, m_model->item(row).sourceText)));
    const QStringList warnings = m_checked->warnings(row);
    m_warnings->setVisible(!warnings.isEmpty());
    m_warnings->setText(warnings.join(u'\n'));
    m_targetText->setReadOnly(!m_model->isTargetEditable(row));
    m_targetText->setToolTip(m_targetText->isReadOnly() && row >= 0
                                 ? tr("This section has lines the panel does not show (such as the score line): "
                                      "edit it in the translation's tab, or copy the source first")
                                 : QString());
}

void TranslationPanel::updateSummary()
{
    int unfinished = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        unfinished += m_model->item(row).state != TranslationState::Done ? 1 : 0;
    m_summary->setText(tr("%1 — %n item(s) to do", nullptr, unfinished)
                           .arg(TranslationStatus::stateName(m_model->overallState())));
    m_ratingsBar->setVisible(m_source && m_target
                             && SharedFields::ratingsDiffer(m_source->document()->ratings(), m_target->document()->ratings()));
}

void TranslationPanel::select(DocumentView *view, qsizetype start, qsizetype end)
{
    // The text of the item, without the blank lines around it.
    const QString &text = view->document()->text();
    while (start < end && start < text.size() && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    MarkdownEditor *editor = view->editor();
    const qsizetype offset = editor->bodyOffset();
    QTextCursor cursor = editor->textCursor();
    const int length = editor->document()->characterCount() - 1;
    cursor.setPosition(int(std::clamp<qsizetype>(start - offset, 0, length)));
    cursor.setPosition(int(std::clamp<qsizetype>(end - offset, 0, length)), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->centerCursor();
}

} // namespace Rubric
