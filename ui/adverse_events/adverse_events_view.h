#pragma once
// AdverseEventsView: the adverse-event tab. Subjects n (%) and events per group by system organ
// class or preferred term, optionally by grade and relatedness, serious events only; a totals row;
// sortable columns, a text filter on SOC / term, Ctrl+C copy and CSV export; provenance and
// citation. The counts columns take their contents' width and the SOC / term columns share the
// rest (elided, full text in the tooltip). analyseAdverseEvents runs off the GUI thread.
#include <QFutureWatcher>

#include "core/analysis/ae_analysis.h"
#include "ui/common/analysis_task.h"
#include "ui/common/table_page.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace ts {

class AeDotPage;
class AeSortProxy;
class AeOverviewModel;
class AeTableModel;
class RCodeDialog;

class AdverseEventsView : public TablePage {
    Q_OBJECT
public:
    explicit AdverseEventsView(QWidget* parent = nullptr);

    QAbstractItemModel* tableModel() override;  // what is shown: sorted and filtered
    QCustomPlot* plot() override;               // the dot plot when it is shown, else none (the table)
    std::optional<std::vector<std::string>> exportArguments() const override;

    // Programmatic control (menus, tests).
    void setLevel(AeLevel level);
    void setByGrade(bool on);
    void setWorstSeverity(bool on);  // AET04 columns: each subject once at their worst severity
    void setNested(bool on);         // AET02 rows: each SOC (bold) above its terms, by frequency
    void setByRelated(bool on);
    void setSeriousOnly(bool on);
    void setFilterText(const QString& text);
    void setDotPlot(bool on);  // the dot plot (or volcano) instead of the tables
    AeDotPage& dotPage() const { return *m_dots; }

    const AeTableModel& model() const { return *m_model; }
    // The AET01 overview above the table (patient-level data only; hidden otherwise).
    const QTableView& overviewTable() const { return *m_overview; }
    // The subjects shown row `row` counts (aeRowSubjects), by USUBJID; none for the totals row and
    // for published counts.
    QStringList subjectsOfRow(int row) const;
    bool busy() const { return m_watcher.isRunning(); }
    // R code... : base R code reproducing the tables' numbers from the subject-level records
    // (core/report/ae_r_code.h); nullptr, with a status message, for published counts.
    RCodeDialog* showRCode();

protected:
    void applyArguments(const Args& args) override;

private:
    bool hasSubjectData(const StudyData& study) const override { return !study.aes.empty(); }
    bool hasPublishedData(const StudyData& study) const override { return !study.aeCounts.empty(); }
    void recompute() override;
    void showOutcome();
    void fitColumns();
    void openSubjectOf(const QModelIndex& index);  // double-click: the profile of a subject of the row
    void openSubjects(const QStringList& ids);     // one: its profile; more: a menu of them
    void showDots(bool on);

    QComboBox* m_level;
    QCheckBox* m_grade;
    QCheckBox* m_worst;
    QCheckBox* m_nested;
    QCheckBox* m_showOverview;
    QCheckBox* m_related;
    QCheckBox* m_serious;
    QCheckBox* m_showDots;
    AeDotPage* m_dots;
    QLineEdit* m_filter;
    QPushButton* m_rCode;
    QTableView* m_overview;
    AeOverviewModel* m_overviewModel;
    AeTableModel* m_model;
    AeSortProxy* m_proxy;
    QFutureWatcher<AnalysisOutcome<AeReport>> m_watcher;
};

}  // namespace ts
