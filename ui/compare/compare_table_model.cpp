#include "ui/compare/compare_table_model.h"

#include <QBrush>

#include "core/analysis/option_tables.h"
#include "core/stats/km_at.h"
#include "ui/compare/forest_plot.h"
#include "ui/survival/km_text.h"

namespace ts {

namespace {

QString estimateWithCi(const stats::QuantileEstimate& q, double f, int decimals) {
    auto scaled = [f](std::optional<double> v) { return v ? std::optional<double>(*v * f) : std::nullopt; };
    return QStringLiteral("%1 (%2\u2013%3)")
        .arg(formatEstimate(scaled(q.estimate), decimals), formatEstimate(scaled(q.lower), decimals),
             formatEstimate(scaled(q.upper), decimals));
}

QString hrText(const SurvivalReport& r, const std::string& group) {
    if (group == r.reference) return QStringLiteral("reference");
    if (!r.cox) return QStringLiteral("\u2013");
    for (const stats::CoxTerm& t : r.cox->terms)
        if (t.name == group)
            return t.estimable ? ForestPlot::ratioText(t.hr, t.lower, t.upper) : QString::fromStdString(t.note);
    return QStringLiteral("\u2013");
}

}  // namespace

CompareTableModel::CompareTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CompareTableModel::setComparison(const Comparison& c) {
    beginResetModel();
    const QString unit = QString::fromUtf8(timeUnits().name(c.unit).data());
    const int decimals = timeDecimals(c.maxTime);
    m_header = {tr("Study"), tr("Arm"), tr("n"), tr("Events"), tr("Median, %1 (95% CI)").arg(unit)};
    for (double t : c.times) m_header << tr("S(%1 %2) (95% CI)").arg(formatEstimate(t, decimals), unit);
    m_header << tr("HR (95% CI) vs reference") << tr("Data");
    m_rows.clear();
    for (const ComparedStudy& s : c.studies) {
        std::vector<double> times;  // chosen display times in the study's unit
        for (double t : c.times) times.push_back(t / s.timeFactor);
        const QString source = QStringLiteral("%1 \u00b7 %2")
                                   .arg(QString::fromStdString(std::string(provenances().name(s.report.provenance))),
                                        QString::fromStdString(s.study->info.citation));
        for (size_t g = 0; g < s.report.groups.size(); ++g) {
            if (!s.shown[g]) continue;
            const SurvivalGroup& group = s.report.groups[g];
            Row row;
            row.colour = QColor(QString::fromStdString(s.colours[g]));
            row.cells << QString::fromStdString(s.study->info.id) << QString::fromStdString(group.name)
                      << QString::number(group.fit.n) << QString::number(group.fit.events)
                      << estimateWithCi(group.median, s.timeFactor, decimals);
            for (const stats::KmAt& at : stats::kmAt(group.fit, times))
                row.cells << QStringLiteral("%1 (%2\u2013%3)")
                                 .arg(at.surv, 0, 'f', 3)
                                 .arg(at.ciDefined ? QString::number(at.lower, 'f', 3) : QStringLiteral("NA"))
                                 .arg(at.ciDefined ? QString::number(at.upper, 'f', 3) : QStringLiteral("NA"));
            row.cells << hrText(s.report, group.name) << source;
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

int CompareTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CompareTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_header.size());
}

QVariant CompareTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole) return row.cells.value(index.column());
    if (role == Qt::DecorationRole && index.column() == 1) return row.colour;
    return {};
}

QVariant CompareTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Horizontal) return m_header.value(section);
    return section + 1;
}

}  // namespace ts
