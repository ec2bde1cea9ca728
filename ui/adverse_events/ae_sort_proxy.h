#pragma once
// AeSortProxy: sorts the adverse-event table on raw values (Qt::UserRole: counts, p) and filters
// rows whose SOC or preferred term contains the filter text (case-insensitive); the totals row
// stays first and always visible, whatever the sort order or filter.
#include <string>
#include <vector>

#include <QSortFilterProxyModel>

#include "core/options/args.h"

namespace ts {

class AeSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // What the table shows of its report, as export options: `--filter TEXT` and `--sort N` or
    // `--sort N:desc` (N the column, 1 = the first).
    struct Arrangement {
        QString filter;
        int column = -1;  // -1 = the report's order
        Qt::SortOrder order = Qt::AscendingOrder;

        // Throws UsageError on a bad --sort.
        static Arrangement of(const Args& args);
        std::vector<std::string> words() const;
    };

    explicit AeSortProxy(QObject* parent = nullptr);
    void setTextFilter(const QString& text);
    void arrange(const Arrangement& a);
    Arrangement arrangement() const { return {m_text, sortColumn(), sortOrder()}; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
};

}  // namespace ts
