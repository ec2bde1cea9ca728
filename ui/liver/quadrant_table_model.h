#pragma once
// QuadrantTableModel: the eDISH quadrant counts of a LiverReport, n (%) per arm and in total, one row
// per quadrant (Normal, Hyperbilirubinemia, Temple's corollary, Possible Hy's law range) and a last
// row with the subjects counted. Qt::UserRole gives the raw count.
#include <QAbstractTableModel>

#include "core/analysis/liver_analysis.h"

namespace ts {

class QuadrantTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit QuadrantTableModel(QObject* parent = nullptr);
    void setReport(const LiverReport& report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int count(int row, int group) const;  // group == groups.size(): the total column
    int total(int group) const;

    LiverReport m_report;
};

}  // namespace ts
