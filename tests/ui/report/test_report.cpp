// Study reports (ui/report): Shi 2021's report as PDF and HTML, drawn headless. The PDF: a title
// and contents page, every endpoint's figure and table, every lab parameter, the AE and baseline
// tables, numbered; text kept as text (pdftotext finds it); the contents' pages are the pages the
// captions are on; "Page N of M" on every page after the first; the survival table's numbers are
// the analysis's. The HTML: well-formed (an XML reader reads it through), one inline SVG per
// figure, every contents link to an element of the page. File > Export report... writes it.
#include <catch2/catch.hpp>

#include <algorithm>

#include <QAction>
#include <QFile>
#include <QXmlStreamReader>
#include <qcustomplot.h>

#include "core/analysis/survival_analysis.h"
#include "tests/scratch_dir.h"
#include "tests/ui/figure/test_export_fixture.h"
#include "tests/ui/soffice_fixture.h"
#include "tests/ui/window_fixture.h"
#include "ui/common/p_value.h"
#include "ui/report/report_content.h"
#include "ui/report/report_html.h"
#include "ui/report/report_pdf.h"
#include "ui/shell/main_window.h"

using namespace ts;

namespace {

std::shared_ptr<const StudyData> sample(const char* folder) {
    return test::importedStudy(std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "sample_trials" / folder);
}

std::string pageText(const std::filesystem::path& pdf, int page) {
    return test::commandOutput("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
                               pdf.string() + "' -");
}

}  // namespace

TEST_CASE("Report: Shi 2021 as PDF, numbered, with contents and page numbers", "[report]") {
    test::application();
    const std::shared_ptr<const StudyData> shi = sample("shi2021");
    const ReportContent report = ReportContent::of({shi});
    // Three endpoints (figure + table each), four lab parameters, the AE and baseline tables.
    CHECK(report.figures == 7);
    CHECK(report.tables == 5);
    std::vector<std::string> headings;
    for (const ReportBlock* b : report.contents())
        if (b->kind == ReportBlock::Kind::Heading) headings.push_back(b->text.toStdString());
    CHECK(headings == std::vector<std::string>{"SHI2021", "Survival", "Laboratory values", "Adverse events",
                                               "Baseline characteristics"});

    const test::ScratchDir dir;
    const std::filesystem::path pdf = dir.path() / "shi2021.pdf";
    const PdfReport written = writeReportPdf(report, QString::fromStdString(pdf.string()));
    REQUIRE(written.error.isEmpty());
    const std::string info = test::commandOutput("pdfinfo '" + pdf.string() + "'");
    CHECK(info.find("Pages:           " + std::to_string(written.pages)) != std::string::npos);
    CHECK(written.pages >= 5);
    const std::string first = pageText(pdf, 1);
    CHECK(first.find("TrialScope report: SHI2021") != std::string::npos);
    CHECK(first.find("Contents") != std::string::npos);
    // Each caption is on the page the contents give it: the number at the end of its contents line
    // (pdftotext -layout keeps a line a line).
    const QStringList contents =
        QString::fromStdString(test::commandOutput("pdftotext -layout -f 1 -l 1 '" + pdf.string() + "' -"))
            .split(QLatin1Char('\n'));
    int checked = 0;
    for (const ReportBlock* b : report.contents()) {
        if (b->kind == ReportBlock::Kind::Heading) continue;
        const QString caption = b->caption.left(10);  // "Figure 3. ", "Table 2. H"
        int listed = 0;
        for (const QString& line : contents)
            if (line.trimmed().startsWith(caption)) listed = line.trimmed().section(QLatin1Char(' '), -1).toInt();
        int found = 0;
        for (int p = 2; p <= written.pages && found == 0; ++p)
            if (pageText(pdf, p).find(caption.toStdString()) != std::string::npos) found = p;
        INFO(caption.toStdString());
        CHECK(found >= 2);
        CHECK(listed == found);
        ++checked;
    }
    CHECK(checked == report.figures + report.tables);
    for (int p = 2; p <= written.pages; ++p)
        CHECK(pageText(pdf, p).find("Page " + std::to_string(p) + " of " + std::to_string(written.pages)) !=
              std::string::npos);
    // The survival table shows what the analysis computed.
    SurvivalOptions o;
    o.endpoint = "OS";
    const SurvivalReport os = analyseSurvival(*shi, o);
    REQUIRE(os.logrank);
    const std::string all = test::commandOutput("pdftotext '" + pdf.string() + "' -");
    const std::string logrank = QStringLiteral("Log-rank test: \u03c7\u00b2 = %1 on 1 df, p = %2.")
                                    .arg(os.logrank->chisq, 0, 'f', 2)
                                    .arg(pValueText(os.logrank->p))
                                    .toStdString();
    CHECK(all.find(logrank) != std::string::npos);
    CHECK(all.find("Figure 1. Overall survival (OS)") != std::string::npos);
    CHECK(all.find("Table 4. Subjects with adverse events") != std::string::npos);
    CHECK(all.find(shi->info.dataSha256.substr(0, 16)) != std::string::npos);  // the fingerprint, on the title page
}

