#pragma once
// AeTableModel: an AeReport as a table. Row 0 is the totals row ("Any adverse event": subjects
// with >= 1 event and events per group); then one row per SOC / preferred term (x grade x
// relatedness when asked). Per group two columns, "n (%)" of subjects (headed by the group's name
// and N, as in a journal table) and events, then, with AeOptions::highest, one "n (%)" column per
// severity or grade counting each subject once at their worst (AET04); with two groups or more
// the same block for the total of all groups (ae_total.h); then the p-value.
// Qt::UserRole gives sortable raw values (numbers, not formatted text); TotalsRole marks row 0.
#include <QAbstractTableModel>

#include "core/analysis/ae_analysis.h"

namespace ts {

class AeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int TotalsRole = Qt::UserRole + 1;

    explicit AeTableModel(QObject* parent = nullptr);
    void setReport(const AeReport& report);
    const AeReport& report() const { return m_report; }

    // Column layout for the current report.
    int socColumn() const { return 0; }
    int termColumn() const { return m_termColumn; }        // -1 at SOC level
    int firstGroupColumn() const { return m_firstGroup; }  // subjects of group g: +bg, events: +bg+1
    int groupColumns() const { return m_block; }           // b: 2, plus the severity levels
    int pColumn() const { return m_firstGroup + m_block * blocks(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    enum class Kind { Soc, Term, Grade, Related, Subjects, Events, Worst, P };
    Kind kindOf(int column) const;
    int blocks() const;                             // the groups, and the total when there is one
    const AeGroupTotal& groupOf(int column) const;  // of a subjects or events column (or the total's)
    QVariant rowData(const AeRow& row, int column, int role) const;
    QVariant totalsData(int column, int role) const;
    // The worst-severity count of `column` in `counts` (group-major, m_levels per group).
    QVariant worstCell(const std::vector<AeSeverityCount>& counts, int column, int role) const;
    QString levelName(int level) const;  // 1-based: "Mild" .. or "Grade 1" ..

    AeReport m_report;
    int m_termColumn = -1, m_gradeColumn = -1, m_relatedColumn = -1, m_firstGroup = 1;
    int m_levels = 0, m_block = 2;  // worst-severity columns per group; columns per group
};

}  // namespace ts
