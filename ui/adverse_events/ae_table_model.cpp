#include "ui/adverse_events/ae_table_model.h"

#include <QFont>

#include "ui/common/arm_header.h"
#include "ui/common/p_value.h"

namespace ts {
namespace {

const QString kDash = QStringLiteral("–");

QVariant subjectsCell(std::optional<int> subjects, std::optional<double> percent, int role) {
    if (role == Qt::UserRole) return subjects ? QVariant(*subjects) : QVariant(-1);
    if (!subjects) return kDash;
    if (!percent) return QString::number(*subjects);
    return QStringLiteral("%1 (%2%)").arg(*subjects).arg(*percent, 0, 'f', 1);
}

QVariant countCell(std::optional<int> count, int role) {
    if (role == Qt::UserRole) return count ? QVariant(*count) : QVariant(-1);
    return count ? QVariant(QString::number(*count)) : QVariant(kDash);
}

}  // namespace

AeTableModel::AeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AeTableModel::setReport(const AeReport& report) {
    beginResetModel();
    m_report = report;
    int next = 1;
    m_termColumn = report.options.level == AeLevel::Term ? next++ : -1;
    m_gradeColumn = report.options.byGrade ? next++ : -1;
    m_relatedColumn = report.options.byRelated ? next++ : -1;
    m_firstGroup = next;
    m_levels = report.options.highest && !report.groups.empty()
                   ? static_cast<int>(report.highest.size() / (report.groups.size() + 1))
                   : 0;
    m_block = 2 + m_levels;
    endResetModel();
}

int AeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_report.rows.size()) + (m_report.groups.empty() ? 0 : 1);
}

int AeTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : pColumn() + 1; }

AeTableModel::Kind AeTableModel::kindOf(int column) const {
    if (column == 0) return Kind::Soc;
    if (column == m_termColumn) return Kind::Term;
    if (column == m_gradeColumn) return Kind::Grade;
    if (column == m_relatedColumn) return Kind::Related;
    if (column == pColumn()) return Kind::P;
    const int offset = (column - m_firstGroup) % m_block;
    return offset == 0 ? Kind::Subjects : offset == 1 ? Kind::Events : Kind::Worst;
}

QVariant AeTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const bool totals = index.row() == 0;
    if (role == TotalsRole) return totals;
    // Nested (AET02): a SOC's own row, above its terms, reads as a heading.
    const bool socRow =
        !totals && m_report.options.nested && m_report.rows[static_cast<std::size_t>(index.row() - 1)].term.empty();
    if (role == Qt::FontRole && (totals || socRow)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    const Kind kind = kindOf(index.column());
    if (role == Qt::ToolTipRole && (kind == Kind::Soc || kind == Kind::Term)) return data(index, Qt::DisplayRole);
    if (role == Qt::TextAlignmentRole)
        return kind >= Kind::Subjects ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole) return {};
    return totals ? totalsData(index.column(), role)
                  : rowData(m_report.rows[static_cast<std::size_t>(index.row() - 1)], index.column(), role);
}

QVariant AeTableModel::totalsData(int column, int role) const {
    switch (kindOf(column)) {
    case Kind::Soc: return m_report.options.seriousOnly ? tr("Any serious adverse event") : tr("Any adverse event");
    case Kind::Subjects:
    case Kind::Events: {
        const AeGroupTotal& g = groupOf(column);
        if (kindOf(column) == Kind::Events) return countCell(g.events, role);
        std::optional<double> percent;
        if (g.subjects && g.n && *g.n > 0) percent = 100.0 * *g.subjects / *g.n;
        return subjectsCell(g.subjects, percent, role);
    }
    case Kind::Worst: return worstCell(m_report.highest, column, role);
    default: return role == Qt::UserRole ? QVariant() : QVariant(QString());
    }
}

