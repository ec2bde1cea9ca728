#include "ui/adverse_events/ae_sort_proxy.h"

#include "ui/adverse_events/ae_table_model.h"

namespace ts {

AeSortProxy::AeSortProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(Qt::UserRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void AeSortProxy::setTextFilter(const QString& text) {
    m_text = text.trimmed();
    invalidateRowsFilter();
}

AeSortProxy::Arrangement AeSortProxy::Arrangement::of(const Args& args) {
    Arrangement a;
    a.filter = QString::fromStdString(args.value("--filter").value_or("")).trimmed();
    if (const auto sort = args.value("--sort")) {
        const QString text = QString::fromStdString(*sort);
        const QString number = text.section(u':', 0, 0);
        bool ok = false;
        const int column = number.toInt(&ok);
        const QString order = text.section(u':', 1);
        if (!ok || column < 1 || column > 1000 || (!order.isEmpty() && order != QLatin1String("desc")))
            throw UsageError("--sort: expected a column number, optionally with :desc (e.g. 2:desc), got " + *sort);
        a.column = column - 1;
        a.order = order.isEmpty() ? Qt::AscendingOrder : Qt::DescendingOrder;
    }
    return a;
}

std::vector<std::string> AeSortProxy::Arrangement::words() const {
    std::vector<std::string> out;
    if (!filter.isEmpty()) out.insert(out.end(), {"--filter", filter.toStdString()});
    if (column >= 0)
        out.insert(out.end(), {"--sort", std::to_string(column + 1) + (order == Qt::DescendingOrder ? ":desc" : "")});
    return out;
}

void AeSortProxy::arrange(const Arrangement& a) {
    setTextFilter(a.filter);
    sort(a.column, a.order);
}

bool AeSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    // Qt reverses lessThan for descending order; answer so that the totals row still comes first.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    if (left.data(AeTableModel::TotalsRole).toBool()) return ascending;
    if (right.data(AeTableModel::TotalsRole).toBool()) return !ascending;
    const QVariant a = left.data(Qt::UserRole), b = right.data(Qt::UserRole);
    if (a.isValid() && b.isValid() && a.typeId() != QMetaType::QString) return a.toDouble() < b.toDouble();
    return QString::localeAwareCompare(left.data(Qt::DisplayRole).toString(), right.data(Qt::DisplayRole).toString()) <
           0;
}

bool AeSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* model = sourceModel();
    if (m_text.isEmpty() || model->index(sourceRow, 0, sourceParent).data(AeTableModel::TotalsRole).toBool())
        return true;
    const auto* ae = qobject_cast<const AeTableModel*>(model);
    for (int column : {0, ae ? ae->termColumn() : 1}) {
        if (column < 0) continue;
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

}  // namespace ts