TEST_CASE("Report: a wide table gets landscape pages of its own, the report goes on in portrait", "[report][cdisc]") {
    test::application();
    const ReportContent report = ReportContent::of({test::pilotStudy()});
    // The pilot's AE table, in the safety population, has three arms and the total (a column pair
    // each): too wide for the portrait body; its baseline table and the survival tables are not.
    const auto ae = std::find_if(report.blocks.begin(), report.blocks.end(), [](const ReportBlock& b) {
        return b.kind == ReportBlock::Kind::Table && b.caption.contains(QStringLiteral("adverse events"));
    });
    REQUIRE(ae != report.blocks.end());
    CHECK(ae->wide);
    CHECK(ae->caption.contains(QStringLiteral("term (safety population).")));
    CHECK_FALSE(ae->text.contains(QStringLiteral("Screen Failure")));  // no subject of it is in SAFFL
    CHECK(std::count_if(report.blocks.begin(), report.blocks.end(), [](const ReportBlock& b) { return b.wide; }) == 1);
    const test::ScratchDir dir;
    const std::filesystem::path pdf = dir.path() / "pilot.pdf";
    const PdfReport written = writeReportPdf(report, QString::fromStdString(pdf.string()));
    REQUIRE(written.error.isEmpty());
    const std::string caption = ae->caption.left(9).toStdString();  // "Table 4. "
    auto landscape = [&](int page) {
        return test::commandOutput("pdfinfo -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
                                   pdf.string() + "'")
                   .find("842 x 595 pts") != std::string::npos;
    };
    int first = 0, last = 0;
    for (int p = 1; p <= written.pages; ++p) {
        if (!landscape(p)) continue;
        if (first == 0) first = p;
        last = p;
    }
    REQUIRE(first > 1);
    CHECK(pageText(pdf, first).find(caption) != std::string::npos);           // the table starts its landscape pages
    CHECK(pageText(pdf, first).find("Adverse events") != std::string::npos);  // with its heading
    for (int p = first; p <= last; ++p) CHECK(landscape(p));                  // one run of pages
    CHECK(last < written.pages);                                              // then portrait again
    CHECK_FALSE(landscape(last + 1));
    CHECK(pageText(pdf, last).find("Page " + std::to_string(last) + " of ") != std::string::npos);
    // A term of the table on one line: its name is not cut by a line break.
    CHECK(pageText(pdf, first).find("ATRIAL FIBRILLATION") != std::string::npos);
}

TEST_CASE("Report: the HTML is well-formed, self-contained and its contents link", "[report]") {
    test::application();
    const ReportContent report = ReportContent::of({sample("shi2021"), sample("li2023")});
    const QString html = reportHtml(report);
    CHECK(html.startsWith("<!DOCTYPE html>"));
    QXmlStreamReader xml(html.mid(html.indexOf(QLatin1String("<html"))));
    int svgs = 0;
    QStringList ids, links;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == QLatin1String("svg")) ++svgs;
        if (xml.attributes().hasAttribute("id")) ids << xml.attributes().value("id").toString();
        if (xml.name() == QLatin1String("a")) links << xml.attributes().value("href").toString().mid(1);
        if (xml.name() == QLatin1String("img") || xml.name() == QLatin1String("link") ||
            xml.name() == QLatin1String("script"))
            FAIL("an external resource: " << xml.name().toString().toStdString());
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    CHECK_FALSE(xml.hasError());
    CHECK(svgs == report.figures);
    CHECK(links.size() == static_cast<qsizetype>(report.contents().size()));
    for (const QString& link : links) CHECK(ids.contains(link));
}

TEST_CASE("Report: File > Export report... writes the open study's report", "[report][ui]") {
    const test::WindowFolder folder;
    MainWindow w(folder.store());
    w.show();
    test::importSamples(w, {"shi2021"});
    REQUIRE(QTest::qWaitFor([&w] { return w.study() != nullptr; }, 30000));
    const QString html = folder.file(QStringLiteral("shi2021.html"));
    test::answerFileDialog(html);
    bool triggered = false;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QStringLiteral("Export &report\u2026")) {
            a->trigger();
            triggered = true;
        }
    REQUIRE(triggered);
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains("TrialScope report: SHI2021"));
    CHECK(text.count("<svg") == 7);
}
