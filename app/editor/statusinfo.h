#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace Rubric {

class MarkdownEditor;
class ProblemsModel;
class ReviewDocument;

// The status bar's permanent part for the current review: the body cursor's line and
// column (file lines, as the margin shows), the body's words and characters, the review's
// language, whether it is saved, and its problems. Follows the objects it is given.
class StatusInfo final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusInfo(QWidget *parent = nullptr);

    // The current review; all null when none is open (the labels are then empty).
    void attach(ReviewDocument *document, MarkdownEditor *editor, ProblemsModel *problems);

    QString positionText() const;
    QString countText() const;
    QString languageText() const;
    QString saveStateText() const;
    QString problemsText() const;

    // Words (runs of letters or digits) and characters (line breaks not counted) of a text.
    static int wordCount(const QString &text);
    static int characterCount(const QString &text);

private:
    void updatePosition();
    void updateCounts();
    void updateDocument();
    void updateProblems();

    QPointer<ReviewDocument> m_document;
    QPointer<MarkdownEditor> m_editor;
    QPointer<ProblemsModel> m_problems;
    QList<QMetaObject::Connection> m_connections;
    QTimer *m_countTimer;
    QLabel *m_position;
    QLabel *m_counts;
    QLabel *m_language;
    QLabel *m_saveState;
    QLabel *m_problemCount;
};

} // namespace Rubric
