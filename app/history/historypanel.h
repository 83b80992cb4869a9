#pragma once

#include "history/history.h"
#include "schema/schema.h"

#include <QWidget>

class QChart;
class QChartView;
class QPushButton;
class QTreeWidget;

namespace Rubric {

// Issue 19: a review's past. A timeline (total, each axis, and the price on its own scale)
// and the list of versions, newest first; the chosen version can be overlaid on the radar
// chart, compared with the working text, or restored. Standalone: the main window connects
// its signals (overlay -> RadarChartView, diff -> a DiffView, restore -> one undoable edit).
class HistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Columns { DateColumn, CommitColumn, TotalColumn, PriceColumn, MessageColumn, ColumnCount };

    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override;

    // Reads the review's history off the GUI thread (with its own repository handle);
    // loaded() follows. A file in no repository shows "no history".
    void load(const QString &filePath, const Schema &schema);
    void setVersions(const QList<ReviewVersion> &versions, const Schema &schema);
    const QList<ReviewVersion> &versions() const { return m_versions; }
    const ReviewVersion *currentVersion() const;

    QTreeWidget *versionList() const { return m_list; }
    QChart *chart() const { return m_chart; }

Q_SIGNALS:
    void loaded();
    void overlayRequested(const Rubric::ReviewVersion &version);
    void diffRequested(const Rubric::ReviewVersion &version);
    void restoreRequested(const Rubric::ReviewVersion &version);

private:
    void rebuildChart();
    void updateButtons();

    QList<ReviewVersion> m_versions;
    Schema m_schema;
    QChart *m_chart;
    QChartView *m_chartView;
    QTreeWidget *m_list;
    QPushButton *m_overlay;
    QPushButton *m_diff;
    QPushButton *m_restore;
    int m_generation = 0; // of load(): a late result of an earlier file is dropped
};

} // namespace Rubric
