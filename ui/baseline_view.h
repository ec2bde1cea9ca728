#pragma once
// BaselineView: the "Table 1" tab: baseline characteristics by group (n, mean ± SD or median
// (IQR), counts (%)) with p-values, for an analysis population; copy (Ctrl+C) and CSV export;
// provenance and citation. analyseBaseline runs off the GUI thread; reportShown() fires when shown.
#include <memory>

#include <QFutureWatcher>

#include "core/analysis/baseline_analysis.h"
#include "ui/analysis_task.h"
#include "ui/view_page.h"

class QTableView;

namespace ts {

class BaselineTableModel;
class PopulationBox;
class ProvenanceBanner;

class BaselineView : public ViewPage {
    Q_OBJECT
public:
    explicit BaselineView(QWidget* parent = nullptr);

    void setStudy(std::shared_ptr<const StudyData> study) override;
    QString title() const override { return tr("Baseline"); }
    QAbstractItemModel* tableModel() override;

    // Writes the table as CSV; returns "" or a one-line error.
    QString exportCsv(const QString& path) const;
    QTableView* table() const { return m_table; }
    bool busy() const { return m_watcher.isRunning(); }

signals:
    void reportShown();

private:
    void recompute();
    void showOutcome();
    void exportDialog();

    std::shared_ptr<const StudyData> m_study;
    PopulationBox* m_population;
    BaselineTableModel* m_model;
    QTableView* m_table;
    ProvenanceBanner* m_banner;
    QFutureWatcher<AnalysisOutcome<BaselineReport>> m_watcher;
};

}  // namespace ts
