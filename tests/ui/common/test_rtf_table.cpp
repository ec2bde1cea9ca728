// RtfTable (ui/common/rtf_table.h): escapes, the page set-up, the title and the column headers in
// the page header, the footnotes and page numbers in the page footer; and a
// 120-row table rendered by LibreOffice (soffice --headless --convert-to pdf, then pdftotext):
// every page carries the title, the column headers, the footnote and "Page N of M".
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include <QStandardItemModel>

#include "tests/scratch_dir.h"
#include "tests/ui/soffice_fixture.h"
#include "ui/common/rtf_table.h"

using namespace ts;
namespace fs = std::filesystem;

namespace {

// `rows` terms with counts and a text beyond ASCII, under a three-line header.
void fill(QStandardItemModel& m, int rows) {
    m.setRowCount(rows);
    m.setColumnCount(3);
    m.setHorizontalHeaderLabels({QStringLiteral("Preferred term"), QStringLiteral("Placebo\nN = 86\nn (%)"),
                                 QStringLiteral("Xanomeline\nN = 84\nn (%)")});
    for (int r = 0; r < rows; ++r) {
        m.setItem(r, 0, new QStandardItem(QStringLiteral("TERM %1").arg(r + 1, 3, 10, QLatin1Char('0'))));
        m.setItem(r, 1, new QStandardItem(QStringLiteral("%1 (%2%)").arg(r % 7).arg(r % 7 * 100.0 / 86, 0, 'f', 1)));
        m.setItem(r, 2, new QStandardItem(QStringLiteral("\u2265 3 \u00d7 ULN")));
    }
}

}  // namespace

TEST_CASE("RtfTable: text is escaped, beyond ASCII as \\uN", "[rtf]") {
    CHECK(RtfTable::escape(QStringLiteral("a\\b{c}")) == "a\\\\b\\{c\\}");
    CHECK(RtfTable::escape(QStringLiteral("\u2265 3 \u00d7 ULN")) == "\\u8805? 3 \\u215? ULN");
    CHECK(RtfTable::escape(QStringLiteral("N = 86\nn (%)")) == "N = 86\\line n (%)");
    CHECK(RtfTable::escape(QStringLiteral("\u2014")) == "\\u8212?");
    CHECK(RtfTable::escape(QString::fromUtf8("\xF0\x9D\x9B\xBC")) ==
          "\\u-10187?\\u-8772?");  // U+1D6FC: two UTF-16 units
}

TEST_CASE("RtfTable: landscape Letter, title in the header, footnotes and pages in the footer", "[rtf]") {
    QStandardItemModel m;
    fill(m, 3);
    const QByteArray rtf = RtfTable::render(m, {"CDISCPILOT01: Adverse events"}, {"Population: Safety."});
    CHECK(rtf.startsWith("{\\rtf1\\ansi"));
    CHECK(rtf.endsWith("}\n"));
    CHECK(rtf.contains("\\paperw15840\\paperh12240\\landscape"));
    const qsizetype header = rtf.indexOf("{\\header"), footer = rtf.indexOf("{\\footer");
    const qsizetype body = rtf.indexOf("TERM 001");
    REQUIRE(header >= 0);
    REQUIRE(footer > header);
    REQUIRE(body > header);
    CHECK(rtf.indexOf("\\trowd", footer) > footer);
    CHECK(rtf.indexOf("CDISCPILOT01: Adverse events") > header);
    CHECK(rtf.indexOf("CDISCPILOT01: Adverse events") < footer);
    CHECK(rtf.indexOf("Population: Safety.") > footer);
    CHECK(rtf.indexOf("Population: Safety.") < body);
    CHECK(body > footer);
    CHECK(rtf.contains("{\\field{\\*\\fldinst PAGE}"));
    CHECK(rtf.contains("{\\field{\\*\\fldinst NUMPAGES}"));
    // The column headers are a row of the page header, on the same column edges as the body.
    const qsizetype headRow = rtf.indexOf("\\trowd");
    CHECK(headRow > header);
    CHECK(headRow < footer);
    CHECK(rtf.indexOf("Placebo") < footer);
    auto edges = [&rtf](qsizetype from) {
        const qsizetype end = rtf.indexOf("\\pard", from);
        QList<QByteArray> out;
        for (const QByteArray& part : rtf.mid(from, end - from).split('\\'))
            if (part.startsWith("cellx")) out << part.trimmed();
        return out;
    };
    CHECK(edges(headRow).size() == 3);
    CHECK(edges(headRow) == edges(rtf.indexOf("\\trowd", footer)));
    CHECK(rtf.count("\\trkeep") == 3);  // each body row whole on one page
    CHECK(rtf.count("\\row") == 4);
    CHECK(rtf.count("\\cell\n") == 12);
    CHECK(rtf.contains("Placebo\\line N = 86\\line n (%)"));
    // Braces balance: a reader sees one group.
    int depth = 0;
    for (qsizetype i = 0; i < rtf.size(); ++i) {
        if (rtf[i] == '\\') ++i;
        else if (rtf[i] == '{') ++depth;
        else if (rtf[i] == '}') --depth;
        REQUIRE(depth >= 0);
    }
    CHECK(depth == 0);
}

TEST_CASE("RtfTable: LibreOffice repeats title, headers and footnotes on every page", "[rtf][soffice]") {
    const test::ScratchDir scratch;
    const fs::path& dir = scratch.path();
    QStandardItemModel m;
    fill(m, 120);
    const QString rtf = QString::fromStdString((dir / "ae.rtf").string());
    REQUIRE(RtfTable::save(m, {"CDISCPILOT01: Adverse events", "Safety population"},
                           {"Population: Safety population.", "Data: original (ADAE)."}, rtf)
                .isEmpty());
    const test::RenderedPdf shown = test::renderWithLibreOffice(rtf.toStdString(), true);
    const int pages = shown.pages;
    const std::string& text = shown.text;
    CHECK(pages >= 3);  // 120 rows of three lines' header at 9 pt do not fit on two landscape pages
    CHECK(test::occurrences(text, "CDISCPILOT01: Adverse events") == static_cast<size_t>(pages));
    CHECK(test::occurrences(text, "Preferred term") == static_cast<size_t>(pages));
    CHECK(test::occurrences(text, "Data: original (ADAE).") == static_cast<size_t>(pages));
    CHECK(test::occurrences(text, "Page 1 of " + std::to_string(pages)) == 1);
    CHECK(test::occurrences(text, "Page " + std::to_string(pages) + " of " + std::to_string(pages)) == 1);
    CHECK(test::occurrences(text, "TERM 001") == 1);
    CHECK(test::occurrences(text, "TERM 120") == 1);
    CHECK(test::occurrences(text, "\u2265 3 \u00d7 ULN") == 120);
}
