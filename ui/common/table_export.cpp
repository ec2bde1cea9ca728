#include "ui/common/table_export.h"

#include <algorithm>
#include <set>

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSaveFile>
#include <QShortcut>
#include <QTableView>

#include "trialscope/version.h"
#include "ui/common/export_path.h"
#include "ui/common/file_dialogs.h"
#include "ui/common/rtf_table.h"

namespace ts {
namespace {

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// TSV cannot quote: tabs and line breaks inside a cell become spaces.
QString tsvField(const QString& text) {
    QString flat = text;
    flat.replace(QLatin1Char('\t'), QLatin1Char(' '));
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat;
}

// Rows x columns of `model` as delimited text; `field` escapes one cell.
template <typename Field>
QString delimited(const QAbstractItemModel& model, const std::vector<int>& rows, const std::vector<int>& columns,
                  QChar separator, Field field) {
    QString out;
    auto line = [&](auto cell) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i) out += separator;
            out += field(cell(columns[i]));
        }
        out += QLatin1String("\r\n");
    };
    line([&](int c) { return model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(); });
    for (int r : rows) line([&](int c) { return model.data(model.index(r, c), Qt::DisplayRole).toString(); });
    return out;
}

std::vector<int> range(int n) {
    std::vector<int> v(static_cast<std::size_t>(std::max(n, 0)));
    for (int i = 0; i < n; ++i) v[static_cast<std::size_t>(i)] = i;
    return v;
}

}  // namespace

QString TableExport::toCsv(const QAbstractItemModel& model) {
    return delimited(model, range(model.rowCount()), range(model.columnCount()), QLatin1Char(','), csvField);
}

QString TableExport::toTsv(const QAbstractItemModel& model, const QModelIndexList& selection) {
    if (selection.isEmpty())
        return delimited(model, range(model.rowCount()), range(model.columnCount()), QLatin1Char('\t'), tsvField);
    std::set<int> rows, columns;
    for (const QModelIndex& index : selection) {
        rows.insert(index.row());
        columns.insert(index.column());
    }
    return delimited(model, {rows.begin(), rows.end()}, {columns.begin(), columns.end()}, QLatin1Char('\t'), tsvField);
}

QString TableExport::printedCell(const QAbstractItemModel& model, int row, int column) {
    const QString text = model.index(row, column).data().toString();
    if (column == 0 && row > 0 && text == model.index(row - 1, 0).data().toString()) return {};
    return text;
}

QString TableExport::saveCsv(const QAbstractItemModel& model, const QString& path) {
    QSaveFile file(path);  // written beside the destination, renamed over it when complete
    if (!file.open(QIODevice::WriteOnly)) return QStringLiteral("%1: %2").arg(path, file.errorString());
    const QByteArray bytes = toCsv(model).toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

void TableExport::copy(const QTableView& view) {
    if (!view.model()) return;
    const QModelIndexList selection =
        view.selectionModel() ? view.selectionModel()->selectedIndexes() : QModelIndexList{};
    QApplication::clipboard()->setText(toTsv(*view.model(), selection));
}

void TableExport::bindCopy(QTableView& view, QAbstractButton& button) {
    auto* shortcut = new QShortcut(QKeySequence::Copy, &view, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, &view, [&view] { copy(view); });
    QObject::connect(&button, &QAbstractButton::clicked, &view, [&view] { copy(view); });
}

TableText TableText::of(const StudyInfo& study, const QString& title, const QString& population, const QString& data) {
    TableText t;
    t.titles << QStringLiteral("%1: %2").arg(QString::fromStdString(study.id), title);
    if (!study.title.empty()) t.titles << QString::fromStdString(study.title);
    if (!population.isEmpty()) t.footnotes << QObject::tr("Population: %1.").arg(population);
    if (!data.isEmpty()) t.footnotes << data;
    if (!study.citation.empty()) t.footnotes << QObject::tr("Source: %1.").arg(QString::fromStdString(study.citation));
    QString trace = QStringLiteral("TrialScope %1, %2")
                        .arg(QStringLiteral(TRIALSCOPE_VERSION),
                             QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!study.dataSha256.empty())
        trace += QObject::tr("; data SHA-256 %1").arg(QString::fromStdString(study.dataSha256));
    t.footnotes << trace;
    return t;
}

QString TableExport::save(const QAbstractItemModel& model, const TableText& text, const QString& path) {
    if (QFileInfo(path).suffix().compare(QLatin1String("rtf"), Qt::CaseInsensitive) == 0)
        return RtfTable::save(model, text.titles, text.footnotes, path);
    return saveCsv(model, path);
}

void TableExport::saveDialog(QWidget* parent, const QString& caption, const QAbstractItemModel& model,
                             const TableText& text, const QStringList& nameParts) {
    QString filter = QObject::tr("CSV (*.csv)");
    const QString rtf = QObject::tr("RTF table for documents (*.rtf)");
    const QString path = saveFileName(parent, caption, suggestedExportPath(nameParts, QStringLiteral("csv")),
                                      filter + QStringLiteral(";;") + rtf, &filter);
    if (path.isEmpty()) return;
    // The type chosen in the dialog decides when the name has no suffix of its own.
    const QString file = QFileInfo(path).suffix().isEmpty()
                             ? path + (filter == rtf ? QStringLiteral(".rtf") : QStringLiteral(".csv"))
                             : path;
    if (const QString error = save(model, text, file); !error.isEmpty()) {
        QMessageBox::warning(parent, caption, error);
        return;
    }
    rememberExportFolder(file);
}

}  // namespace ts
