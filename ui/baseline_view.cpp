#include "ui/baseline_view.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/baseline_table_model.h"
#include "ui/population_box.h"
#include "ui/provenance_banner.h"
#include "ui/table_export.h"

namespace ts {

BaselineView::BaselineView(QWidget* parent)
    : ViewPage(parent),
      m_population(new PopulationBox(this, {QStringLiteral("ITTFL"), QStringLiteral("SAFFL")})),
      m_model(new BaselineTableModel(this)),
      m_table(new QTableView(this)),
      m_banner(new ProvenanceBanner(this)) {
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy the selected cells, or the whole table (Ctrl+C)"));
    auto* save = new QPushButton(tr("Export CSV…"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Population"), this));
    bar->addWidget(m_population);
    bar->addStretch();
    bar->addWidget(copy);
    bar->addWidget(save);

    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_banner);

    connect(m_population, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &BaselineView::recompute);
    TableExport::bindCopy(*m_table, *copy);
    connect(save, &QPushButton::clicked, this, &BaselineView::exportDialog);
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome<BaselineReport>>::finished, this, &BaselineView::showOutcome);
}

QAbstractItemModel* BaselineView::tableModel() { return m_model; }

void BaselineView::setStudy(std::shared_ptr<const StudyData> study) {
    m_study = std::move(study);
    m_population->setStudy(m_study.get());   // emits no change: recompute once below
    recompute();
}

QString BaselineView::exportCsv(const QString& path) const { return TableExport::saveCsv(*m_model, path); }

void BaselineView::recompute() {
    m_banner->showSource(m_study ? &m_study->info : nullptr, m_study ? m_study->info.provenance : Provenance::Original, {});
    if (!m_study) {
        m_model->setReport({});
        return;
    }
    m_watcher.setFuture(runAnalysis<BaselineReport>(
        [study = m_study, population = m_population->flag()] { return analyseBaseline(*study, {}, population); }));
}

void BaselineView::showOutcome() {
    AnalysisOutcome<BaselineReport> outcome = m_watcher.result();
    if (!outcome.report) {
        emit status(outcome.error);
        m_model->setReport({});
        return;
    }
    m_model->setReport(*outcome.report);
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_banner->showSource(&m_study->info, outcome.report->provenance, outcome.report->source);
    emit reportShown();
}

void BaselineView::exportDialog() {
    const QString suggested = m_study ? QString::fromStdString(m_study->info.id) + QStringLiteral("_baseline.csv")
                                      : QStringLiteral("baseline.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export baseline table"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    const QString error = exportCsv(path);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace ts
