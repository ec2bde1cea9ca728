// Statistics on degenerate data (no events, one subject, all censored, separation in Cox), through
// the service layer (analyseSurvival) and the CLI JSON: typed "not estimable" results with a note,
// never NaN, infinity or a huge number.
#include <catch2/catch.hpp>

#include <cmath>
#include <regex>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli_process.h"
#include "core/analysis/survival_analysis.h"
#include "core/io/study_importer.h"
#include "study_folder.h"
#include "tests/scratch_dir.h"

namespace fs = std::filesystem;
using namespace ts;
using namespace ts::fault;
using ts::test::ScratchDir;

namespace {

// A study folder "D" with ADSL (subject id, arm) and ADTTE OS rows (id, time, cnsr).
struct Tte {
    const char* id;
    const char* arm;
    double time;
    int cnsr;
};

fs::path writeStudy(const ScratchDir& dir, const std::vector<Tte>& rows) {
    const fs::path folder = dir.path() / "D";
    fs::create_directories(folder);
    std::string adsl = "STUDYID,USUBJID,TRT01A\n", adtte = "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\n";
    for (const Tte& r : rows) {
        adsl += std::string("D,") + r.id + "," + r.arm + "\n";
        adtte += std::string("D,") + r.id + ",OS,Overall survival," + std::to_string(r.time) + "," +
                 std::to_string(r.cnsr) + "\n";
    }
    writeBytes(folder / "adsl.csv", adsl);
    writeBytes(folder / "adtte.csv", adtte);
    return folder;
}

SurvivalReport analyse(const ScratchDir& dir, const std::vector<Tte>& rows) {
    Store store = Store::open(dir.path() / "s.db");
    importPath(store, writeStudy(dir, rows));
    auto study = store.loadStudy("D");
    REQUIRE(study);
    SurvivalOptions o;
    o.endpoint = "OS";
    return analyseSurvival(*study, o);
}

bool sane(double x) { return std::isfinite(x) && std::fabs(x) < 1e12; }

// Every number the report carries is finite and of ordinary size; a missing one is nullopt.
void checkFinite(const SurvivalReport& r) {
    for (const auto& g : r.groups) {
        for (const auto& s : g.fit.steps) {
            CHECK(sane(s.surv));
            if (s.ciDefined) {
                CHECK(sane(s.lower));
                CHECK(sane(s.upper));
            }
        }
        for (auto q : {g.median.estimate, g.median.lower, g.median.upper}) {
            if (q) CHECK(sane(*q));
        }
    }
    if (r.logrank) {
        CHECK(sane(r.logrank->chisq));
        CHECK(sane(r.logrank->p));
    }
    if (!r.cox) return;
    for (const auto& t : r.cox->terms) {
        if (t.estimable) {
            CHECK(sane(t.hr));
            CHECK(sane(t.lower));
            CHECK(sane(t.upper));
            CHECK(sane(t.p));
        } else {
            CHECK_FALSE(t.note.empty());
        }
    }
}

QJsonObject kmJson(const ScratchDir& dir, const std::vector<Tte>& rows) {
    const std::string db = (dir.path() / "cli.db").string();
    const auto imp = runCli({"--db", db, "import", writeStudy(dir, rows).string()});
    INFO(imp.err);
    REQUIRE(imp.status == 0);
    const auto r = runCli({"--db", db, "km", "--study", "D", "--endpoint", "OS"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    // No NaN or infinity spelled out, and no number beyond 1e+-100 standing in for one.
    CHECK_FALSE(std::regex_search(r.out, std::regex(R"([:,\[]-?(nan|inf|NaN|Infinity)\b)")));
    CHECK_FALSE(std::regex_search(r.out, std::regex(R"([0-9]e[+-]?[0-9]{3})")));
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(r.out), &err);
    REQUIRE(err.error == QJsonParseError::NoError);
    return doc.object();
}

}  // namespace

TEST_CASE("no events at all: medians and Cox not estimable, with notes", "[faults][degenerate]") {
    const std::vector<Tte> rows{{"1", "A", 5, 1}, {"2", "A", 7, 1}, {"3", "B", 4, 1}, {"4", "B", 9, 1}};
    ScratchDir dir;
    const auto r = analyse(dir, rows);
    checkFinite(r);
    REQUIRE(r.groups.size() == 2);
    for (const auto& g : r.groups) {
        CHECK_FALSE(g.median.estimate);
        CHECK(g.note == "no events: median not reached");
    }
    REQUIRE(r.cox);
    CHECK(r.cox->status == stats::CoxStatus::NoEvents);
    CHECK_FALSE(r.cox->note.empty());

    const auto j = kmJson(dir, rows);
    for (const auto g : j["groups"].toArray()) {
        CHECK(g.toObject()["median"].isNull());
        CHECK(g.toObject()["note"].toString() == "no events: median not reached");
    }
    const auto cox = j["cox"].toObject();
    CHECK(cox["lr_p"].isNull());
    CHECK_FALSE(cox["note"].toString().isEmpty());
    for (const auto t : cox["terms"].toArray()) CHECK(t.toObject()["hr"].isNull());
    // A log-rank test without events has no information: either absent/null, or a note says why.
    const auto lr = j["logrank"];
    if (!lr.isNull()) CHECK(lr.toObject()["chisq"].isDouble());
}

TEST_CASE("one subject: a one-step curve, no tests", "[faults][degenerate]") {
    ScratchDir dir;
    const auto r = analyse(dir, {{"1", "A", 5, 0}});
    checkFinite(r);
    REQUIRE(r.groups.size() == 1);
    REQUIRE(r.groups[0].fit.steps.size() == 1);
    CHECK(r.groups[0].fit.steps[0].surv == 0.0);
    REQUIRE(r.groups[0].median.estimate);
    CHECK(*r.groups[0].median.estimate == 5.0);
    CHECK_FALSE(r.logrank);
    CHECK_FALSE(r.cox);
    const auto j = kmJson(dir, {{"1", "A", 5, 0}});
    CHECK(j["logrank"].isNull());
    CHECK(j["cox"].isNull());
    CHECK(j["groups"].toArray()[0].toObject()["median"].toDouble() == 5.0);
}

TEST_CASE("one arm all censored: its median not reached, the test still runs", "[faults][degenerate]") {
    const std::vector<Tte> rows{{"1", "A", 5, 0}, {"2", "A", 7, 0}, {"3", "A", 8, 1},
                                {"4", "B", 4, 1}, {"5", "B", 9, 1}, {"6", "B", 6, 1}};
    ScratchDir dir;
    const auto r = analyse(dir, rows);
    checkFinite(r);
    REQUIRE(r.groups.size() == 2);
    CHECK(r.groups[0].median.estimate);
    CHECK_FALSE(r.groups[1].median.estimate);
    CHECK(r.groups[1].note == "no events: median not reached");
    REQUIRE(r.logrank);
    // R: survdiff(Surv(time, status) ~ arm)$chisq  (tests/reference/faults_degenerate.R)
    CHECK_THAT(r.logrank->chisq, Catch::Matchers::WithinRel(1.16346153846, 1e-9));
    // Arm B has no events: the hazard ratio diverges (R: "Ran out of iterations"), so it is not shown.
    REQUIRE(r.cox);
    CHECK_FALSE(r.cox->terms[0].estimable);
    // R: summary(survfit(Surv(time, status) ~ arm))$table[, "median"]  -> A 7, B NA
    CHECK(*r.groups[0].median.estimate == 7.0);
}

TEST_CASE("separation in Cox: the hazard ratio is not estimable, never a huge number", "[faults][degenerate]") {
    // All events in arm A, all of them before any time in arm B: monotone likelihood.
    const std::vector<Tte> rows{{"1", "A", 1, 0}, {"2", "A", 2, 0}, {"3", "A", 3, 0},
                                {"4", "B", 4, 1}, {"5", "B", 5, 1}, {"6", "B", 6, 1}};
    ScratchDir dir;
    const auto r = analyse(dir, rows);
    checkFinite(r);
    REQUIRE(r.cox);
    // R: coxph(Surv(time, status) ~ arm) warns "Ran out of iterations and did not converge", coef
    // -21.94 (tests/reference/faults_degenerate.R): a coefficient running away, not an estimate.
    CHECK(r.cox->status == stats::CoxStatus::NotConverged);
    REQUIRE(r.cox->terms.size() == 1);
    CHECK_FALSE(r.cox->terms[0].estimable);
    CHECK_FALSE(r.cox->terms[0].note.empty());
    const auto j = kmJson(dir, rows);
    const auto term = j["cox"].toObject()["terms"].toArray()[0].toObject();
    CHECK(term["hr"].isNull());
    CHECK(term["lower"].isNull());
    CHECK_FALSE(term["note"].toString().isEmpty());
}
