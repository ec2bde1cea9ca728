// Adverse events: AeTableModel formats an AeReport (totals row, n (%), events, p), AeSortProxy sorts
// numerically with the totals row pinned first and filters on SOC / term, TableExport writes the
// shown table as CSV and TSV, and AdverseEventsView shows the service layer's report.
#include <catch2/catch.hpp>

#include <cstdlib>

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTemporaryDir>

#include "tests/ui/table_page_fixture.h"
#include "tests/ui/view_fixture.h"
#include "ui/adverse_events/adverse_events_view.h"
#include "ui/adverse_events/ae_sort_proxy.h"
#include "ui/adverse_events/ae_table_model.h"
#include "ui/common/table_export.h"

using namespace ts;

namespace {

AeReport aeReport() {
    AeReport r;
    r.study = "TEST";
    r.options.level = AeLevel::Term;
    r.groups = {{"Placebo", "#0072B2", 86, 65, 280}, {"Drug", "#D55E00", 84, 77, 410}};
    auto row = [](const char* soc, const char* term, int s0, int e0, int s1, int e1, std::optional<double> p) {
        return AeRow{
            soc, term, std::nullopt, "", {{"Placebo", s0, e0, 100.0 * s0 / 86}, {"Drug", s1, e1, 100.0 * s1 / 84}}, p};
    };
    r.rows = {
        row("GENERAL DISORDERS AND ADMINISTRATION SITE CONDITIONS", "APPLICATION SITE PRURITUS", 6, 7, 22, 30, 0.0004),
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
    REQUIRE(model.columnCount() == 7);  // SOC, term, 2 x (n (%), events), p
    CHECK(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString() == "Placebo\nN = 86\nn (%)");
    CHECK(model.headerData(5, Qt::Horizontal, Qt::DisplayRole).toString() == "Events");
    // A narrow window cuts the SOC and term headers at their end (they were centred and cut on both
    // sides: "ystem organ clas"); the tooltip holds them whole.
    CHECK(model.headerData(0, Qt::Horizontal, Qt::TextAlignmentRole).toInt() ==
          static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter));
    CHECK(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString() == "Preferred term");
    CHECK(model.headerData(5, Qt::Horizontal, Qt::ToolTipRole).toString() == "Drug: number of events");
    CHECK(model.index(0, 0).data().toString() == "Any adverse event");
    CHECK(model.index(0, 0).data(AeTableModel::TotalsRole).toBool());
    CHECK(model.index(0, 2).data().toString() == "65 (75.6%)");  // 65 / 86
    CHECK(model.index(0, 5).data().toString() == "410");
    CHECK(model.index(3, 1).data().toString() == "PRURITUS");
    CHECK(model.index(3, 4).data().toString() == "26 (31.0%)");  // 26 / 84
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
        row.counts[0].subjects.reset();  // the paper gave events only
        row.counts[0].percent.reset();
    }
    AeTableModel model;
    model.setReport(r);
    CHECK(model.termColumn() == -1);
    REQUIRE(model.columnCount() == 8);  // SOC, grade, relatedness, 2 x 2, p
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
    proxy.sort(4, Qt::DescendingOrder);  // Drug subjects: 26, 22, 10, 5
    CHECK(column(proxy, 1) ==
          QStringList{"", "PRURITUS", "APPLICATION SITE PRURITUS", "DIZZINESS, POSTURAL", "FATIGUE"});
    proxy.sort(4, Qt::AscendingOrder);
    CHECK(column(proxy, 1) ==
          QStringList{"", "FATIGUE", "DIZZINESS, POSTURAL", "APPLICATION SITE PRURITUS", "PRURITUS"});
    proxy.sort(6, Qt::AscendingOrder);  // p, numerically (0.0002 < 0.0004 < 0.018 < 0.12)
    CHECK(column(proxy, 1) ==
          QStringList{"", "PRURITUS", "APPLICATION SITE PRURITUS", "DIZZINESS, POSTURAL", "FATIGUE"});
    proxy.setTextFilter("pruritus");
    CHECK(proxy.rowCount() == 3);  // totals + 2 terms
    proxy.setTextFilter("skin");   // matches the SOC
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
    CHECK(lines[0].startsWith("System organ class,Preferred term,\"Placebo\nN = 86\nn (%)\",Events,"));
    CHECK(lines[5] == "NERVOUS SYSTEM DISORDERS,\"DIZZINESS, POSTURAL\",2 (2.3%),2,10 (11.9%),11,0.0180");

