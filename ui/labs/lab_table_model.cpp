#include "ui/labs/lab_table_model.h"

#include "ui/common/p_value.h"

namespace ts {
namespace {

QVariant optionalNumber(const std::optional<double>& v, int role) {
    if (!v) return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
    return role == Qt::DisplayRole ? QVariant(QString::number(*v, 'g', 4)) : QVariant(*v);
}

}  // namespace

LabTableModel::LabTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LabTableModel::setReport(const LabReport& report) {
    beginResetModel();
    m_report = report;
    m_rows.clear();
    for (const LabGroup& g : m_report.groups)
        for (const LabPoint& p : g.points) m_rows.push_back({&g, &p});
    endResetModel();
}

int LabTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LabTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LabTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= N ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::UserRole) return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Group: return QString::fromStdString(r.group->name);
    case Visit:
        return role == Qt::UserRole ? QVariant(r.point->visitn) : QVariant(QString::fromStdString(r.point->visit));
    case N:  // 0 beside an estimate: not reported by the source
        return r.point->n == 0 && r.point->center && role == Qt::DisplayRole ? QVariant(QStringLiteral("–"))
                                                                             : QVariant(r.point->n);
    case Center: return optionalNumber(r.point->center, role);
    case Lower: return optionalNumber(r.point->lower, role);
    case Upper: return optionalNumber(r.point->upper, role);
    case PValue:
        if (!r.point->pValue || role != Qt::DisplayRole) return optionalNumber(r.point->pValue, role);
        return pValueText(*r.point->pValue);
    default: return {};
    }
}

QVariant LabTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool median = m_report.options.summary == LabSummaryKind::MedianIqr;
    switch (section) {
    case Group: return tr("Group");
    case Visit: return tr("Visit");
    case N: return tr("n");
    case Center: return median ? tr("Median") : tr("Mean");
    case Lower: return median ? tr("Q1") : tr("Lower");
    case Upper: return median ? tr("Q3") : tr("Upper");
    case PValue: return tr("p (between groups)");
    default: return {};
    }
}

}  // namespace ts
