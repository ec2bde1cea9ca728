// trialscope-cli report: the CDISC pilot and a sample trial as one PDF and as HTML, headless; its
// JSON (pages, figures, tables, sections); refusals naming what is wrong, nothing written.
#include <catch2/catch.hpp>

#include "cli_runner.h"

using namespace ts::test;

TEST_CASE("cli report: PDF and HTML of the pilot and Shi 2021", "[cli][report]") {
    ScratchDir dir;
    const std::string db = (dir.path() / "r.db").string();
    REQUIRE(runCli({"--db", db, "import", cdiscCsvFolder(dir).string(), TRIALSCOPE_SOURCE_DIR "/sample_trials/shi2021"})
                .status == 0);
    const std::string pdf = (dir.path() / "report.pdf").string();
    const CliResult r = runCli({"--db", db, "report", "--study", "CDISCPILOT01,SHI2021", "--out", pdf});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const QJsonObject o = r.json().object();
    CHECK(o["format"].toString() == "pdf");
    CHECK(o["studies"].toArray().size() == 2);
    CHECK(o["pages"].toInt() >= 10);
    CHECK(o["figures"].toInt() >= 10);
    CHECK(o["tables"].toInt() >= 8);
    QStringList sections;
    for (const QJsonValue& s : o["sections"].toArray()) sections << s.toString();
    // The pilot has subject-level liver tests (a liver section); Shi 2021 has none.
    CHECK(sections.join(",") ==
          "CDISCPILOT01,Survival,Laboratory values,Adverse events,Baseline characteristics,Liver safety,"
          "SHI2021,Survival,Laboratory values,Adverse events,Baseline characteristics");
    CHECK(std::filesystem::file_size(pdf) > 10000);

    const std::string html = (dir.path() / "report.html").string();
    const CliResult h = runCli({"--db", db, "report", "--study", "SHI2021", "--out", html});
    REQUIRE(h.status == 0);
    CHECK(h.json().object()["pages"].toInt() == 0);
    CHECK(std::filesystem::file_size(html) > 10000);
}

TEST_CASE("cli report: a wrong format or study is one line, nothing written", "[cli][report][bad]") {
    ScratchDir dir;
    const std::string db = (dir.path() / "r.db").string();
    REQUIRE(runCli({"--db", db, "import", TRIALSCOPE_SOURCE_DIR "/sample_trials/shi2021"}).status == 0);
    const std::string txt = (dir.path() / "report.txt").string();
    const CliResult format = runCli({"--db", db, "report", "--study", "SHI2021", "--out", txt});
    CHECK(format.status == 2);
    CHECK(format.err.find("--out: expected a .pdf or .html file") != std::string::npos);
    const std::string pdf = (dir.path() / "report.pdf").string();
    const CliResult study = runCli({"--db", db, "report", "--study", "NOPE", "--out", pdf});
    CHECK(study.status != 0);
    CHECK(study.err.find("NOPE") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(pdf));
    CHECK_FALSE(std::filesystem::exists(txt));
}