    QTableView view;
    view.setModel(&model);
    view.selectionModel()->select(QItemSelection(model.index(3, 1), model.index(4, 2)), QItemSelectionModel::Select);
    TableExport::copy(view);
    CHECK(QApplication::clipboard()->text() ==
          "Preferred term\tPlacebo N = 86 n (%)\r\nPRURITUS\t8 (9.3%)\r\nDIZZINESS, POSTURAL\t2 (2.3%)\r\n");

    QTemporaryDir dir;
    const QString path = dir.filePath("ae.csv");
    CHECK(TableExport::saveCsv(model, path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == csv);
    CHECK(TableExport::saveCsv(model, dir.filePath("missing/dir/ae.csv")).contains("missing/dir/ae.csv"));
}

namespace {

// Proxy row whose preferred term is `term`, or -1.
int rowOf(const QAbstractItemModel& m, int column, const QString& text) {
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.index(r, column).data().toString() == text) return r;
    return -1;
}

}  // namespace

namespace {

// The view on the small study made in code, its first report on screen.
struct SmallShown {
    AdverseEventsView view;
    QSignalSpy shown{&view, &AdverseEventsView::reportShown};
    SmallShown() {
        view.resize(1000, 600);
        view.show();
        view.setStudy(test::smallStudy());
        REQUIRE(shown.wait(20000));
    }
};

}  // namespace

TEST_CASE("AdverseEventsView: counts, filter and export for a study made in code", "[ae][view]") {
    test::application();
    SmallShown small;
    AdverseEventsView& view = small.view;
    QSignalSpy& shown = small.shown;
    const QAbstractItemModel& m = *view.tableModel();
    REQUIRE(m.columnCount() == 9);  // SOC, term, 2 x (n (%), events), the total's n (%) and events, p
    CHECK(m.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString() == "Placebo\nN = 3\nn (%)");
    CHECK(m.headerData(6, Qt::Horizontal, Qt::DisplayRole).toString() == "Total\nN = 6\nn (%)");
    CHECK(m.headerData(7, Qt::Horizontal, Qt::ToolTipRole).toString() == "Total: number of events");
    CHECK(m.rowCount() == 4);  // totals + PRURITUS, ERYTHEMA, DIZZINESS
    CHECK(m.index(0, 0).data().toString() == "Any adverse event");
    CHECK(m.index(0, 2).data().toString() == "1 (33.3%)");
    CHECK(m.index(0, 4).data().toString() == "3 (100.0%)");
    CHECK(m.index(0, 5).data().toString() == "4");
    CHECK(m.index(0, 6).data().toString() == "4 (66.7%)");  // 1 + 3 subjects of 3 + 3
    const int pruritus = rowOf(m, 1, "PRURITUS");
    REQUIRE(pruritus > 0);
    CHECK(m.index(pruritus, 4).data().toString() == "1 (33.3%)");  // D1 twice: one subject
    CHECK(m.index(pruritus, 5).data().toString() == "2");          // two events
    CHECK(m.index(pruritus, 6).data().toString() == "2 (33.3%)");  // D1 and P1
    CHECK(m.index(pruritus, 7).data().toString() == "3");
    CHECK(m.index(pruritus, 7).data(Qt::UserRole).toInt() == 3);

    view.setFilterText("DIZZ");
    CHECK(m.rowCount() == 2);
    QTemporaryDir dir;
    const QString path = dir.filePath("ae.csv");
    REQUIRE(view.exportCsv(path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).split("\r\n", Qt::SkipEmptyParts).size() == 3);

    view.table()->setFocus();
    view.table()->selectAll();
    QTest::keySequence(view.table(), QKeySequence::Copy);
    CHECK(QApplication::clipboard()->text().contains("NERVOUS SYSTEM DISORDERS\tDIZZINESS\t0 (0.0%)\t0\t1 (33.3%)\t1"));

    view.setFilterText("");
    view.setSeriousOnly(true);
    REQUIRE(shown.wait(20000));
    CHECK(m.rowCount() == 2);
    CHECK(m.index(0, 0).data().toString() == "Any serious adverse event");
    view.setSeriousOnly(false);
    REQUIRE(shown.wait(20000));
    view.setLevel(AeLevel::Soc);
    REQUIRE(shown.wait(20000));
    CHECK(m.columnCount() == 8);
    CHECK(m.rowCount() == 3);  // totals + 2 SOCs
}

