#include "documentview.h"

#include "chart/radarchartview.h"
#include "document/reviewdocument.h"
#include "editor/findbar.h"
#include "editor/formscrollarea.h"
#include "editor/formview.h"
#include "editor/markdowneditor.h"
#include "editor/previewview.h"
#include "editor/ratingseditor.h"
#include "editor/problemsview.h"
#include "models/fieldsmodel.h"
#include "models/problemsmodel.h"
#include "validate/fixer.h"
#include "validate/validator.h"
#include "models/ratingsmodel.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QMessageBox>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace Rubric {

DocumentView::DocumentView(ReviewDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_fields(new FieldsModel(document, this))
    , m_ratings(new RatingsModel(document, this))
    , m_outline(new QListWidget)
    , m_problems(new ProblemsModel(this))
    , m_validateTimer(new QTimer(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_form = new FormView(document, m_fields);
    m_ratingsEditor = new RatingsEditor(m_ratings);
    m_ratingsEditor->setUndoStack(document->undoStack());
    m_chart = new RadarChartView(m_ratings);
    m_editor = new MarkdownEditor(document);
    m_preview = new PreviewView(document);
    m_problemsView = new ProblemsView(m_problems);

    // The review layout: the ratings beside the chart, then the fields (two to a row), all
    // in one column that scrolls only when the window is too small for it, so no pane is
    // ever squeezed to nothing; the body and the preview beside that column.
    auto *fieldsBox = new QGroupBox(tr("Fields"));
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->setContentsMargins(6, 2, 6, 4);
    fieldsLayout->addWidget(m_form);
    auto *ratingsBox = new QGroupBox(tr("Ratings"));
    auto *ratingsBoxLayout = new QVBoxLayout(ratingsBox);
    ratingsBoxLayout->setContentsMargins(6, 2, 6, 4);
    ratingsBoxLayout->addWidget(m_ratingsEditor);
    ratingsBoxLayout->addStretch();
    m_chart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto *ratingsRow = new QHBoxLayout;
    ratingsRow->setContentsMargins(0, 0, 0, 0);
    ratingsRow->addWidget(ratingsBox, 3);
    ratingsRow->addWidget(m_chart, 2);
    auto *formColumn = new QWidget;
    formColumn->setObjectName(QStringLiteral("FormColumn"));
    auto *formLayout = new QVBoxLayout(formColumn);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(2);
    // The ratings first: they are what a scored review is about, and a window sharing its
    // height with the Library (1280x800) still shows them without scrolling.
    formLayout->addLayout(ratingsRow, 1); // extra height goes to the chart
    formLayout->addWidget(fieldsBox);
    auto *scroll = new FormScrollArea;
    scroll->setObjectName(QStringLiteral("FormScrollArea"));
    scroll->setWidget(formColumn);
    m_editor->setMinimumWidth(200);
    // The body with its find bar (Ctrl+F, FindBar::of(view)) under it.
    auto *editorPane = new QWidget;
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editor, 1);
    auto *findBar = new FindBar(this, m_editor, editorPane);
    findBar->setUndoStack(document->undoStack());
    editorLayout->addWidget(findBar);

    m_splitter->addWidget(scroll);
    m_splitter->addWidget(editorPane);
    m_splitter->addWidget(m_preview);
    // A restored or dragged splitter never hides the form or the body; the preview may
    // fold away (side by side folds it), and its handle drags it back.
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({scroll->sizeHint().width(), 600, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_outline->setAccessibleName(tr("Outline"));
    // A long heading is elided in the narrow dock rather than scrolling the whole list sideways.
    m_outline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outline->setTextElideMode(Qt::ElideRight);
    m_outline->setUniformItemSizes(true);
    const auto goToHeading = [this](QListWidgetItem *item) { m_editor->goToFileLine(item->data(Qt::UserRole).toInt()); };
    connect(m_outline, &QListWidget::itemClicked, this, goToHeading);
    if (!m_outline->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_outline))
        connect(m_outline, &QListWidget::itemActivated, this, goToHeading); // Enter; not twice on one click
    connect(m_editor, &MarkdownEditor::currentSectionChanged, m_preview, &PreviewView::showSection);
    connect(document, &ReviewDocument::textChanged, this, &DocumentView::updateOutline);
    connect(m_fields, &FieldsModel::editRefused, this, &DocumentView::message);
    connect(m_ratings, &RatingsModel::editRefused, this, &DocumentView::message);
    updateOutline();

    // Checked after every change, once a burst of keystrokes has been handled.
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(0);
    connect(m_validateTimer, &QTimer::timeout, this, &DocumentView::validateNow);
    connect(document, &ReviewDocument::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(document, &ReviewDocument::pathChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_problemsView, &ProblemsView::showRequested, this, &DocumentView::showProblem);
    connect(m_problemsView, &ProblemsView::fixRequested, this, &DocumentView::fix);
    validateNow();
}

void DocumentView::setSiteProblems(const Problems &problems)
{
    m_siteProblems = problems;
    validateNow();
}

void DocumentView::validateNow()
{
    m_validateTimer->stop();
    const Problems problems = Validator::validate(*m_document) + m_siteProblems;
    m_problems->setProblems(problems);
    QHash<int, bool> lines;
    QList<QPair<QString, QString>> fields;
    for (const auto &problem : problems) {
        if (problem.line > 0)
            lines[problem.line - 1] = lines.value(problem.line - 1) || problem.isError();
        if (!problem.field.isEmpty())
            fields.append({problem.field, problem.message});
    }
    m_editor->setProblemLines(lines);
    m_form->setProblems(problems);
    m_ratingsEditor->setProblems(fields, m_document->schema().ratingKey());
}

void DocumentView::showProblem(const Problem &problem)
{
    // A problem on a body line goes to that line; a field's to its form field or rating.
    if (problem.line - 1 >= m_document->frontMatter().bodyFirstLine() && m_document->frontMatter().isClosed()) {
        m_editor->goToFileLine(problem.line - 1);
        return;
    }
    if (m_form->showField(problem.field))
        return;
    if (problem.field == m_document->schema().ratingKey() || m_document->schema().axisIndex(problem.field) >= 0)
        m_ratingsEditor->showAxis(problem.field); // scrolls the form to it too
}

void DocumentView::fix(const Problem &problem)
{
    const EditOutcome outcome = Fixer::apply(*m_document, problem);
    if (!outcome.ok())
        QMessageBox::warning(this, tr("Cannot Fix"), outcome.error);
    validateNow();
}

DocumentView::~DocumentView()
{
    // Shown in the window's docks, owned here (unless the window went first).
    delete m_outline.data();
    delete m_problemsView.data();
}

void DocumentView::setCompact(bool compact)
{
    m_compact = compact;
    const int width = std::max(m_splitter->width(), 600);
    m_splitter->setSizes(compact ? QList<int>{width / 2, width / 2, 0} : QList<int>{470, 560, 560});
    // Half a window has no room for the chart: its height goes to the fields and the
    // sliders (the other language's chart shows the same ratings anyway).
    m_chart->setVisible(!compact);
}

void DocumentView::resetPanes()
{
    if (m_compact)
        setCompact(true);
    else
        m_splitter->setSizes({m_splitter->widget(0)->sizeHint().width(), 600, 400});
}

void DocumentView::restorePanes(const QByteArray &state)
{
    if (!m_splitter->restoreState(state) || m_splitter->sizes().contains(0))
        resetPanes();
}

QString DocumentView::displayName() const
{
    const QString name = QFileInfo(m_document->filePath()).fileName();
    return name.isEmpty() ? tr("Untitled") : name;
}

void DocumentView::updateOutline()
{
    QStringList texts;
    QList<int> lines;
    for (const auto &heading : m_document->outline().headings()) {
        if (heading.level > 3)
            continue;
        texts.append(QString(2 * (heading.level - 2 > 0 ? heading.level - 2 : 0), u' ') + heading.text);
        lines.append(heading.line);
    }
    bool same = m_outline->count() == texts.size();
    for (int i = 0; same && i < texts.size(); ++i)
        same = m_outline->item(i)->text() == texts.at(i) && m_outline->item(i)->data(Qt::UserRole).toInt() == lines.at(i);
    if (same)
        return;
    const int current = m_outline->currentRow();
    m_outline->clear();
    for (int i = 0; i < texts.size(); ++i) {
        auto *item = new QListWidgetItem(texts.at(i), m_outline);
        item->setData(Qt::UserRole, lines.at(i));
    }
    m_outline->setCurrentRow(std::min(current, m_outline->count() - 1));
}

} // namespace Rubric
