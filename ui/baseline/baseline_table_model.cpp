#include "ui/baseline/baseline_table_model.h"

#include <QFont>

#include "ui/common/arm_header.h"
#include "ui/common/p_value.h"

namespace ts {

BaselineTableModel::BaselineTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void BaselineTableModel::setReport(const BaselineReport& report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

int BaselineTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_report.lines.size());
}

int BaselineTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : pColumn() + 2; }

int BaselineTableModel::totalColumn() const { return m_report.totalN ? groups() + 1 : -1; }

int BaselineTableModel::pColumn() const { return groups() + (m_report.totalN ? 2 : 1); }

QVariant BaselineTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const BaselineLine& line = m_report.lines[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::FontRole && line.header) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignCenter);
    if (role != Qt::DisplayRole) return {};
    if (column == 0) {
        // Levels of a categorical variable sit indented under its title line.
        const QString label = QString::fromStdString(line.label.empty() ? line.characteristic : line.label);
        const bool level = !line.header && line.characteristic.find(':') != std::string::npos;
        return level ? QStringLiteral("    ") + label : label;
    }
    if (column <= groups()) {
        const auto g = static_cast<std::size_t>(column - 1);
        return g < line.cells.size() ? QString::fromStdString(line.cells[g]) : QString();
    }
    if (column == totalColumn()) return QString::fromStdString(line.total);
    if (column == pColumn()) {
        if (!line.pValue) return QString();
        return pValueText(*line.pValue);
    }
    return QString::fromStdString(line.test);
}

QVariant BaselineTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) return tr("Characteristic");
    if (section <= groups()) {
        const auto g = static_cast<std::size_t>(section - 1);
        return armHeader(m_report.groups[g],
                         g < m_report.groupN.size() ? std::optional(m_report.groupN[g]) : std::nullopt);
    }
    if (section == totalColumn()) return armHeader(tr("Total").toStdString(), m_report.totalN);
    return section == pColumn() ? tr("p-value") : tr("Test");
}

}  // namespace ts