TEST_CASE("AdverseEventsView: CDISC pilot, safety population", "[ae][view][pilot]") {
    test::application();
    const auto pilot = test::pilotStudy();
    REQUIRE(pilot);
    AdverseEventsView view;
    REQUIRE(test::showStudy(view, pilot, {1200, 800}));
    const QAbstractItemModel& m = *view.tableModel();
    REQUIRE(m.columnCount() == 11);  // SOC, term, 3 x 2, total x 2, p
    // R: table(adsl$TRT01A[adsl$SAFFL == "Y"]) -> 86, 72, 96 (SAFFL is the default population)
    CHECK(m.headerData(6, Qt::Horizontal, Qt::DisplayRole).toString() == "Xanomeline\nHigh Dose\nN = 72\nn (%)");
    // R (tests/reference/ui_ae_pilot.R): subjects with any TEAE by TRT01A: 65, 68, 84;
    // TEAE records: 281, 414, 427; APPLICATION SITE PRURITUS subjects 6, 21, 23, events 10, 34, 33.
    CHECK(m.index(0, 2).data(Qt::UserRole).toInt() == 65);
    CHECK(m.index(0, 6).data(Qt::UserRole).toInt() == 68);
    CHECK(m.index(0, 4).data(Qt::UserRole).toInt() == 84);
    CHECK(m.index(0, 3).data(Qt::UserRole).toInt() == 281);
    CHECK(m.index(0, 7).data(Qt::UserRole).toInt() == 414);
    CHECK(m.index(0, 5).data(Qt::UserRole).toInt() == 427);
    CHECK(m.headerData(8, Qt::Horizontal, Qt::DisplayRole).toString() == "Total\nN = 254\nn (%)");
    CHECK(m.index(0, 8).data().toString() == "217 (85.4%)");  // 65 + 84 + 68 of 254
    CHECK(m.index(0, 9).data(Qt::UserRole).toInt() == 1122);  // 281 + 427 + 414
    CHECK(m.rowCount() == 1 + 230);                           // R: length(unique(te$AEDECOD))
    const int row = rowOf(m, 1, "APPLICATION SITE PRURITUS");
    REQUIRE(row > 0);
    CHECK(m.index(row, 2).data(Qt::UserRole).toInt() == 6);
    CHECK(m.index(row, 6).data(Qt::UserRole).toInt() == 21);
    CHECK(m.index(row, 4).data(Qt::UserRole).toInt() == 23);
    CHECK(m.index(row, 5).data(Qt::UserRole).toInt() == 33);
    CHECK(m.index(row, 8).data(Qt::UserRole).toInt() == 50);  // 6 + 23 + 21
    CHECK(m.index(row, 9).data(Qt::UserRole).toInt() == 77);  // 10 + 33 + 34
    view.setFilterText("pruritus");
    CHECK(m.rowCount() == 1 + 4);  // R: terms containing PRURITUS
    view.table()->sortByColumn(6, Qt::DescendingOrder);
    CHECK(m.index(0, 0).data().toString() == "Any adverse event");
    // R: PRURITUS 25 subjects on high dose, APPLICATION SITE PRURITUS 21, PRURITUS GENERALISED 1
    CHECK(m.index(1, 1).data().toString() == "PRURITUS");
    CHECK(m.index(2, 1).data().toString() == "APPLICATION SITE PRURITUS");
    CHECK(m.index(4, 6).data(Qt::UserRole).toInt() == 0);  // EYE PRURITUS: placebo only
}

