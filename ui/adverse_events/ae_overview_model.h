#pragma once
// AeOverviewModel: the AET01 overview of an AeReport as a small table, one row per kind of event
// (any, serious, related, severe, leading to discontinuation, fatal) and deaths, one "n (%)" column
// per group and a Total column, headed by the group and its N.
#include <QAbstractTableModel>

#include "core/analysis/ae_analysis.h"

namespace ts {

class AeOverviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit AeOverviewModel(QObject* parent = nullptr);
    void setOverview(std::vector<AeOverviewRow> overview, bool graded);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<AeOverviewRow> m_rows;  // one per group, then Total
    bool m_graded = false;              // "severe" means grade >= 3
};

}  // namespace ts
