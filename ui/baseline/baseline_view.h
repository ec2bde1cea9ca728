#pragma once
// BaselineView: the "Table 1" tab: baseline characteristics by group (n, mean ± SD or median
// (IQR), counts (%)) with p-values, for an analysis population; copy (Ctrl+C) and CSV export;
// provenance and citation. analyseBaseline runs off the GUI thread.
#include <QFutureWatcher>

#include "core/analysis/baseline_analysis.h"
#include "ui/common/analysis_task.h"
#include "ui/common/table_page.h"

namespace ts {

class BaselineTableModel;

class BaselineView : public TablePage {
    Q_OBJECT
public:
    explicit BaselineView(QWidget* parent = nullptr);

    QAbstractItemModel* tableModel() override;
    std::optional<std::vector<std::string>> exportArguments() const override;
    bool busy() const { return m_watcher.isRunning(); }

private:
    void recompute() override;
    bool hasSubjectData(const StudyData& study) const override { return !study.subjects.empty(); }
    bool hasPublishedData(const StudyData& study) const override { return !study.baseline.empty(); }
    void showOutcome();

    BaselineTableModel* m_model;
    QFutureWatcher<AnalysisOutcome<BaselineReport>> m_watcher;
};

}  // namespace ts
