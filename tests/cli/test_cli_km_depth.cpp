// km --rmst, --pairwise, --rho and --strata against R on survival::veteran and survival::colon (death),
// imported from tests/data/survival_depth, with the values tests/reference/survival_depth_reference.R
// printed: summary(survfit, rmean = tau), survRM2-style contrasts, survdiff(rho = ), survdiff and coxph
// with strata(celltype), and pairwise survdiff with p.adjust.
#include <catch2/catch.hpp>

#include <map>

#include "cli_runner.h"
#include "reference_lines.h"

using namespace ts::test;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

struct Depth {
    ScratchDir dir;
    std::string db = (dir.path() / "t.db").string();
    Depth() {
        for (const char* name : {"veteran", "colon"}) {
            const CliResult r = runCli(
                {"--db", db, "import", std::string(TRIALSCOPE_SOURCE_DIR) + "/tests/data/survival_depth/" + name});
            INFO(r.err);
            REQUIRE(r.status == 0);
        }
    }
};

Depth& depth() {
    static Depth d;
    return d;
}

QJsonObject km(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", depth().db, "km", "--endpoint", "OS"});
    const CliResult r = runCli(args);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return r.json().object();
}

std::vector<std::vector<std::string>> reference(const std::string& prefix) {
    return referenceLines("survival_depth_reference.txt", prefix);
}

std::vector<double> numbers(const std::string& text) { return referenceNumbers(text); }

QJsonObject group(const QJsonObject& doc, const std::string& name) {
    for (const auto& g : doc["groups"].toArray())
        if (g.toObject()["name"].toString().toStdString() == name) return g.toObject();
    FAIL("no group " << name);
    return {};
}

// `study`: the reference's name of the data set; `id`: its study id in the store.
void checkRmst(const std::string& study, const std::string& id, const std::string& ref, double tau) {
    const QJsonObject doc = km({"--study", id, "--ref", ref, "--rmst", std::to_string(static_cast<int>(tau))});
    // "<study> rmst | GROUP | tau estimate se"
    for (const auto& r : reference(study + " rmst")) {
        const auto want = numbers(r[1]);
        if (want[0] != tau) continue;
        INFO(study << " " << r[0] << " tau " << tau);
        const QJsonObject rmst = group(doc, r[0])["rmst"].toObject();
        CHECK(rmst["tau"].toDouble() == tau);
        CHECK_THAT(rmst["estimate"].toDouble(), WithinRel(want[1], 1e-9));
        CHECK_THAT(rmst["se"].toDouble(), WithinRel(want[2], 1e-9));
    }
    // "<study> rmst_diff | GROUP | diff lower upper p ratio ratio_lower ratio_upper" (the first block is
    // the first tau printed)
    std::map<std::string, QJsonObject> diffs;
    for (const auto& d : doc["rmst_diff"].toArray())
        diffs[d.toObject()["group"].toString().toStdString()] = d.toObject();
    int matched = 0;
    for (const auto& r : reference(study + " rmst_diff")) {
        const auto want = numbers(r[1]);
        REQUIRE(diffs.count(r[0]) == 1);
        const QJsonObject d = diffs[r[0]];
        if (std::abs(d["diff"].toDouble() - want[0]) > 1e-6 * std::abs(want[0])) continue;  // another tau's line
        ++matched;
        CHECK(d["reference"].toString().toStdString() == ref);
        CHECK_THAT(d["lower"].toDouble(), WithinRel(want[1], 1e-9));
        CHECK_THAT(d["upper"].toDouble(), WithinRel(want[2], 1e-9));
        CHECK_THAT(d["p"].toDouble(), WithinRel(want[3], 1e-9));
        CHECK_THAT(d["ratio"].toDouble(), WithinRel(want[4], 1e-9));
        CHECK_THAT(d["ratio_lower"].toDouble(), WithinRel(want[5], 1e-9));
        CHECK_THAT(d["ratio_upper"].toDouble(), WithinRel(want[6], 1e-9));
    }
    CHECK(matched == static_cast<int>(diffs.size()));
}

}  // namespace

TEST_CASE("cli km --rmst: RMST per arm and contrasts as survfit and survRM2", "[cli][survival]") {
    checkRmst("veteran", "VET", "Standard", 365);
    checkRmst("veteran", "VET", "Standard", 2000);  // tau beyond the last time
    checkRmst("colon", "COL", "Obs", 1825);         // three arms
}

