// trialscope-cli end to end on the CDISC pilot: import the CSV folder into a temporary store, then
// studies / km / labs / ae / delete, checked against R (tests/reference/cdisc_km_reference.txt and
// cdisc_labs_ae_reference.txt).
#include <catch2/catch.hpp>

#include "cli_runner.h"

using namespace ts::test;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

// The store is imported once for the whole executable.
struct Pilot {
    ScratchDir dir;
    std::string db = (dir.path() / "t.db").string();
    CliResult imported = runCli({"--db", db, "import", cdiscCsvFolder(dir).string()});
};

Pilot& pilot() {
    static Pilot p;
    return p;
}

QJsonObject run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", pilot().db});
    const CliResult r = runCli(args);
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    return r.json().object();
}

QJsonObject group(const QJsonObject& doc, const QString& name) {
    for (const auto& g : doc["groups"].toArray())
        if (g.toObject()["name"].toString() == name) return g.toObject();
    FAIL("no group " << name.toStdString());
    return {};
}

}  // namespace

TEST_CASE("cli import reports what it stored", "[cli]") {
    const auto& r = pilot().imported;
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto s = r.json().object()["imported"].toArray().at(0).toObject();
    CHECK(s["study"].toString() == "CDISCPILOT01");
    CHECK(s["subjects"].toInt() == 306);
    CHECK(s["tte_records"].toInt() == 512);
    CHECK(s["ae_records"].toInt() == 1191);
    CHECK(s["lab_records"].toInt() > 20000);
    CHECK(s["aggregate_rows"].toInt() == 0);
    CHECK(s["warnings"].isArray());
}

TEST_CASE("cli studies lists the pilot", "[cli]") {
    const auto r = runCli({"--db", pilot().db, "studies"});
    REQUIRE(r.status == 0);
    const auto list = r.json().array();
    REQUIRE(list.size() == 1);
    const auto s = list.at(0).toObject();
    CHECK(s["study"].toString() == "CDISCPILOT01");
    CHECK(s["subjects"].toInt() == 306);
    CHECK(s["endpoints"].toArray().contains("OS"));
    CHECK(s["lab_params"].toArray().contains("ALT"));
    CHECK(s["ae_records"].toInt() == 1191);
    CHECK(s["provenance"].toString() == "original");
    for (const char* key : {"title", "citation", "doi", "registry", "arms", "populations"}) CHECK(s.contains(key));
}

