#pragma once
// AeDotPage: the adverse-event view's dot plot (core/analysis/ae_dot_plot.h, drawn by AeDotFigure):
// the arm and the control, risk difference or relative risk, the least incidence shown and the
// volcano switch above the figure. It analyses off the GUI thread with the table's options (the
// population, serious events only, the data source) and says so when the study cannot give one.
// A click on a term asks for its subjects (termChosen).
#include <memory>
#include <optional>
#include <utility>

#include <QFutureWatcher>
#include <QWidget>

#include "core/analysis/ae_dot_plot.h"
#include "core/options/args.h"
#include "ui/adverse_events/ae_dot_figure.h"
#include "ui/common/analysis_task.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;

namespace ts {

class AeDotPage : public QWidget {
    Q_OBJECT
public:
    explicit AeDotPage(QWidget* parent = nullptr);

    // The study and the table's options (population, grouping, serious only, source); the groups
    // with subjects fill the arm and control boxes (the last group against the first, or the choice
    // made before). Analyses again.
    void setData(std::shared_ptr<const StudyData> study, const AeOptions& table);
    // Sets the arm, control, measure, least incidence and volcano from export options.
    void apply(const Args& args);
    void setArms(const QString& arm, const QString& control);
    void setMeasure(AeMeasure measure);
    void setVolcano(bool on);

    AeDotOptions options() const;
    bool volcano() const;
    // Export options: the table's, --dot-plot and the plot's own (with --volcano).
    std::vector<std::string> words() const;
    QCustomPlot* plot() const { return m_plot; }
    const AeDotReport* report() const { return m_report ? &*m_report : nullptr; }
    const AeDotFigure::Items& items() const { return m_items; }
    bool busy() const { return m_watcher.isRunning(); }

signals:
    void reportShown();
    void termChosen(const QString& soc, const QString& term);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillGroups();
    void analyse();
    void showOutcome();
    void draw();

    std::shared_ptr<const StudyData> m_study;
    AeOptions m_table;
    QComboBox* m_arm;
    QComboBox* m_control;
    QComboBox* m_measure;
    QDoubleSpinBox* m_least;
    QCheckBox* m_volcano;
    QCustomPlot* m_plot;
    std::pair<QString, QString> m_wanted;  // arm and control asked for by apply() before the groups were known
    std::optional<AeDotReport> m_report;
    AeDotFigure::Items m_items;
    QFutureWatcher<AnalysisOutcome<AeDotReport>> m_watcher;
};

}  // namespace ts