TEST_CASE("cli km --pairwise: pairwise log-rank with each p.adjust method", "[cli][survival]") {
    for (const char* method : {"holm", "bh", "bonferroni", "none"}) {
        INFO(method);
        const QJsonObject doc = km({"--study", "COL", "--pairwise", method});
        std::map<std::pair<std::string, std::string>, QJsonObject> pairs;
        for (const auto& p : doc["pairwise"].toArray()) {
            const QJsonObject o = p.toObject();
            std::string a = o["a"].toString().toStdString(), b = o["b"].toString().toStdString();
            if (b < a) std::swap(a, b);
            pairs[{a, b}] = o;
        }
        REQUIRE(pairs.size() == 3);
        for (const auto& r : reference(std::string("colon pairwise ") + method)) {
            std::string a = r[0], b = r[1];
            if (b < a) std::swap(a, b);
            const auto want = numbers(r[2]);
            const QJsonObject o = pairs.at({a, b});
            CHECK_THAT(o["chisq"].toDouble(), WithinRel(want[0], 1e-9));
            CHECK_THAT(o["p"].toDouble(), WithinRel(want[1], 1e-9));
            CHECK_THAT(o["p_adjusted"].toDouble(), WithinRel(want[2], 1e-9));
        }
    }
}

TEST_CASE("cli km --rho and --strata: Fleming-Harrington and stratified tests", "[cli][survival]") {
    for (const auto& r : reference("veteran rho")) {
        const auto want = numbers(r[0]);
        const QJsonObject doc = km({"--study", "VET", "--rho", r[0].substr(0, r[0].find(' '))});
        const QJsonObject lr = doc["logrank"].toObject();
        CHECK(lr["rho"].toDouble() == want[0]);
        CHECK(lr["gamma"].toDouble() == 0);
        CHECK_THAT(lr["chisq"].toDouble(), WithinRel(want[1], 1e-9));
    }
    const QJsonObject doc = km({"--study", "VET", "--strata", "CELLTYPE"});
    const QJsonObject lr = doc["logrank"].toObject();
    CHECK(lr["strata"].toString() == "CELLTYPE");
    CHECK_THAT(lr["chisq"].toDouble(), WithinRel(numbers(reference("veteran strata_logrank")[0][0])[0], 1e-9));
    const auto cox = numbers(reference("veteran strata_cox")[0][0]);  // HR lower upper p
    const QJsonObject term = doc["cox"].toObject()["terms"].toArray()[0].toObject();
    CHECK_THAT(term["hr"].toDouble(), WithinRel(cox[0], 1e-6));
    CHECK_THAT(term["lower"].toDouble(), WithinRel(cox[1], 1e-6));
    CHECK_THAT(term["upper"].toDouble(), WithinRel(cox[2], 1e-6));
    CHECK_THAT(term["p"].toDouble(), WithinRel(cox[3], 1e-6));
    // Usage errors name the option; an unknown stratum variable names the study.
    const CliResult bad = runCli({"--db", depth().db, "km", "--study", "VET", "--pairwise", "tukey"});
    CHECK(bad.status != 0);
    CHECK(bad.err.find("--pairwise: expected holm, bh, bonferroni or none") != std::string::npos);
    const CliResult unknown = runCli({"--db", depth().db, "km", "--study", "VET", "--strata", "NOPE"});
    CHECK(unknown.status != 0);
    CHECK(unknown.err.find("no ADSL variable NOPE") != std::string::npos);
}

TEST_CASE("cli km --ph-test: cox.zph global and per-term tests", "[cli][survival]") {
    // R: cox.zph(coxph(Surv(time, status) ~ arm [+ strata(celltype)]), transform = "km")$table
    const auto same = [](const QJsonObject& t, const std::vector<double>& want) {
        CHECK_THAT(t["chisq"].toDouble(), WithinRel(want[0], 1e-9));
        CHECK(t["df"].toInt() == want[1]);
        CHECK_THAT(t["p"].toDouble(), WithinRel(want[2], 1e-9));
    };
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases{
        {"veteran", {"--study", "VET", "--ph-test"}},
        {"veteran_strata", {"--study", "VET", "--ph-test", "--strata", "CELLTYPE"}},
        {"colon", {"--study", "COL", "--ph-test"}}};
    for (const auto& [label, args] : cases) {
        INFO(label);
        const QJsonObject z = km(args)["ph_test"].toObject();
        same(z["global"].toObject(), numbers(reference(label + " zph | GLOBAL")[0][0]));
        const QJsonObject term = z["terms"].toArray()[0].toObject();
        CHECK(term["term"].toString() == "TRT01A");
        same(term, numbers(reference(label + " zph | arm")[0][0]));
    }
    // Without --ph-test the document has no ph_test; with one group it is null.
    CHECK_FALSE(km({"--study", "VET"}).contains("ph_test"));
    const QJsonObject one = km({"--study", "VET", "--by", "STUDYID", "--ph-test"});
    REQUIRE(one.contains("ph_test"));
    CHECK(one["ph_test"].isNull());
}