TEST_CASE("cli km on OS by TRT01A equals R", "[cli]") {
    for (const std::string ties : {"efron", "breslow"}) {
        const auto d = run({"km", "--study", "CDISCPILOT01", "--endpoint", "OS", "--by", "TRT01A", "--times",
                            "30,60,90", "--ties", ties});
        CHECK(d["by"].toString() == "TRT01A");
        CHECK(d["time_unit"].toString() == "days");
        CHECK(d["conf_type"].toString() == "log");
        CHECK(d["conf_level"].toDouble() == 0.95);
        REQUIRE(d["groups"].toArray().size() == 3);
        // R: summary(survfit(Surv(AVAL, CNSR == 0) ~ TRT01A, os))$table -- no median is reached
        const auto pbo = group(d, "Placebo");
        CHECK(pbo["n"].toInt() == 86);
        CHECK(pbo["events"].toInt() == 2);
        CHECK(pbo["median"].isNull());
        CHECK(pbo["median_lower"].isNull());
        CHECK(pbo["note"].toString().contains("not reached"));
        // R: summary(fit, times = c(30, 60, 90), extend = TRUE)
        const auto at = pbo["at"].toArray();
        REQUIRE(at.size() == 3);
        CHECK_THAT(at[1].toObject()["surv"].toDouble(), WithinRel(0.988235294117647, 1e-9));
        CHECK_THAT(at[1].toObject()["lower"].toDouble(), WithinRel(0.96557673456302, 1e-9));
        CHECK(at[1].toObject()["upper"].toDouble() == 1.0);
        CHECK(at[1].toObject()["n_risk"].toInt() == 73);
        const auto low = group(d, "Xanomeline Low Dose")["at"].toArray()[2].toObject();
        CHECK_THAT(low["surv"].toDouble(), WithinRel(0.982456140350877, 1e-9));
        CHECK_THAT(low["lower"].toDouble(), WithinRel(0.948958165960271, 1e-9));
        CHECK(low["n_risk"].toInt() == 45);
        CHECK(group(d, "Xanomeline High Dose")["at"].toArray()[2].toObject()["n_risk"].toInt() == 40);
        CHECK_FALSE(pbo["steps"].toArray().isEmpty());
        // R: survdiff(Surv(AVAL, CNSR == 0) ~ TRT01A, os)
        const auto lr = d["logrank"].toObject();
        CHECK_THAT(lr["chisq"].toDouble(), WithinRel(1.30210208700386, 1e-9));
        CHECK(lr["df"].toInt() == 2);
        CHECK_THAT(lr["p"].toDouble(), WithinRel(0.521497372188656, 1e-9));
        // R: summary(coxph(Surv(AVAL, CNSR == 0) ~ TRT01A, os, ties = ties)); High Dose has no events
        const auto cox = d["cox"].toObject();
        CHECK(cox["ties"].toString().toStdString() == ties);
        CHECK(cox["reference"].toString() == "Placebo");
        const auto terms = cox["terms"].toArray();
        REQUIRE(terms.size() == 2);
        // Terms in arm order (Low, then High Dose); R lists them alphabetically.
        const auto high = terms[1].toObject();
        CHECK(high["group"].toString() == "Xanomeline High Dose");
        CHECK(high["hr"].isNull());
        CHECK(high["upper"].isNull());
        CHECK(high["note"].toString().contains("infinite"));
        const auto lowCox = terms[0].toObject();
        CHECK_THAT(lowCox["hr"].toDouble(), WithinRel(0.703498356196191, 1e-6));
        CHECK_THAT(lowCox["lower"].toDouble(), WithinRel(0.0617147115835434, 1e-6));
        CHECK_THAT(lowCox["upper"].toDouble(), WithinRel(8.01931864334782, 1e-6));
        CHECK_THAT(lowCox["p"].toDouble(), WithinRel(0.77698579759808, 1e-6));
        CHECK_THAT(cox["lr_p"].toDouble(), WithinRel(0.352009637127163, 1e-6));
        CHECK_THAT(cox["score_p"].toDouble(), WithinRel(0.521497372188657, 1e-6));
        CHECK_THAT(cox["wald_p"].toDouble(), WithinRel(0.960678201100101, 1e-6));
    }
}

TEST_CASE("cli km options: default by, automatic times, landmark, population", "[cli]") {
    const auto d = run({"km", "--study", "CDISCPILOT01", "--endpoint", "OS", "--conf-type", "log-log", "--conf-level",
                        "0.9", "--landmark", "60", "--population", "SAFFL", "--ref", "Xanomeline Low Dose"});
    CHECK(d["by"].toString() == "TRT01A");
    CHECK(d["conf_type"].toString() == "log-log");
    CHECK(d["cox"].toObject()["reference"].toString() == "Xanomeline Low Dose");
    const auto at = group(d, "Placebo")["at"].toArray();
    REQUIRE(at.size() >= 5);
    CHECK(at[0].toObject()["time"].toDouble() == 0.0);
    const auto lm = d["landmark"].toObject();
    CHECK(lm["time"].toDouble() == 60.0);
    CHECK(lm["before"].toObject()["groups"].toArray().size() == 3);
    CHECK(lm["after"].toObject().contains("cox"));
}

