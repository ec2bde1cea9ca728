#pragma once
// CompareTableModel: the comparison table, one row per study and shown arm: study, arm, n, events,
// median (CI) in the display unit, survival (CI) at each chosen time, HR (CI) against the study's
// reference arm ("reference" on that arm's row) and the provenance of the row's data with the
// study citation. Display text only; the numbers are the reports' (nothing is computed here
// except unit conversion and KM read-off at the chosen times via stats::kmAt).
#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include "core/analysis/compare_studies.h"

namespace ts {

class CompareTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CompareTableModel(QObject* parent = nullptr);
    void setComparison(const Comparison& comparison);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QStringList cells;
        QColor colour;
    };
    QStringList m_header;
    std::vector<Row> m_rows;
};

}  // namespace ts