QVariant AeTableModel::worstCell(const std::vector<AeSeverityCount>& counts, int column, int role) const {
    const int g = (column - m_firstGroup) / m_block, level = (column - m_firstGroup) % m_block - 2;
    const auto at = static_cast<std::size_t>(g * m_levels + level);
    if (at >= counts.size()) return subjectsCell(std::nullopt, std::nullopt, role);
    return subjectsCell(counts[at].subjects, counts[at].percent, role);
}

QString AeTableModel::levelName(int level) const {
    static const char* const severities[] = {"Mild", "Moderate", "Severe"};
    if (m_report.severityScale == "severity" && level >= 1 && level <= 3) return tr(severities[level - 1]);
    return tr("Grade %1").arg(level);
}

QVariant AeTableModel::rowData(const AeRow& row, int column, int role) const {
    switch (kindOf(column)) {
    case Kind::Soc: return QString::fromStdString(row.soc);
    case Kind::Term: return QString::fromStdString(row.term);
    case Kind::Grade:
        if (role == Qt::UserRole) return row.grade ? QVariant(*row.grade) : QVariant(0);
        if (!row.grade) return tr("All");
        // Grades read from AESEV are named as AESEV names them.
        return m_report.severityScale == "severity" ? levelName(*row.grade) : QString::number(*row.grade);
    case Kind::Related: return row.related.empty() ? tr("Any") : QString::fromStdString(row.related);
    case Kind::Subjects:
    case Kind::Events: {
        const auto g = static_cast<std::size_t>((column - m_firstGroup) / m_block);
        if (g > row.counts.size() || (g == row.counts.size() && !row.total)) return {};
        const AeCell& c = g < row.counts.size() ? row.counts[g] : *row.total;
        return kindOf(column) == Kind::Events ? countCell(c.events, role) : subjectsCell(c.subjects, c.percent, role);
    }
    case Kind::Worst: return worstCell(row.highest, column, role);
    case Kind::P:
        if (role == Qt::UserRole) return row.pValue ? QVariant(*row.pValue) : QVariant(2.0);
        if (!row.pValue) return kDash;
        return pValueText(*row.pValue);
    }
    return {};
}

QVariant AeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const bool tip = role == Qt::ToolTipRole && orientation == Qt::Horizontal;
    if (tip && kindOf(section) == Kind::Events)
        return tr("%1: number of events").arg(QString::fromStdString(groupOf(section).name));
    if (tip && kindOf(section) == Kind::Worst)
        return tr("%1: subjects counted once, at the worst %2 of their events in the row")
            .arg(QString::fromStdString(groupOf(section).name), QString::fromStdString(m_report.severityScale));
    // The SOC and term columns share what the counts leave: in a narrow window their headers are cut
    // at the end, not on both sides ("ystem organ clas"), and the tooltip holds them whole.
    const bool text = kindOf(section) == Kind::Soc || kindOf(section) == Kind::Term;
    if (orientation == Qt::Horizontal && text && role == Qt::TextAlignmentRole)
        return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);  // an int, as QHeaderView reads it
    if (tip && text) return headerData(section, orientation, Qt::DisplayRole);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (kindOf(section)) {
    case Kind::Soc: return tr("System organ class");
    case Kind::Term: return tr("Preferred term");
    case Kind::Grade: return m_report.severityScale == "severity" ? tr("Severity") : tr("Grade");
    case Kind::Worst: return tr("Worst: %1\nn (%)").arg(levelName((section - m_firstGroup) % m_block - 1));
    case Kind::Related: return tr("Relatedness");
    case Kind::P: return tr("p");
    case Kind::Events: return tr("Events");
    case Kind::Subjects: {
        const AeGroupTotal& g = groupOf(section);
        return armHeader(g.name, g.n) + tr("\nn (%)");
    }
    }
    return {};
}

int AeTableModel::blocks() const { return static_cast<int>(m_report.groups.size()) + (m_report.total ? 1 : 0); }

const AeGroupTotal& AeTableModel::groupOf(int column) const {
    const auto g = static_cast<std::size_t>((column - m_firstGroup) / m_block);
    return g < m_report.groups.size() ? m_report.groups[g] : *m_report.total;
}

}  // namespace ts