TEST_CASE("cli labs: ALT by TRT01A equals R at week 2", "[cli]") {
    const auto d = run({"labs", "--study", "CDISCPILOT01", "--param", "ALT", "--by", "TRT01A"});
    CHECK(d["unit"].toString() == "U/L");
    CHECK(d["summary"].toString() == "mean-sd");
    auto week2 = [&](const QJsonObject& doc, const QString& name) {
        for (const auto& p : group(doc, name)["points"].toArray())
            if (p.toObject()["visit"].toString() == "Week 2") return p.toObject();
        FAIL("no Week 2");
        return QJsonObject();
    };
    // R (tests/reference/cdisc_labs_ae_reference.R): mean, sd of AVAL at AVISIT "Week 2" by TRT01A
    // over ANL01FL == "Y" records without DTYPE; anova(lm(AVAL ~ TRT01A))
    const auto p = week2(d, "Placebo");
    CHECK(p["n"].toInt() == 82);
    CHECK_THAT(p["center"].toDouble(), WithinRel(18.0487804878049, 1e-12));
    CHECK_THAT(p["upper"].toDouble(), WithinRel(18.0487804878049 + 12.593259454153, 1e-12));
    CHECK_THAT(p["p"].toDouble(), WithinRel(0.127242371705195, 1e-9));
    CHECK(week2(d, "Xanomeline High Dose")["n"].toInt() == 70);
    const auto c = run({"labs", "--study", "CDISCPILOT01", "--param", "ALT", "--change", "--summary", "median-iqr"});
    CHECK(c["scale"].toString() == "change");
    // R: tapply(CHG, TRT01A, median) at week 2
    CHECK(week2(c, "Placebo")["center"].toDouble() == -1.0);
    CHECK(week2(c, "Xanomeline Low Dose")["center"].toDouble() == 3.0);
    const auto pc = run({"labs", "--study", "CDISCPILOT01", "--param", "ALT", "--percent-change"});
    CHECK(pc["scale"].toString() == "percent-change");
}

TEST_CASE("cli ae: treatment-emergent events in the safety population equal R", "[cli]") {
    const auto d = run({"ae", "--study", "CDISCPILOT01", "--population", "SAFFL"});
    const auto groups = d["groups"].toArray();
    REQUIRE(groups.size() == 3);
    // R: table(adsl$TRT01A[adsl$SAFFL == "Y"]); unique subjects / events with TRTEMFL == "Y".
    // R's order is alphabetical (Placebo, High, Low Dose); the groups are Placebo, Low, High Dose.
    CHECK(groups[0].toObject()["n"].toInt() == 86);
    CHECK(groups[1].toObject()["n"].toInt() == 96);
    const auto totals = d["totals"].toArray();
    CHECK(totals[0].toObject()["subjects"].toInt() == 65);
    CHECK(totals[2].toObject()["events"].toInt() == 414);
    CHECK(totals[1].toObject()["subjects"].toInt() == 84);
    QJsonObject sb;
    for (const auto& r : d["rows"].toArray())
        if (r.toObject()["term"].toString() == "SINUS BRADYCARDIA") sb = r.toObject();
    REQUIRE_FALSE(sb.isEmpty());
    CHECK(sb["soc"].toString() == "CARDIAC DISORDERS");
    const auto counts = sb["counts"].toArray();
    CHECK(counts[2].toObject()["subjects"].toInt() == 8);
    CHECK_THAT(counts[2].toObject()["percent"].toDouble(), WithinRel(100.0 * 8 / 72, 1e-12));
    // R: chisq.test(rbind(c(2, 8, 7), c(86, 72, 96) - c(2, 8, 7)))$p.value
    CHECK_THAT(sb["p"].toDouble(), WithinRel(0.08491003503779, 1e-9));
    const auto soc = run({"ae", "--study", "CDISCPILOT01", "--level", "soc", "--grade"});
    CHECK(soc["level"].toString() == "soc");
    CHECK(soc["rows"].toArray().at(0).toObject()["term"].toString().isEmpty());
    CHECK(soc["rows"].toArray().at(0).toObject()["grade"].isDouble());
}

TEST_CASE("cli delete removes the study", "[cli]") {
    ScratchDir dir;
    const std::string db = (dir.path() / "d.db").string();
    REQUIRE(runCli({"--db", db, "import", cdiscCsvFolder(dir).string()}).status == 0);
    const auto r = runCli({"--db", db, "delete", "CDISCPILOT01"});
    REQUIRE(r.status == 0);
    CHECK(r.json().object()["deleted"].toString() == "CDISCPILOT01");
    CHECK(runCli({"--db", db, "studies"}).json().array().isEmpty());
    const auto again = runCli({"--db", db, "delete", "CDISCPILOT01"});
    CHECK(again.status == 1);
    CHECK(again.err.find("no study CDISCPILOT01") != std::string::npos);
}
