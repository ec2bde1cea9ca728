#pragma once
// LabsView: the laboratory tab. Parameter, population, summary (mean ± SD / SE / 95% CI, median +
// IQR) and scale (value, change, % change) pickers; individual-patient lines, reference band and
// significance toggles; the LabPlot figure with zoom / pan (mouse, and keys: arrows pan, +/- zoom,
// Home resets) and hover tooltips; the numbers as a table underneath; provenance and citation.
// analyseLabs runs off the GUI thread; reportShown() fires when a report is on screen.
#include <memory>

#include <QFutureWatcher>

#include "ui/common/analysis_task.h"
#include "ui/common/view_page.h"
#include "ui/labs/lab_plot.h"

class QCheckBox;
class QComboBox;
class QPushButton;
class QTableView;

namespace ts {

class LabTableModel;
class RCodeDialog;
class PopulationBox;
class ProvenanceBanner;

class LabsView : public ViewPage {
    Q_OBJECT
public:
    explicit LabsView(QWidget* parent = nullptr);

    void setStudy(std::shared_ptr<const StudyData> study) override;
    QCustomPlot* plot() override { return m_plot; }
    QAbstractItemModel* tableModel() override;

    // Programmatic control (menus, tests): select by PARAMCD; false when the study lacks it.
    bool setParameter(const QString& paramcd);
    void setSummary(LabSummaryKind kind);
    void setScale(LabScale scale);
    void setSpaghetti(bool on);
    void setReferenceBand(bool on);

    const LabPlot& figure() const { return m_figure; }
    const LabReport* report() const { return m_report ? &*m_report : nullptr; }
    std::optional<std::vector<std::string>> exportArguments() const override;
    TableText tableText() const override;  // titled as the figure (parameter, summary, population)
    bool busy() const { return m_watcher.isRunning(); }
    // R code... : base R code reproducing the table's numbers from the analysed records
    // (core/report/lab_r_code.h); nullptr, with a status message, for published summaries.
    RCodeDialog* showRCode();

signals:
    void reportShown();

protected:
    void applyArguments(const Args& args) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void recompute();
    void redraw();
    void showOutcome();
    void showMessage(const QString& message);
    LabPlotOptions plotOptions() const;

    std::shared_ptr<const StudyData> m_study;
    std::optional<LabReport> m_report;
    QPoint m_pressAt;
    QComboBox* m_param;
    PopulationBox* m_population;
    QComboBox* m_summary;
    QComboBox* m_scale;
    QCheckBox* m_spaghetti;
    QCheckBox* m_reference;
    QCheckBox* m_significance;
    QCheckBox* m_scheduled;
    QPushButton* m_rCode;
    QCustomPlot* m_plot;
    LabPlot m_figure;
    LabTableModel* m_model;
    QTableView* m_table;
    ProvenanceBanner* m_banner;
    std::string m_summarised;  // the parameter the summary box was last set to the default for
    QFutureWatcher<AnalysisOutcome<LabReport>> m_watcher;
};

}  // namespace ts
