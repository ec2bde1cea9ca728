#include "ui/baseline/baseline_view.h"

#include <QTableView>

#include "core/analysis/option_tables.h"
#include "ui/baseline/baseline_table_model.h"
#include "ui/common/population_box.h"

namespace ts {

BaselineView::BaselineView(QWidget* parent)
    : TablePage(parent, {QStringLiteral("ITTFL"), QStringLiteral("SAFFL")}, QStringLiteral("baseline")),
      m_model(new BaselineTableModel(this)) {
    m_table->setModel(m_model);
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome<BaselineReport>>::finished, this, &BaselineView::showOutcome);
}

QAbstractItemModel* BaselineView::tableModel() { return m_model; }

std::optional<std::vector<std::string>> BaselineView::exportArguments() const {
    if (m_model->rowCount() == 0) return std::nullopt;
    std::vector<std::string> out;
    if (const std::string flag = m_population->flag(); !flag.empty()) out.insert(out.end(), {"--population", flag});
    if (source() != DataSource::Auto) out.insert(out.end(), {"--source", std::string(dataSources().name(source()))});
    return out;
}

void BaselineView::recompute() {
    if (!startRecompute()) return m_model->setReport({});
    m_watcher.setFuture(
        runAnalysis<BaselineReport>([study = m_study, population = m_population->flag(), source = source()] {
            return analyseBaseline(*study, {}, population, {}, source);
        }));
}

void BaselineView::showOutcome() {
    const AnalysisOutcome<BaselineReport> outcome = m_watcher.result();
    m_model->setReport(outcome.report.value_or(BaselineReport{}));
    if (!outcome.report) return showFailure(outcome.error);
    if (outcome.report->lines.empty())  // Qin 2024's ADSL: treatment and flags only
        return showFailure(tr("%1's ADSL has no baseline characteristics (age, sex, race, height, weight, BMI) and "
                              "the study holds no published Table 1.")
                               .arg(QString::fromStdString(m_study->info.id)));
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    showReport(outcome.report->provenance, outcome.report->source);
}

}  // namespace ts
