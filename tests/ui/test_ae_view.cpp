// Adverse events: AeTableModel formats an AeReport (totals row, n (%), events, p), AeSortProxy sorts
// numerically with the totals row pinned first and filters on SOC / term, TableExport writes the
// shown table as CSV and TSV, and AdverseEventsView shows the service layer's report.
#include <catch2/catch.hpp>

#include <QClipboard>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>

#include "tests/ui/view_fixture.h"
#include "ui/ae_sort_proxy.h"
#include "ui/ae_table_model.h"
#include "ui/ae_view.h"
#include "ui/table_export.h"

using namespace ts;

namespace {

AeReport aeReport() {
    AeReport r;
    r.study = "TEST";
    r.options.level = AeLevel::Term;
    r.groups = {{"Placebo", "#0072B2", 86, 65, 280}, {"Drug", "#D55E00", 84, 77, 410}};
    auto row = [](const char* soc, const char* term, int s0, int e0, int s1, int e1, std::optional<double> p) {
        return AeRow{soc, term, std::nullopt, "",
                     {{"Placebo", s0, e0, 100.0 * s0 / 86}, {"Drug", s1, e1, 100.0 * s1 / 84}}, p};
    };
    r.rows = {row("GENERAL DISORDERS AND ADMINISTRATION SITE CONDITIONS", "APPLICATION SITE PRURITUS", 6, 7, 22, 30, 0.0004),
              row("GENERAL DISORDERS AND ADMINISTRATION SITE CONDITIONS", "FATIGUE", 1, 1, 5, 6, 0.12),
              row("SKIN AND SUBCUTANEOUS TISSUE DISORDERS", "PRURITUS", 8, 9, 26, 40, 0.0002),
              row("NERVOUS SYSTEM DISORDERS", "DIZZINESS, POSTURAL", 2, 2, 10, 11, 0.018)};
    return r;
}

QStringList column(const QAbstractItemModel& m, int c) {
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) out << m.index(r, c).data().toString();
    return out;
}

}  // namespace

TEST_CASE("AeTableModel: totals row then one row per term, n (%) and events per group", "[ae]") {
    test::application();
    AeTableModel model;
    model.setReport(aeReport());
    REQUIRE(model.rowCount() == 5);
    REQUIRE(model.columnCount() == 7);   // SOC, term, 2 x (n (%), events), p
    CHECK(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString() == "Placebo (N=86)\nn (%)");
    CHECK(model.headerData(5, Qt::Horizontal, Qt::DisplayRole).toString() == "Drug\nevents");
    CHECK(model.index(0, 0).data().toString() == "Any adverse event");
    CHECK(model.index(0, 0).data(AeTableModel::TotalsRole).toBool());
    CHECK(model.index(0, 2).data().toString() == "65 (75.6%)");   // 65 / 86
    CHECK(model.index(0, 5).data().toString() == "410");
    CHECK(model.index(3, 1).data().toString() == "PRURITUS");
    CHECK(model.index(3, 4).data().toString() == "26 (31.0%)");   // 26 / 84
    CHECK(model.index(3, 6).data().toString() == "<0.001");
    CHECK(model.index(2, 6).data().toString() == "0.120");
    CHECK(model.index(3, 4).data(Qt::UserRole).toInt() == 26);
}

TEST_CASE("AeTableModel: SOC level, grade and relatedness columns; events-only published counts", "[ae]") {
    test::application();
    AeReport r = aeReport();
    r.options.level = AeLevel::Soc;
    r.options.byGrade = true;
    r.options.byRelated = true;
    for (AeRow& row : r.rows) {
        row.term.clear();
        row.grade = 3;
        row.related = "related";
        row.counts[0].subjects.reset();   // the paper gave events only
        row.counts[0].percent.reset();
    }
    AeTableModel model;
    model.setReport(r);
    CHECK(model.termColumn() == -1);
    REQUIRE(model.columnCount() == 8);   // SOC, grade, relatedness, 2 x 2, p
    CHECK(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString() == "Grade");
    CHECK(model.index(1, 1).data().toString() == "3");
    CHECK(model.index(1, 2).data().toString() == "related");
    CHECK(model.index(1, 3).data().toString() == "–");
    CHECK(model.index(1, 4).data().toString() == "7");
}

TEST_CASE("AeSortProxy: numeric sort with the totals row first, text filter", "[ae]") {
    test::application();
    AeTableModel model;
    model.setReport(aeReport());
    AeSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(4, Qt::DescendingOrder);   // Drug subjects: 26, 22, 10, 5
    CHECK(column(proxy, 1) == QStringList{"", "PRURITUS", "APPLICATION SITE PRURITUS", "DIZZINESS, POSTURAL", "FATIGUE"});
    proxy.sort(4, Qt::AscendingOrder);
    CHECK(column(proxy, 1) == QStringList{"", "FATIGUE", "DIZZINESS, POSTURAL", "APPLICATION SITE PRURITUS", "PRURITUS"});
    proxy.sort(6, Qt::AscendingOrder);    // p, numerically (0.0002 < 0.0004 < 0.018 < 0.12)
    CHECK(column(proxy, 1) == QStringList{"", "PRURITUS", "APPLICATION SITE PRURITUS", "DIZZINESS, POSTURAL", "FATIGUE"});
    proxy.setTextFilter("pruritus");
    CHECK(proxy.rowCount() == 3);         // totals + 2 terms
    proxy.setTextFilter("skin");          // matches the SOC
    CHECK(proxy.rowCount() == 2);
    proxy.setTextFilter("no such term");
    CHECK(proxy.rowCount() == 1);
    proxy.setTextFilter("");
    CHECK(proxy.rowCount() == 5);
}

TEST_CASE("TableExport: CSV quotes what needs it, TSV copies the selection", "[ae]") {
    test::application();
    AeTableModel model;
    model.setReport(aeReport());
    const QString csv = TableExport::toCsv(model);
    const QStringList lines = csv.split("\r\n", Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0].startsWith("System organ class,Preferred term,\"Placebo (N=86)\nn (%)\""));
    CHECK(lines[5] == "NERVOUS SYSTEM DISORDERS,\"DIZZINESS, POSTURAL\",2 (2.3%),2,10 (11.9%),11,0.018");

    QTableView view;
    view.setModel(&model);
    view.selectionModel()->select(QItemSelection(model.index(3, 1), model.index(4, 2)), QItemSelectionModel::Select);
    TableExport::copy(view);
    CHECK(QApplication::clipboard()->text() ==
          "Preferred term\tPlacebo (N=86) n (%)\r\nPRURITUS\t8 (9.3%)\r\nDIZZINESS, POSTURAL\t2 (2.3%)\r\n");

    QTemporaryDir dir;
    const QString path = dir.filePath("ae.csv");
    CHECK(TableExport::saveCsv(model, path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == csv);
    CHECK(TableExport::saveCsv(model, dir.filePath("missing/dir/ae.csv")).contains("missing/dir/ae.csv"));
}
