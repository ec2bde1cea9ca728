// The CDISC pilot's adverse-event table (AET02 layout, SOC above its terms) saved as RTF through
// TableExport::save, as File > Export table... and the page's Export table... button save it, and
// rendered by LibreOffice (soffice --headless --convert-to pdf, then pdftotext): the study, the
// page, the population and the data's fingerprint on every page; every row of the table once.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "tests/scratch_dir.h"
#include "tests/ui/soffice_fixture.h"
#include "tests/ui/table_page_fixture.h"
#include "tests/ui/view_fixture.h"
#include "ui/adverse_events/adverse_events_view.h"
#include "ui/common/table_export.h"

using namespace ts;

TEST_CASE("AdverseEventsView: the pilot's nested table as RTF, read back through LibreOffice", "[ae][rtf][soffice]") {
    test::application();
    AdverseEventsView view;
    view.setTitle(QStringLiteral("Adverse events"));  // as the view registry titles the tab
    REQUIRE(test::showStudy(view, test::pilotStudy(), {1280, 800}));
    QSignalSpy shown(&view, &AdverseEventsView::reportShown);
    view.setNested(true);
    REQUIRE(shown.wait(30000));
    const TableText text = view.tableText();
    REQUIRE(text.titles.size() >= 1);
    CHECK(text.titles.front() == "CDISCPILOT01: Adverse events");
    CHECK(text.footnotes.join('\n').contains("Population: "));
    CHECK(text.footnotes.back().contains(QString::fromStdString(test::pilotStudy()->info.dataSha256)));

    const test::ScratchDir scratch;
    const char* keep = std::getenv("TRIALSCOPE_KEEP_RTF");  // a folder to keep the RTF and PDF in
    const std::string rtf = (scratch.path() / "ae.rtf").string();
    REQUIRE(TableExport::save(*view.tableModel(), text, QString::fromStdString(rtf)).isEmpty());
    const test::RenderedPdf read = test::renderWithLibreOffice(rtf);
    const int pages = read.pages;
    const std::string& pdfText = read.text;
    CHECK(pages >= 2);
    // Without -layout: each table cell on a line of its own.
    CHECK(test::occurrences(pdfText, "CDISCPILOT01: Adverse events") == static_cast<size_t>(pages));
    CHECK(test::occurrences(pdfText, "Population: ") == static_cast<size_t>(pages));
    CHECK(test::occurrences(pdfText, "Page " + std::to_string(pages) + " of " + std::to_string(pages)) == 1);
    const QAbstractItemModel& m = *view.tableModel();
    CHECK(test::occurrences(pdfText, "FATIGUE") == 1);  // a term sits under one class, once
    CHECK(test::occurrences(pdfText, m.index(1, 2).data().toString().toStdString()) >= 1);
    CHECK(test::occurrences(pdfText, "Placebo") >= static_cast<size_t>(pages));  // the column header on every page
    if (keep) test::commandOutput("cp '" + rtf + "' '" + read.pdf.string() + "' '" + keep + "'");
}