TEST_CASE("AdverseEventsView: the CDISC pilot table fits 1280 px like a journal table", "[ae][view][pilot]") {
    test::application();
    AdverseEventsView view;
    REQUIRE(test::showStudy(view, test::pilotStudy(), {1280, 800}));
    QApplication::processEvents();
    const QTableView& t = *view.table();
    const QAbstractItemModel& m = *view.tableModel();
    REQUIRE(m.columnCount() == 11);  // SOC, term, 3 x (n (%), events), the total's two, p
    int sum = 0;
    for (int c = 0; c < m.columnCount(); ++c) sum += t.columnWidth(c);
    INFO("columns " << sum << " px, viewport " << t.viewport()->width() << " px");
    CHECK(sum <= t.viewport()->width());
    CHECK_FALSE(t.horizontalScrollBar()->isVisible());
    // One n (%) column per arm headed by the arm and its N (SAFFL: 86, 96, 72), compact events columns.
    CHECK(m.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString() == "Placebo\nN = 86\nn (%)");
    CHECK(m.headerData(4, Qt::Horizontal, Qt::DisplayRole).toString() == "Xanomeline\nLow Dose\nN = 96\nn (%)");
    CHECK(m.headerData(5, Qt::Horizontal, Qt::DisplayRole).toString() == "Events");
    const QFontMetrics fm = t.fontMetrics();
    for (int c : {3, 5, 7, 9}) CHECK(t.columnWidth(c) < fm.horizontalAdvance("Events") + 40);
    for (int c : {2, 4, 6, 8}) CHECK(t.columnWidth(c) >= fm.horizontalAdvance("217 (85.4%)"));
    // SOC and term share the spare width; a long SOC is elided with the full name in the tooltip.
    CHECK(std::abs(t.columnWidth(0) - t.columnWidth(1)) <= 1);
    CHECK(t.columnWidth(0) > t.columnWidth(6));
    const int row = rowOf(m, 0, "GENERAL DISORDERS AND ADMINISTRATION SITE CONDITIONS");
    REQUIRE(row > 0);
    CHECK(m.index(row, 0).data(Qt::ToolTipRole).toString() == "GENERAL DISORDERS AND ADMINISTRATION SITE CONDITIONS");
    test::screenshot(view, "ae_cdiscpilot01_1280");
}

TEST_CASE("AdverseEventsView screenshots", "[.screenshots]") {
    test::application();
    AdverseEventsView view;
    view.resize(1400, 900);
    view.show();
    QSignalSpy shown(&view, &AdverseEventsView::reportShown);
    view.setStudy(test::pilotStudy());
    REQUIRE(shown.wait(30000));
    view.table()->sortByColumn(4, Qt::DescendingOrder);
    test::screenshot(view, "ae_cdiscpilot01_by_term_sorted");
    view.setLevel(AeLevel::Soc);
    REQUIRE(shown.wait(30000));
    view.setFilterText("disorders");
    test::screenshot(view, "ae_cdiscpilot01_soc_filtered");
    view.setFilterText("");
    view.setLevel(AeLevel::Term);  // the published counts of Shi 2021 are by term
    REQUIRE(shown.wait(30000));
    for (const char* name : {"shi2021"}) {
        view.setStudy(test::sampleStudy(name));
        REQUIRE(shown.wait(30000));
        test::screenshot(view, QStringLiteral("ae_%1").arg(name));
    }
}

TEST_CASE("AdverseEventsView: a row's subjects, and a double-click opens a single subject's profile", "[ae][view]") {
    test::application();
    SmallShown small;
    AdverseEventsView& view = small.view;
    const QAbstractItemModel& m = *view.tableModel();
    const int pruritus = rowOf(m, 1, "PRURITUS");
    REQUIRE(pruritus > 0);
    CHECK(view.subjectsOfRow(pruritus) == QStringList{"D1", "P1"});  // D1 twice: once
    CHECK(view.subjectsOfRow(0).isEmpty());                          // the totals row
    const int erythema = rowOf(m, 1, "ERYTHEMA");
    REQUIRE(erythema > 0);
    QSignalSpy opened(&view, &ViewPage::subjectActivated);
    emit view.table()->doubleClicked(m.index(erythema, 1));  // what the view does on a double-click
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == "D2");
}

