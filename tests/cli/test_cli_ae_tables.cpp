// trialscope-cli ae --overview --highest --rates on the CDISC pilot (SAFFL, TRTEMFL events) against R:
// the AET01 overview, subjects at their worst severity (overall, a SOC and a PT, with the total
// column) and exposure-adjusted incidence rates with exact CIs, as printed by
//   Rscript tests/reference/cdisc_ae_tables_reference.R <pilot folder>
// into tests/reference/cdisc_ae_tables_reference.txt.
#include <catch2/catch.hpp>

#include "cli_runner.h"
#include "reference_lines.h"

using namespace ts::test;
using Catch::Matchers::WithinRel;

namespace {

QJsonObject pilotAe(const std::string& level, const char* layout = "--overview") {
    static ScratchDir dir;
    static const std::string db = (dir.path() / "t.db").string();
    static const CliResult imported = runCli({"--db", db, "import", cdiscCsvFolder(dir).string()});
    REQUIRE(imported.status == 0);
    const CliResult r = runCli({"--db", db, "ae", "--study", "CDISCPILOT01", "--population", "SAFFL", "--level", level,
                                layout, "--highest", "--rates"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    return r.json().object();
}

std::string text(const QJsonValue& v) { return v.toString().toStdString(); }

// The row of `scope` (a SOC or a PT) in the table.
QJsonObject rowOf(const QJsonObject& doc, const std::string& scope) {
    for (const auto& r : doc["rows"].toArray())
        if (text(r.toObject()["soc"]) == scope || text(r.toObject()["term"]) == scope) return r.toObject();
    FAIL("no row " << scope);
    return {};
}

void checkHighest(const QJsonArray& got, const std::string& scope) {
    const auto want = referenceLines("cdisc_ae_tables_reference.txt", "highest | " + scope);
    REQUIRE(got.size() == static_cast<int>(want.size()));
    for (int i = 0; i < got.size(); ++i) {
        const QJsonObject c = got[i].toObject();
        INFO(scope << " " << want[i][0] << " " << want[i][1]);
        CHECK(text(c["group"]) == want[i][0]);
        CHECK(text(c["severity"]) == want[i][1]);
        CHECK(c["subjects"].toInt() == std::stoi(want[i][2]));
        CHECK_THAT(c["percent"].toDouble(), WithinRel(std::stod(want[i][3]), 1e-12));
    }
}

}  // namespace

TEST_CASE("cli ae --overview: AET01 per arm and in total", "[cli][ae]") {
    const auto overview = pilotAe("soc")["overview"].toArray();
    const auto want = referenceLines("cdisc_ae_tables_reference.txt", "overview");
    REQUIRE(overview.size() == static_cast<int>(want.size()));
    for (int i = 0; i < overview.size(); ++i) {
        const QJsonObject o = overview[i].toObject();
        INFO(want[i][0]);
        CHECK(text(o["group"]) == want[i][0]);
        int k = 1;
        for (const char* field : {"n", "any", "serious", "related", "severe", "discontinued", "fatal", "deaths"})
            CHECK(o[field].toInt() == std::stoi(want[i][static_cast<std::size_t>(k++)]));
    }
}

TEST_CASE("cli ae --highest: each subject once at the worst severity", "[cli][ae]") {
    const QJsonObject soc = pilotAe("soc");
    CHECK(text(soc["highest_scale"]) == "severity");
    checkHighest(soc["highest"].toArray(), "overall");
    // Placebo, cardiac disorders: 8 + 2 + 2 = 12 subjects of 86 (the old "by grade" table said 15).
    const QJsonObject cardiac = rowOf(soc, "CARDIAC DISORDERS");
    // Each row as the whole table: the arms, then the total column, as R's lines.
    checkHighest(cardiac["highest"].toArray(), "CARDIAC DISORDERS");
    checkHighest(rowOf(pilotAe("pt"), "APPLICATION SITE PRURITUS")["highest"].toArray(), "APPLICATION SITE PRURITUS");
}

TEST_CASE("cli ae --rates: exposure-adjusted incidence per 100 patient-years with exact CIs", "[cli][ae]") {
    const QJsonObject soc = pilotAe("soc"), pt = pilotAe("pt");
    for (const auto& [doc, scope] :
         {std::pair{&soc, "CARDIAC DISORDERS"}, std::pair{&pt, "APPLICATION SITE PRURITUS"}}) {
        const QJsonObject row = rowOf(*doc, scope);
        QJsonArray counts = row["counts"].toArray();
        counts.append(row["total"]);  // R's lines end with the total column
        const auto want = referenceLines("cdisc_ae_tables_reference.txt", std::string("eair | ") + scope);
        REQUIRE(counts.size() == static_cast<int>(want.size()));
        for (int i = 0; i < counts.size(); ++i) {
            const QJsonObject e = counts[i].toObject()["eair"].toObject();
            INFO(scope << " " << want[i][0]);
            CHECK(text(counts[i].toObject()["group"]) == want[i][0]);
            CHECK(e["subjects"].toInt() == std::stoi(want[i][1]));
            CHECK_THAT(e["patient_years"].toDouble(), WithinRel(std::stod(want[i][2]), 1e-12));
            CHECK_THAT(e["per_100py"].toDouble(), WithinRel(std::stod(want[i][3]), 1e-12));
            CHECK_THAT(e["lower"].toDouble(), WithinRel(std::stod(want[i][4]), 1e-9));
            CHECK_THAT(e["upper"].toDouble(), WithinRel(std::stod(want[i][5]), 1e-9));
        }
    }
    bool noted = false;
    for (const auto& n : soc["notes"].toArray())
        noted = noted || text(n) ==
                             "2 subjects without treatment exposure (TRTSDT, TRTDURD or TRTEDT) are left out of "
                             "the rates";
    CHECK(noted);  // R: "left out of the rates: 2"
}

TEST_CASE("cli ae --nested: SOC rows with their terms beneath, by descending frequency", "[cli][ae]") {
    const auto rows = pilotAe("pt", "--nested")["rows"].toArray();
    const auto want = referenceLines("cdisc_ae_tables_reference.txt", "nested");
    REQUIRE(rows.size() == static_cast<int>(want.size()));  // 23 SOCs and 230 terms
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject r = rows[i].toObject();
        INFO("row " << i << ": " << want[i][0] << " / " << want[i][1]);
        CHECK(text(r["soc"]) == want[i][0]);
        CHECK(text(r["term"]) == want[i][1]);
        const auto subjects = referenceNumbers(want[i][2]), events = referenceNumbers(want[i][3]);
        const auto counts = r["counts"].toArray();
        REQUIRE(counts.size() == 3);
        double allSubjects = 0, allEvents = 0;
        for (int g = 0; g < 3; ++g) {
            CHECK(counts[g].toObject()["subjects"].toInt() == subjects[static_cast<std::size_t>(g)]);
            CHECK(counts[g].toObject()["events"].toInt() == events[static_cast<std::size_t>(g)]);
            allSubjects += subjects[static_cast<std::size_t>(g)];
            allEvents += events[static_cast<std::size_t>(g)];
        }
        // The total column: a subject is in one arm, so R's arms add up to it (of 254 subjects).
        CHECK(r["total"].toObject()["subjects"].toInt() == allSubjects);
        CHECK(r["total"].toObject()["events"].toInt() == allEvents);
        CHECK_THAT(r["total"].toObject()["percent"].toDouble(), WithinRel(100.0 * allSubjects / 254, 1e-12));
    }
}

TEST_CASE("cli ae-event: time to the first adverse event, any or one term, against survfit", "[cli][ae]") {
    for (const std::string scope : {"any", "APPLICATION SITE PRURITUS"}) {
        static ScratchDir dir;
        static const std::string db = (dir.path() / "t.db").string();
        static const CliResult imported = runCli({"--db", db, "import", cdiscCsvFolder(dir).string()});
        REQUIRE(imported.status == 0);
        std::vector<std::string> args{"--db",         db,      "ae-event", "--study",  "CDISCPILOT01",
                                      "--population", "SAFFL", "--times",  "28,84,168"};
        if (scope != "any") args.insert(args.end(), {"--term", scope});
        const CliResult r = runCli(args);
        INFO(scope << ": " << r.err);
        REQUIRE(r.status == 0);
        const QJsonObject doc = r.json().object();
        CHECK(text(doc["endpoint"]) == "FIRST_AE");
        const auto want = referenceLines("cdisc_ae_tables_reference.txt", "first_ae | " + scope);
        const auto groups = doc["groups"].toArray();
        REQUIRE(groups.size() == static_cast<int>(want.size()));
        for (int g = 0; g < groups.size(); ++g) {
            const QJsonObject grp = groups[g].toObject();
            CHECK(text(grp["name"]) == want[g][0]);
            CHECK(grp["n"].toInt() == std::stoi(want[g][1]));
            CHECK(grp["events"].toInt() == std::stoi(want[g][2]));
            const auto surv = referenceNumbers(want[g][3]);
            const auto at = grp["at"].toArray();
            REQUIRE(at.size() == 3);
            for (int t = 0; t < 3; ++t)
                CHECK_THAT(at[t].toObject()["surv"].toDouble(), WithinRel(surv[static_cast<std::size_t>(t)], 1e-9));
        }
        const double chisq =
            std::stod(referenceLines("cdisc_ae_tables_reference.txt", "first_ae logrank | " + scope)[0][0]);
        CHECK_THAT(doc["logrank"].toObject()["chisq"].toDouble(), WithinRel(chisq, 1e-9));
    }
}
