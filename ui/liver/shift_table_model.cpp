#include "ui/liver/shift_table_model.h"

#include <QFont>

namespace ts {

ShiftTableModel::ShiftTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ShiftTableModel::caption(const QString& param) {
    return tr("shift from baseline to the worst post-baseline value, %1").arg(param);
}

void ShiftTableModel::setReport(const ShiftReport& report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

int ShiftTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_report.groups.empty()) return 0;
    return static_cast<int>(m_report.baselineLevels.size() * (m_report.worstLevels.size() + 1));
}

int ShiftTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || m_report.groups.empty() ? 0 : static_cast<int>(m_report.groups.size()) + 1;
}

std::pair<int, int> ShiftTableModel::rowOf(int row) const {
    const int per = static_cast<int>(m_report.worstLevels.size()) + 1;
    return {row / per, row % per - 1};
}

// Rows are stored group-major, then baseline, then worst (shift_analysis.h).
const ShiftRow& ShiftTableModel::cell(int baseline, int worst, int group) const {
    const size_t nb = m_report.baselineLevels.size(), nw = m_report.worstLevels.size();
    return m_report.rows[(static_cast<size_t>(group) * nb + static_cast<size_t>(baseline)) * nw + static_cast<size_t>(worst)];
}

QVariant ShiftTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const auto [baseline, worst] = rowOf(index.row());
    const bool heading = worst < 0;
    if (role == Qt::FontRole && heading) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (index.column() == 0) {
        if (role != Qt::DisplayRole) return {};
        return heading ? QString::fromStdString(m_report.baselineLevels[static_cast<size_t>(baseline)])
                       : QStringLiteral("    ") + QString::fromStdString(m_report.worstLevels[static_cast<size_t>(worst)]);
    }
    const int group = index.column() - 1;
    int n = 0;
    if (heading)
        for (size_t w = 0; w < m_report.worstLevels.size(); ++w) n += cell(baseline, static_cast<int>(w), group).n;
    else
        n = cell(baseline, worst, group).n;
    if (role == Qt::UserRole) return n;
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    if (heading || n == 0) return QString::number(n);
    const auto percent = cell(baseline, worst, group).percent;
    return QStringLiteral("%1 (%2%)").arg(n).arg(percent.value_or(0), 0, 'f', 1);
}

QVariant ShiftTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    if (section == 0) return tr("Baseline\n    Worst post-baseline");
    const auto g = static_cast<size_t>(section - 1);
    return QStringLiteral("%1\n(N = %2)").arg(QString::fromStdString(m_report.groups[g])).arg(m_report.groupN[g]);
}

}  // namespace ts
