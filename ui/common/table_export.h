#pragma once
// TableExport: the text form of any QAbstractItemModel, for CSV files and the clipboard. Every
// table view (labs, adverse events, baseline) exports and copies through these, so the file, the
// clipboard and the screen show the same cells (Qt::DisplayRole, header row first).
#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;
class QAbstractButton;
class QTableView;

namespace ts {

class TableExport {
public:
    // RFC 4180 CSV of the whole model: header row, then every row; fields quoted when needed.
    static QString toCsv(const QAbstractItemModel& model);
    // Tab-separated text of the selected cells (the bounding rows x columns of `selection`) with
    // the header row, as spreadsheets paste it; the whole model when `selection` is empty.
    static QString toTsv(const QAbstractItemModel& model, const QModelIndexList& selection);
    // Writes toCsv() as UTF-8. Returns an empty string on success, else a one-line error.
    static QString saveCsv(const QAbstractItemModel& model, const QString& path);
    // Puts the view's selection (or the whole table) on the clipboard as TSV.
    static void copy(const QTableView& view);
    // Ctrl+C on `view` and clicks on `button` call copy(view).
    static void bindCopy(QTableView& view, QAbstractButton& button);
};

}  // namespace ts
