#include "ui/adverse_events/ae_overview_model.h"

#include "ui/common/arm_header.h"

namespace ts {

namespace {

constexpr int kKinds = 7;

int countOf(const AeOverviewRow& r, int kind) {
    switch (kind) {
    case 0: return r.any;
    case 1: return r.serious;
    case 2: return r.related;
    case 3: return r.severe;
    case 4: return r.discontinued;
    case 5: return r.fatal;
    default: return r.deaths;
    }
}

}  // namespace

AeOverviewModel::AeOverviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void AeOverviewModel::setOverview(std::vector<AeOverviewRow> overview, bool graded) {
    beginResetModel();
    m_rows = std::move(overview);
    m_graded = graded;
    endResetModel();
}

int AeOverviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_rows.empty() ? 0 : kKinds;
}

int AeOverviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 1 + static_cast<int>(m_rows.size());
}

QVariant AeOverviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole) return {};
    if (index.column() == 0) {
        const QString labels[kKinds] = {tr("Any treatment-emergent adverse event"),
                                        tr("Serious"),
                                        tr("Related"),
                                        m_graded ? tr("Grade 3 or higher") : tr("Severe"),
                                        tr("Leading to discontinuation"),
                                        tr("Fatal"),
                                        tr("Deaths (any cause)")};
        return labels[index.row()];
    }
    const AeOverviewRow& r = m_rows[static_cast<std::size_t>(index.column() - 1)];
    const int n = countOf(r, index.row());
    if (role == Qt::UserRole) return n;
    if (r.n <= 0) return QString::number(n);
    return QStringLiteral("%1 (%2%)").arg(n).arg(100.0 * n / r.n, 0, 'f', 1);
}

QVariant AeOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) return tr("Subjects with ...");
    const AeOverviewRow& r = m_rows[static_cast<std::size_t>(section - 1)];
    return armHeader(r.group, r.n) + tr("\nn (%)");
}

}  // namespace ts
