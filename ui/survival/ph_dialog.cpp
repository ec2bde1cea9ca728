#include "ui/survival/ph_dialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "ui/common/live_plot.h"
#include "ui/survival/ph_plots.h"

namespace ts {

PhDialog::PhDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Proportional hazards"));
    setObjectName(QStringLiteral("phDialog"));
    m_tests = new QLabel(this);
    m_tests->setObjectName(QStringLiteral("phTests"));
    m_tests->setWordWrap(true);
    m_tests->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_column = new QComboBox(this);
    m_column->setObjectName(QStringLiteral("phColumn"));
    m_column->setToolTip(tr("The Cox model column whose residuals are shown (one per group against the reference)"));
    m_logLog = new QCustomPlot(this);
    m_logLog->setObjectName(QStringLiteral("logLogPlot"));
    m_residuals = new QCustomPlot(this);
    m_residuals->setObjectName(QStringLiteral("schoenfeldPlot"));
    for (QCustomPlot* p : {m_logLog, m_residuals}) {
        p->setMinimumSize(420, 340);
        tuneForScreen(p);
    }
    auto* columnRow = new QHBoxLayout;
    columnRow->addWidget(new QLabel(tr("Residuals of"), this));
    columnRow->addWidget(m_column);
    columnRow->addStretch(1);
    auto* plots = new QHBoxLayout;
    plots->addWidget(m_logLog, 1);
    plots->addWidget(m_residuals, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tests);
    layout->addLayout(columnRow);
    layout->addLayout(plots, 1);
    connect(m_column, &QComboBox::currentIndexChanged, this, &PhDialog::drawResiduals);
    resize(1000, 520);
}

void PhDialog::setReport(const SurvivalReport* report, double factor, const QString& unit, const QString& why) {
    const QSignalBlocker block(m_column);
    const int keep = m_column->currentIndex();
    m_column->clear();
    m_zph.reset();
    if (report && report->phTest) m_zph = *report->phTest;
    if (!report || !m_zph) {
        m_tests->setText(why.isEmpty() ? tr("The proportional-hazards test needs two groups or more and a Cox model.")
                                       : why);
        m_logLog->clearPlottables();
        m_residuals->clearPlottables();
        m_residuals->clearItems();
        if (report) drawLogLogPlot(m_logLog, *report, factor, unit);
        m_logLog->replot();
        m_residuals->replot();
        return;
    }
    m_tests->setText(phTestText(*m_zph));
    for (const std::string& c : m_zph->columns) m_column->addItem(QString::fromStdString(c));
    m_column->setCurrentIndex(keep >= 0 && keep < m_column->count() ? keep : 0);
    m_column->setEnabled(m_column->count() > 1);
    drawLogLogPlot(m_logLog, *report, factor, unit);
    m_logLog->replot();
    drawResiduals();
}

void PhDialog::drawResiduals() {
    if (!m_zph) return;
    drawSchoenfeldPlot(m_residuals, *m_zph, std::max(0, m_column->currentIndex()));
    m_residuals->replot();
}

QString PhDialog::testText() const { return m_tests->text(); }

}  // namespace ts
