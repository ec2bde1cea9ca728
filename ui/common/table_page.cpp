#include "ui/common/table_page.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include "core/analysis/option_tables.h"
#include "ui/common/choice_box.h"
#include "ui/common/flow_layout.h"
#include "ui/common/population_box.h"
#include "ui/common/provenance_banner.h"
#include "ui/common/table_export.h"

namespace ts {

TablePage::TablePage(QWidget* parent, const QStringList& preferred, QString fileTag)
    : ViewPage(parent),
      m_population(new PopulationBox(this, preferred)),
      m_table(new QTableView(this)),
      m_fileTag(std::move(fileTag)),
      m_bar(new FlowLayout),
      m_message(new QLabel(this)),
      m_banner(new ProvenanceBanner(this)),
      m_source(new QComboBox(this)) {
    m_source->setObjectName(QStringLiteral("dataSource"));
    m_source->addItem(tr("Published table"), static_cast<int>(DataSource::Published));
    m_source->addItem(tr("Patient-level records"), static_cast<int>(DataSource::Subjects));
    m_source->setToolTip(tr("The study holds both the publication's table and subject-level records"));
    m_sourcePair = labelled(tr("Data"), m_source, this);
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy the selected cells, or the whole table (Ctrl+C)"));
    auto* save = new QPushButton(tr("Export table…"), this);
    save->setToolTip(tr("Save the table as CSV, or as RTF for a document (title, footnotes, headers on every page)"));
    m_bar->addWidget(m_sourcePair);
    m_bar->addWidget(labelled(tr("Population"), m_population, this));
    m_bar->addWidget(copy);
    m_bar->addWidget(save);

    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_bar);
    layout->addWidget(m_message, 1, Qt::AlignTop);  // in the table's place when there is no report
    layout->addWidget(m_table, 1);
    layout->addWidget(m_banner);

    connect(m_population, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &TablePage::recompute);
    connect(m_source, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &TablePage::recompute);
    TableExport::bindCopy(*m_table, *copy);
    connect(save, &QPushButton::clicked, this, &TablePage::exportDialog);
}

void TablePage::setStudy(std::shared_ptr<const StudyData> study) {
    m_study = std::move(study);
    m_population->setStudy(m_study.get());  // emits no change: recompute once below
    {
        const QSignalBlocker block(m_source);
        m_source->setCurrentIndex(0);
        m_sourcePair->setVisible(m_study && hasSubjectData(*m_study) && hasPublishedData(*m_study));
    }
    recompute();
}

void TablePage::addControl(QWidget* control) { m_bar->insertWidget(m_bar->count() - 2, control); }

QString TablePage::exportCsv(const QString& path) const { return TableExport::saveCsv(*m_table->model(), path); }

DataSource TablePage::source() const {
    return m_sourcePair->isHidden() ? DataSource::Auto : static_cast<DataSource>(m_source->currentData().toInt());
}

void TablePage::applyArguments(const Args& args) {
    if (const auto flag = args.value("--population")) selectData(m_population, QString::fromStdString(*flag));
    selectChoice(m_source, dataSources(), args);
}

QString TablePage::dataStatement() const { return m_banner->statement(); }

TableText TablePage::tableText() const {
    if (!m_study) return {};
    return TableText::of(m_study->info, title(), m_population->currentText(), dataStatement());
}

QString TablePage::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

bool TablePage::startRecompute() {
    m_banner->showSource(m_study ? &m_study->info : nullptr, m_study ? m_study->info.provenance : Provenance::Original,
                         {});
    m_message->hide();
    m_table->show();
    return m_study != nullptr;
}

void TablePage::showReport(Provenance provenance, const std::string& source) {
    m_banner->showSource(&m_study->info, provenance, source);
    emit reportShown();
}

void TablePage::showFailure(const QString& error) {
    m_message->setText(error.left(1).toUpper() + error.mid(1));
    m_table->hide();
    m_message->show();
    emit status(error);
}

void TablePage::exportDialog() {
    const QString id = m_study ? QString::fromStdString(m_study->info.id) : QString();
    TableExport::saveDialog(this, tr("Export %1 table").arg(title().toLower()), *m_table->model(), tableText(),
                            {id, m_fileTag});
}

}  // namespace ts
