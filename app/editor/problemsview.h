#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Rubric {

class ProblemsModel;
struct Problem;

// The problems of the open document, live: a list (activate one to go to it) and a
// button that applies the selected problem's mechanical fix.
class ProblemsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsView(ProblemsModel *model, QWidget *parent = nullptr);

    QTreeView *list() const { return m_list; }

Q_SIGNALS:
    void showRequested(const Rubric::Problem &problem);
    void fixRequested(const Rubric::Problem &problem);

private:
    void updateSummary();
    int currentRow() const;

    ProblemsModel *m_model;
    QTreeView *m_list;
    QLabel *m_summary;
    QPushButton *m_fix;
};

} // namespace Rubric
