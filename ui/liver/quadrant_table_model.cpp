#include "ui/liver/quadrant_table_model.h"

#include "core/analysis/option_tables.h"
#include "ui/common/choice_box.h"

namespace ts {

QuadrantTableModel::QuadrantTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void QuadrantTableModel::setReport(const LiverReport& report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

int QuadrantTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_report.groups.empty() ? 0 : 5;
}

int QuadrantTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || m_report.groups.empty() ? 0 : static_cast<int>(m_report.groups.size()) + 2;
}

int QuadrantTableModel::total(int group) const {
    if (group < static_cast<int>(m_report.groups.size())) return m_report.groups[static_cast<size_t>(group)].n;
    int n = 0;
    for (const LiverGroup& g : m_report.groups) n += g.n;
    return n;
}

int QuadrantTableModel::count(int row, int group) const {
    if (row == 4) return total(group);
    if (group < static_cast<int>(m_report.groups.size()))
        return m_report.groups[static_cast<size_t>(group)].quadrants[static_cast<size_t>(row)];
    int n = 0;
    for (const LiverGroup& g : m_report.groups) n += g.quadrants[static_cast<size_t>(row)];
    return n;
}

QVariant QuadrantTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const int row = index.row(), col = index.column();
    if (col == 0) {
        if (role != Qt::DisplayRole) return {};
        if (row == 4) return tr("Subjects with both peaks");
        return choiceLabel(quadrants(), static_cast<Quadrant>(row));
    }
    const int n = count(row, col - 1), of = total(col - 1);
    if (role == Qt::UserRole) return n;
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    if (row == 4 || of == 0) return QString::number(n);
    return QStringLiteral("%1 (%2%)").arg(n).arg(100.0 * n / of, 0, 'f', 1);
}

QVariant QuadrantTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    if (section == 0) return tr("Quadrant");
    const auto groups = static_cast<int>(m_report.groups.size());
    const QString name = section - 1 < groups ? QString::fromStdString(m_report.groups[static_cast<size_t>(section - 1)].name)
                                              : tr("Total");
    return QStringLiteral("%1\n(N = %2)").arg(name).arg(total(section - 1));
}

}  // namespace ts
