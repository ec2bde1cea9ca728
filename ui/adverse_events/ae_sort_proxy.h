#pragma once
// AeSortProxy: sorts the adverse-event table on raw values (Qt::UserRole: counts, p) and filters
// rows whose SOC or preferred term contains the filter text (case-insensitive); the totals row
// stays first and always visible, whatever the sort order or filter.
#include <QSortFilterProxyModel>

namespace ts {

class AeSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AeSortProxy(QObject* parent = nullptr);
    void setTextFilter(const QString& text);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
};

}  // namespace ts
