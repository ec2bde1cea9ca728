#pragma once
// AdverseEventsView: the adverse-event tab. Subjects n (%) and events per group by system organ
// class or preferred term, optionally by grade and relatedness, serious events only; a totals row;
// sortable columns, a text filter on SOC / term, Ctrl+C copy and CSV export; provenance and
// citation. analyseAdverseEvents runs off the GUI thread; reportShown() fires when shown.
#include <memory>

#include <QFutureWatcher>

#include "core/analysis/ae_analysis.h"
#include "ui/analysis_task.h"
#include "ui/view_page.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace ts {

class AeSortProxy;
class AeTableModel;
class PopulationBox;
class ProvenanceBanner;

class AdverseEventsView : public ViewPage {
    Q_OBJECT
public:
    explicit AdverseEventsView(QWidget* parent = nullptr);

    void setStudy(std::shared_ptr<const StudyData> study) override;
    QString title() const override { return tr("Adverse events"); }
    QAbstractItemModel* tableModel() override;   // what is shown: sorted and filtered

    // Programmatic control (menus, tests).
    void setLevel(AeLevel level);
    void setByGrade(bool on);
    void setByRelated(bool on);
    void setSeriousOnly(bool on);
    void setFilterText(const QString& text);
    // Writes the shown table as CSV; returns "" or a one-line error.
    QString exportCsv(const QString& path) const;

    QTableView* table() const { return m_table; }
    const AeTableModel& model() const { return *m_model; }
    bool busy() const { return m_watcher.isRunning(); }

signals:
    void reportShown();

private:
    void recompute();
    void showOutcome();
    void exportDialog();

    std::shared_ptr<const StudyData> m_study;
    QComboBox* m_level;
    PopulationBox* m_population;
    QCheckBox* m_grade;
    QCheckBox* m_related;
    QCheckBox* m_serious;
    QLineEdit* m_filter;
    AeTableModel* m_model;
    AeSortProxy* m_proxy;
    QTableView* m_table;
    ProvenanceBanner* m_banner;
    QFutureWatcher<AnalysisOutcome<AeReport>> m_watcher;
};

}  // namespace ts
