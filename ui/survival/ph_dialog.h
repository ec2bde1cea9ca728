#pragma once
// PhDialog: the proportional-hazards diagnostics of the survival view's current analysis: the
// cox.zph tests, the log(-log) survival plot and the scaled Schoenfeld residual plot (ph_plots.h),
// with a choice of Cox column where the grouping has more than two groups. The view keeps it up to
// date: while it is open, every analysis runs with the PH test.
#include <QDialog>

#include "core/analysis/survival_analysis.h"

class QComboBox;
class QCustomPlot;
class QLabel;

namespace ts {

class PhDialog : public QDialog {
    Q_OBJECT
public:
    explicit PhDialog(QWidget* parent = nullptr);

    // Shows `report` (nullptr: nothing to show, with `why`); `factor` and `unit` as the view's axis.
    void setReport(const SurvivalReport* report, double factor, const QString& unit, const QString& why = {});

    QCustomPlot* logLogPlot() const { return m_logLog; }
    QCustomPlot* residualPlot() const { return m_residuals; }
    QString testText() const;

private:
    void drawResiduals();

    std::optional<stats::CoxZph> m_zph;
    QLabel* m_tests;
    QComboBox* m_column;
    QCustomPlot* m_logLog;
    QCustomPlot* m_residuals;
};

}  // namespace ts
