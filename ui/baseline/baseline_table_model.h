#pragma once
// BaselineTableModel: a BaselineReport ("Table 1") as a table: characteristic, one column per group
// headed by armHeader (name over "N = n"), the total of all groups when the report has one (two
// groups or more, subject-level data), then the p-value and the test behind it. A categorical
// variable's title line is bold and its levels are indented under it.
#include <QAbstractTableModel>

#include "core/analysis/baseline_analysis.h"

namespace ts {

class BaselineTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit BaselineTableModel(QObject* parent = nullptr);
    void setReport(const BaselineReport& report);
    const BaselineReport& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int totalColumn() const;  // -1 without a total
    int pColumn() const;

private:
    int groups() const { return static_cast<int>(m_report.groups.size()); }
    BaselineReport m_report;
};

}  // namespace ts