TEST_CASE("AdverseEventsView: worst severity counts each subject once, and AESEV rows are named by severity",
          "[ae][view][pilot]") {
    test::application();
    AdverseEventsView view;
    REQUIRE(test::showStudy(view, test::pilotStudy(), {1600, 900}));
    QSignalSpy shown(&view, &AdverseEventsView::reportShown);
    view.setLevel(AeLevel::Soc);
    REQUIRE(shown.wait(30000));
    view.setWorstSeverity(true);
    REQUIRE(shown.wait(30000));
    const QAbstractItemModel& m = *view.tableModel();
    REQUIRE(m.columnCount() == 1 + 4 * 5 + 1);  // SOC, 3 arms and the total x (n (%), events, 3 levels), p
    CHECK(m.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString() == "Worst: Mild\nn (%)");
    CHECK(m.headerData(5, Qt::Horizontal, Qt::DisplayRole).toString() == "Worst: Severe\nn (%)");
    // tests/reference/cdisc_ae_tables_reference.txt: highest | overall | Placebo | 36, 24, 5;
    // CARDIAC DISORDERS Placebo 8 + 2 + 2 = 12 subjects (the by-grade rows count 10 + 3 + 2).
    CHECK(m.index(0, 3).data().toString() == "36 (41.9%)");
    CHECK(m.index(0, 4).data(Qt::UserRole).toInt() == 24);
    CHECK(m.index(0, 5).data(Qt::UserRole).toInt() == 5);
    // highest | overall | Total | 77, 111, 29 (of 254); CARDIAC DISORDERS Total 25, 12, 3.
    CHECK(m.headerData(16, Qt::Horizontal, Qt::DisplayRole).toString() == "Total\nN = 254\nn (%)");
    CHECK(m.index(0, 18).data().toString() == "77 (30.3%)");
    CHECK(m.index(0, 19).data(Qt::UserRole).toInt() == 111);
    CHECK(m.index(0, 20).data(Qt::UserRole).toInt() == 29);
    const int cardiac = rowOf(m, 0, "CARDIAC DISORDERS");
    REQUIRE(cardiac > 0);
    CHECK(m.index(cardiac, 1).data(Qt::UserRole).toInt() == 12);
    CHECK(m.index(cardiac, 3).data(Qt::UserRole).toInt() + m.index(cardiac, 4).data(Qt::UserRole).toInt() +
              m.index(cardiac, 5).data(Qt::UserRole).toInt() ==
          12);
    CHECK(m.index(cardiac, 5).data(Qt::UserRole).toInt() == 2);
    CHECK(m.index(cardiac, 18).data(Qt::UserRole).toInt() == 25);
    CHECK(m.index(cardiac, 19).data(Qt::UserRole).toInt() == 12);
    CHECK(m.index(cardiac, 20).data(Qt::UserRole).toInt() == 3);
    // The AET01 overview above (reference: overview | Total | 254 | 217 | 3 | 184 | 29 | 0 | 3 | 3).
    const QAbstractItemModel& o = *view.overviewTable().model();
    REQUIRE(view.overviewTable().isVisible());
    REQUIRE(o.columnCount() == 1 + 3 + 1);
    CHECK(o.headerData(4, Qt::Horizontal, Qt::DisplayRole).toString() == "Total\nN = 254\nn (%)");
    CHECK(o.index(0, 4).data().toString() == "217 (85.4%)");
    CHECK(o.index(2, 4).data(Qt::UserRole).toInt() == 184);
    CHECK(o.index(3, 0).data().toString() == "Severe");
    CHECK(o.index(6, 1).data(Qt::UserRole).toInt() == 2);  // deaths on placebo (DTHFL)
    // At most a third of the view's height, and it can be hidden.
    CHECK(view.overviewTable().height() <= view.height() / 3);
    test::screenshot(view, "ae_cdiscpilot01_worst_severity");

    view.setWorstSeverity(false);
    REQUIRE(shown.wait(30000));
    view.setByGrade(true);
    REQUIRE(shown.wait(30000));
    CHECK(m.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString() == "Severity");
    QStringList levels;
    for (int r = 1; r < m.rowCount(); ++r) levels << m.index(r, 1).data().toString();
    levels.removeDuplicates();
    levels.sort();
    CHECK(levels == QStringList{"Mild", "Moderate", "Severe"});
    test::screenshot(view, "ae_cdiscpilot01_by_severity");
}

