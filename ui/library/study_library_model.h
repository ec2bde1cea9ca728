#pragma once
// StudyLibraryModel: the studies of the store as a table (id, title, design, arms, subjects,
// provenance badge), one row per ts::StudySummary.
#include <vector>

#include <QAbstractTableModel>

#include "core/store/store.h"

namespace ts {

class StudyLibraryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Title, Design, Arms, Subjects, Data, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setStudies(std::vector<StudySummary> studies);
    const StudySummary* study(int row) const;
    int rowOf(const QString& id) const;  // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Badge colour of a provenance (green original, orange reconstructed, blue published, purple illustrative).
    static QColor badgeColour(Provenance provenance);

private:
    std::vector<StudySummary> m_studies;
};

}  // namespace ts
