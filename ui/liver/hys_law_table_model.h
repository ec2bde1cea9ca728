#pragma once
// HysLawTableModel: the subjects of a LiverReport in the possible Hy's law quadrant, one row each:
// subject, arm, the x and bilirubin peaks with their study days, the days from the x peak to the
// bilirubin peak, peak ALP x ULN, R ratio and pattern, and whether ALP reached 2 x ULN (a cholestatic
// component: FDA 2009 counts a Hy's law case only without one). Those rows are tinted. Qt::UserRole
// gives raw values for sorting; subjectAt() the row's USUBJID.
#include <QAbstractTableModel>

#include "core/analysis/liver_analysis.h"

namespace ts {

class HysLawTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit HysLawTableModel(QObject* parent = nullptr);
    void setReport(const LiverReport& report);
    QString subjectAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant value(const LiverSubject& s, int column) const;

    LiverReport m_report;
    std::vector<const LiverSubject*> m_rows;
};

}  // namespace ts
