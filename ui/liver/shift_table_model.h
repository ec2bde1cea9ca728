#pragma once
// ShiftTableModel: a ShiftReport in tern's LBT14 layout. Per baseline category one heading row with
// the subjects of each arm in it, then one row per worst post-baseline category with n (% of the
// heading row); columns are the arms, headed with their N. Qt::UserRole gives the raw count.
#include <QAbstractTableModel>

#include "core/analysis/shift_analysis.h"

namespace ts {

class ShiftTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ShiftTableModel(QObject* parent = nullptr);
    void setReport(const ShiftReport& report);
    const ShiftReport& report() const { return m_report; }
    // What the table shows, for its title: "shift from baseline to the worst post-baseline value, ALT".
    static QString caption(const QString& param);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // Row r of the table: baseline category index, and worst category index or -1 for the heading.
    std::pair<int, int> rowOf(int row) const;
    const ShiftRow& cell(int baseline, int worst, int group) const;

    ShiftReport m_report;
};

}  // namespace ts