TEST_CASE("AdverseEventsView: nested, each SOC above its terms by frequency", "[ae][view][pilot]") {
    test::application();
    AdverseEventsView view;
    REQUIRE(test::showStudy(view, test::pilotStudy(), {1400, 900}));
    QSignalSpy shown(&view, &AdverseEventsView::reportShown);
    view.setNested(true);
    REQUIRE(shown.wait(30000));
    const QAbstractItemModel& m = *view.tableModel();
    REQUIRE(m.rowCount() == 1 + 23 + 230);  // tests/reference/cdisc_ae_tables_reference.txt: 253 nested lines
    // The first lines there: GENERAL DISORDERS ... 21, 51, 36 subjects; then APPLICATION SITE PRURITUS.
    CHECK(m.index(1, 0).data().toString() == "GENERAL DISORDERS AND ADMINISTRATION SITE CONDITIONS");
    CHECK(m.index(1, 1).data().toString().isEmpty());
    CHECK(m.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(m.index(1, 2).data(Qt::UserRole).toInt() == 21);
    CHECK(m.index(2, 1).data().toString() == "APPLICATION SITE PRURITUS");
    CHECK_FALSE(m.index(2, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(view.subjectsOfRow(1).size() == 21 + 51 + 36);  // a SOC row's subjects are the whole SOC's
    view.setByGrade(true);                                // rows split by grade cannot nest
    REQUIRE(shown.wait(30000));
    CHECK(m.rowCount() > 1 + 23 + 230);
    test::screenshot(view, "ae_cdiscpilot01_by_grade_not_nested");
}

TEST_CASE("AdverseEventsView: the paper's counts beside illustrative records (Shi 2021)", "[ae][view][samples]") {
    test::application();
    AdverseEventsView view;
    // Shi 2021 stores the paper's counts (pyrexia 7 UC-MSC; HCC 13 and 23) and 7 illustrative ADAE
    // records (the pyrexia patients). Failed on the old code: only the records were shown, so
    // "Any adverse event" read Control 0 (0.0%) and HCC was missing.
    REQUIRE(test::showStudy(view, test::sampleStudy("shi2021"), {1200, 800}));
    auto* box = view.findChild<QComboBox*>(QStringLiteral("dataSource"));
    REQUIRE(box);
    CHECK(box->isVisible());
    const QAbstractItemModel& m = *view.tableModel();
    CHECK(view.dataStatement().startsWith(QStringLiteral("Data: published-aggregate")));
    const int hcc = rowOf(m, 1, QStringLiteral("Hepatocellular carcinoma"));
    REQUIRE(hcc >= 0);
    CHECK(m.index(hcc, 2).data(Qt::UserRole).toInt() == 13);
    const int fever = rowOf(m, 1, QStringLiteral("Pyrexia"));  // published at grade 1 only
    REQUIRE(fever >= 0);
    CHECK(m.index(fever, 2).data(Qt::UserRole).toInt() == 7);
    QSignalSpy shown(&view, &AdverseEventsView::reportShown);
    box->setCurrentIndex(1);  // patient-level records
    REQUIRE(shown.wait(30000));
    CHECK(view.dataStatement().startsWith(QStringLiteral("Data: illustrative")));
    CHECK(rowOf(m, 1, QStringLiteral("Hepatocellular carcinoma")) < 0);
    CHECK(rowOf(m, 1, QStringLiteral("Pyrexia")) >= 0);
}

TEST_CASE("AdverseEventsView: a sorted column's header is not clipped", "[ae][view][pilot]") {
    test::application();
    AdverseEventsView view;
    REQUIRE(test::showStudy(view, test::pilotStudy(), {1280, 800}));
    QTableView& t = *view.table();
    const QHeaderView& header = *t.horizontalHeader();
    QFont bold = header.font();
    bold.setBold(true);
    // The room the style gives the label of section c at its width, the sort arrow drawn or not.
    auto label = [&](int c, bool sorted) {
        QStyleOptionHeader o;
        o.initFrom(&header);
        o.state |= QStyle::State_Horizontal;
        o.text = t.model()->headerData(c, Qt::Horizontal).toString();
        o.sortIndicator = sorted ? QStyleOptionHeader::SortDown : QStyleOptionHeader::None;
        o.rect = QRect(0, 0, t.columnWidth(c), header.height());
        return header.style()->subElementRect(QStyle::SE_HeaderLabel, &o, &header).width();
    };
    auto text = [&](int c) {
        int width = 0;
        for (const QString& line : t.model()->headerData(c, Qt::Horizontal).toString().split('\n'))
            width = std::max(width, QFontMetrics(bold).horizontalAdvance(line));
        return width;
    };
    for (int c : {2, 3, 4, 5, 6, 7, 8, 9, 10}) {
        t.sortByColumn(c, Qt::DescendingOrder);
        QApplication::processEvents();
        // Every header line whole, in bold (a highlighted section), beside the arrow of the sorted
        // column: the table said "anomelin" for "Xanomeline" once sorted.
        INFO("column " << c);
        CHECK(label(c, true) >= text(c));
        const int other = c == 2 ? 4 : 2;
        CHECK(label(other, false) >= text(other));
    }
    // The unsorted sections keep no room for an arrow (Qt's size hint keeps one on every section,
    // as wide as half the four-line header is high): the arm columns are narrower than that hint.
    CHECK(t.columnWidth(4) < header.sectionSizeHint(4));
}
