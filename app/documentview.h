#pragma once

#include "document/problem.h"
#include "editor/problemsview.h"

#include <QListWidget>
#include <QPointer>
#include <QWidget>

class QTimer;

class QListWidget;
class QSplitter;

namespace Rubric {

class FieldsModel;
class FormView;
class MarkdownEditor;
class PreviewView;
class ProblemsModel;
class RadarChartView;
class RatingsEditor;
class RatingsModel;
class ReviewDocument;

// One open review: form and ratings, radar chart, Markdown editor and preview, all
// views over the same ReviewDocument and its models. The document is not the view's: it
// belongs to the Workspace (or whoever made it) and must outlive the view.
class DocumentView final : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentView(ReviewDocument *document, QWidget *parent = nullptr);
    ~DocumentView() override;

    ReviewDocument *document() const { return m_document; }
    FieldsModel *fieldsModel() const { return m_fields; }
    RatingsModel *ratingsModel() const { return m_ratings; }
    FormView *form() const { return m_form; }
    RatingsEditor *ratingsEditor() const { return m_ratingsEditor; }
    RadarChartView *chart() const { return m_chart; }
    MarkdownEditor *editor() const { return m_editor; }
    PreviewView *preview() const { return m_preview; }
    QListWidget *outline() const { return m_outline; }
    ProblemsModel *problemsModel() const { return m_problems; }
    ProblemsView *problemsView() const { return m_problemsView; }
    // Problems found across the site (pairs, refs) for this file, shown with its own.
    void setSiteProblems(const Problems &problems);
    // Checks the document now (it is checked after every edit anyway).
    void validateNow();
    void showProblem(const Problem &problem);
    QSplitter *splitter() const { return m_splitter; }

    QString displayName() const;
    // Side by side with another review: form and text only, the preview folded away.
    void setCompact(bool compact);
    // The panes' default sizes (the compact ones side by side).
    void resetPanes();
    // A saved splitter state, unless it would leave a pane at 0 px (then the defaults).
    void restorePanes(const QByteArray &state);

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateOutline();
    void fix(const Problem &problem);

    ReviewDocument *m_document;
    FieldsModel *m_fields;
    RatingsModel *m_ratings;
    FormView *m_form;
    RatingsEditor *m_ratingsEditor;
    RadarChartView *m_chart;
    MarkdownEditor *m_editor;
    PreviewView *m_preview;
    // Shown in the window's docks, which may be destroyed first: hence guarded.
    QPointer<QListWidget> m_outline;
    ProblemsModel *m_problems;
    QPointer<ProblemsView> m_problemsView;
    QTimer *m_validateTimer;
    Problems m_siteProblems;
    QSplitter *m_splitter;
    bool m_compact = false;
};

} // namespace Rubric
