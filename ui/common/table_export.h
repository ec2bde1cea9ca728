#pragma once
// TableExport: the text form of any QAbstractItemModel, for CSV and RTF files and the clipboard.
// Every table view (labs, adverse events, baseline, liver, the comparison) exports and copies
// through these, so the file, the clipboard and the screen show the same cells (Qt::DisplayRole,
// header row first).
#include <QModelIndexList>
#include <QString>
#include <QStringList>

#include "core/model/study.h"

class QAbstractItemModel;
class QAbstractButton;
class QTableView;
class QWidget;

namespace ts {

// What an RTF table says around its cells: title lines (page header) and footnotes (page footer).
struct TableText {
    QStringList titles;
    QStringList footnotes;

    // The text of a table of `study`: "<ID>: <title>" and the study's title; the population, the
    // data statement (provenance), the citation, and the line that traces the file to its data
    // ("TrialScope 0.1.0, 2026-12-03 12:03; data SHA-256 87c9212f943f…").
    static TableText of(const StudyInfo& study, const QString& title, const QString& population, const QString& data);
};

class TableExport {
public:
    // RFC 4180 CSV of the whole model: header row, then every row; fields quoted when needed.
    static QString toCsv(const QAbstractItemModel& model);
    // Tab-separated text of the selected cells (the bounding rows x columns of `selection`) with
    // the header row, as spreadsheets paste it; the whole model when `selection` is empty.
    static QString toTsv(const QAbstractItemModel& model, const QModelIndexList& selection);
    // A cell as a printed table shows it (RTF, the report): the first column names a group (a system
    // organ class, an arm) only where it changes, blank below.
    static QString printedCell(const QAbstractItemModel& model, int row, int column);
    // Writes toCsv() as UTF-8. Returns an empty string on success, else a one-line error.
    static QString saveCsv(const QAbstractItemModel& model, const QString& path);
    // Writes the model as CSV, or as RTF with `text` when `path` ends in .rtf; "" or a one-line error.
    static QString save(const QAbstractItemModel& model, const TableText& text, const QString& path);
    // Asks where (CSV or RTF, a name made of `nameParts` in the last export folder) and saves there;
    // a failure is a message box in `parent`.
    static void saveDialog(QWidget* parent, const QString& caption, const QAbstractItemModel& model,
                           const TableText& text, const QStringList& nameParts);
    // Puts the view's selection (or the whole table) on the clipboard as TSV.
    static void copy(const QTableView& view);
    // Ctrl+C on `view` and clicks on `button` call copy(view).
    static void bindCopy(QTableView& view, QAbstractButton& button);
};

}  // namespace ts
