#include "ui/liver/hys_law_table_model.h"

#include <QBrush>
#include <QColor>

#include "core/analysis/option_tables.h"
#include "ui/common/choice_box.h"
#include "ui/liver/edish_plot.h"

namespace ts {

namespace {
enum Column { kSubject, kArm, kX, kXDay, kY, kYDay, kDays, kAlp, kR, kPattern, kAlp2, kColumns };
}

HysLawTableModel::HysLawTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void HysLawTableModel::setReport(const LiverReport& report) {
    beginResetModel();
    m_report = report;
    m_rows.clear();
    for (const LiverSubject& s : m_report.subjects)
        if (s.quadrant == Quadrant::HysLaw) m_rows.push_back(&s);
    endResetModel();
}

QString HysLawTableModel::subjectAt(int row) const {
    return row >= 0 && row < rowCount() ? QString::fromStdString(m_rows[static_cast<size_t>(row)]->usubjid) : QString();
}

int HysLawTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HysLawTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : kColumns; }

QVariant HysLawTableModel::value(const LiverSubject& s, int column) const {
    switch (column) {
    case kSubject: return QString::fromStdString(s.usubjid);
    case kArm: return QString::fromStdString(m_report.groups[static_cast<size_t>(s.group)].name);
    case kX: return s.xPeak;
    case kXDay: return s.xPeakDay;
    case kY: return s.yPeak;
    case kYDay: return s.yPeakDay;
    case kDays: return s.yPeakDay - s.xPeakDay;
    case kAlp: return s.alpPeak ? QVariant(*s.alpPeak) : QVariant();
    case kR: return s.rRatio ? QVariant(*s.rRatio) : QVariant();
    case kPattern: return s.pattern ? choiceLabel(liverPatterns(), *s.pattern) : QVariant();
    case kAlp2: return s.alpPeak ? QVariant(*s.alpPeak >= 2 ? tr("yes") : tr("no")) : QVariant();
    default: return {};
    }
}

QVariant HysLawTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const LiverSubject& s = *m_rows[static_cast<size_t>(index.row())];
    const QVariant v = value(s, index.column());
    const bool cholestatic = s.alpPeak && *s.alpPeak >= 2;
    switch (role) {
    case Qt::UserRole: return v;
    case Qt::DisplayRole:
        if (v.typeId() == QMetaType::Double) {
            const bool day = index.column() == kXDay || index.column() == kYDay || index.column() == kDays;
            return day ? QString::number(v.toDouble()) : QString::number(v.toDouble(), 'f', 2);
        }
        return v.isValid() ? v : QStringLiteral("\u2013");
    case Qt::TextAlignmentRole:
        return int((index.column() >= kX && index.column() <= kR ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::BackgroundRole: return cholestatic ? QBrush(QColor(230, 159, 0, 60)) : QVariant();
    case Qt::ToolTipRole: return EdishPlot::describe(m_report, s);
    default: return {};
    }
}

QVariant HysLawTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    const QString ref = m_report.reference == LiverReference::Uln ? QStringLiteral("\u00d7 ULN") : QStringLiteral("\u00d7 baseline");
    switch (section) {
    case kSubject: return tr("Subject");
    case kArm: return tr("Arm");
    case kX: return tr("Peak %1\n%2").arg(QString::fromStdString(m_report.x), ref);
    case kXDay: return tr("Day");
    case kY: return tr("Peak bilirubin\n%1").arg(ref);
    case kYDay: return tr("Day");
    case kDays: return tr("Days to\nbilirubin peak");
    case kAlp: return tr("Peak ALP\n\u00d7 ULN");
    case kR: return tr("R ratio");
    case kPattern: return tr("Pattern");
    case kAlp2: return tr("ALP \u2265 2\n\u00d7 ULN");
    default: return {};
    }
}

}  // namespace ts
