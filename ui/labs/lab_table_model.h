#pragma once
// LabTableModel: the lab report as a table (one row per group x visit: n, centre, interval, p),
// the numbers behind the labs figure for copy and CSV export.
#include <QAbstractTableModel>

#include "core/analysis/lab_analysis.h"

namespace ts {

class LabTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Group, Visit, N, Center, Lower, Upper, PValue, ColumnCount };

    explicit LabTableModel(QObject* parent = nullptr);
    void setReport(const LabReport& report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        const LabGroup* group;
        const LabPoint* point;
    };
    LabReport m_report;
    std::vector<Row> m_rows;
};

}  // namespace ts
