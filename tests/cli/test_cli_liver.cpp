// trialscope-cli liver and shift on the CDISC pilot against R: every subject's peaks, days, R ratio,
// pattern and quadrant, the quadrant counts per arm (eDISH and mDISH), and shift tables, as printed by
//   Rscript tests/reference/cdisc_liver_reference.R <pilot folder>
// into tests/reference/cdisc_liver_reference.txt.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "cli_runner.h"
#include "reference_lines.h"

using namespace ts::test;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

struct Store {
    ScratchDir dir;
    std::string db = (dir.path() / "t.db").string();
    CliResult imported = runCli({"--db", db, "import", cdiscCsvFolder(dir).string()});
};

Store& store() {
    static Store s;
    return s;
}

QJsonObject run(std::vector<std::string> args) {
    REQUIRE(store().imported.status == 0);
    args.insert(args.begin(), {"--db", store().db});
    const CliResult r = runCli(args);
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    return r.json().object();
}

std::vector<std::vector<std::string>> reference(const std::string& prefix) {
    return referenceLines("cdisc_liver_reference.txt", prefix);
}

std::vector<double> numbers(const std::string& text) { return referenceNumbers(text); }

void checkAgainstR(const std::string& label, const QJsonObject& doc) {
    // "<label> group ARM | n normal hyperbilirubinemia temple hys_law"
    const auto groups = doc["groups"].toArray();
    const auto refGroups = reference(label + " group");
    REQUIRE(groups.size() == static_cast<int>(refGroups.size()));
    for (int k = 0; k < groups.size(); ++k) {
        const QJsonObject g = groups[k].toObject();
        const auto want = numbers(refGroups[k][1]);
        CHECK(g["name"].toString().toStdString() == refGroups[k][0]);
        CHECK(g["n"].toInt() == want[0]);
        const QJsonObject q = g["quadrants"].toObject();
        CHECK(q["normal"].toInt() == want[1]);
        CHECK(q["hyperbilirubinemia"].toInt() == want[2]);
        CHECK(q["temple"].toInt() == want[3]);
        CHECK(q["hys_law"].toInt() == want[4]);
    }
    // "<label> subject ID | ARM | x xday y yday alp r pattern quadrant"
    std::map<std::string, QJsonObject> subjects;
    for (const auto& s : doc["subjects"].toArray())
        subjects[s.toObject()["usubjid"].toString().toStdString()] = s.toObject();
    const auto refSubjects = reference(label + " subject");
    CHECK(subjects.size() == refSubjects.size());
    for (const auto& ref : refSubjects) {
        INFO(label << " " << ref[0]);
        REQUIRE(subjects.count(ref[0]) == 1);
        const QJsonObject s = subjects[ref[0]];
        CHECK(s["group"].toString().toStdString() == ref[1]);
        std::istringstream in(ref[2]);
        std::string x, xday, y, yday, alp, r, pattern, quadrant;
        in >> x >> xday >> y >> yday >> alp >> r >> pattern >> quadrant;
        CHECK_THAT(s["x_peak"].toDouble(), WithinRel(std::stod(x), 1e-12));
        CHECK(s["x_peak_day"].toDouble() == std::stod(xday));
        CHECK_THAT(s["y_peak"].toDouble(), WithinRel(std::stod(y), 1e-12));
        CHECK(s["y_peak_day"].toDouble() == std::stod(yday));
        if (alp == "NA") CHECK(s["alp_peak"].isNull());
        else CHECK_THAT(s["alp_peak"].toDouble(), WithinRel(std::stod(alp), 1e-12));
        if (r == "NA") CHECK(s["r_ratio"].isNull());
        else CHECK_THAT(s["r_ratio"].toDouble(), WithinRel(std::stod(r), 1e-12));
        CHECK((s["pattern"].isNull() ? std::string("null") : s["pattern"].toString().toStdString()) == pattern);
        CHECK(s["quadrant"].toString().toStdString() == quadrant);
    }
}

}  // namespace

TEST_CASE("cli liver: eDISH peaks and quadrants of the pilot match R", "[cli][liver]") {
    const QJsonObject doc = run({"liver", "--study", "CDISCPILOT01"});
    CHECK(doc["x"].toString() == "ALT");
    CHECK(doc["y"].toString() == "BILI");
    CHECK(doc["reference"].toString() == "uln");
    CHECK(doc["cuts"].toObject()["x"].toDouble() == 3);
    CHECK(doc["cuts"].toObject()["y"].toDouble() == 2);
    CHECK(doc["note"].toString().contains("60 subjects"));
    checkAgainstR("edish", doc);
}

TEST_CASE("cli liver: mDISH (multiples of baseline) of the pilot matches R", "[cli][liver]") {
    const QJsonObject doc = run({"liver", "--study", "CDISCPILOT01", "--reference", "baseline"});
    CHECK(doc["reference"].toString() == "baseline");
    CHECK(doc["cuts"].toObject()["x"].toDouble() == 3.8);
    CHECK(doc["cuts"].toObject()["y"].toDouble() == 4.8);
    checkAgainstR("mdish", doc);
}

TEST_CASE("cli liver: AST, the larger of ALT and AST, and cut-offs", "[cli][liver]") {
    const QJsonObject alt = run({"liver", "--study", "CDISCPILOT01"});
    const QJsonObject ast = run({"liver", "--study", "CDISCPILOT01", "--x", "ast"});
    const QJsonObject max = run({"liver", "--study", "CDISCPILOT01", "--x", "max", "--x-cut", "1", "--y-cut", "1"});
    CHECK(ast["x"].toString() == "AST");
    CHECK(max["x"].toString() == "max(ALT,AST)");
    std::map<QString, double> a, b;
    for (const auto& s : alt["subjects"].toArray())
        a[s.toObject()["usubjid"].toString()] = s.toObject()["x_peak"].toDouble();
    for (const auto& s : ast["subjects"].toArray())
        b[s.toObject()["usubjid"].toString()] = s.toObject()["x_peak"].toDouble();
    int normal = 0;
    for (const auto& v : max["subjects"].toArray()) {
        const QJsonObject s = v.toObject();
        const QString id = s["usubjid"].toString();
        const double want = std::max(a.count(id) ? a[id] : 0.0, b.count(id) ? b[id] : 0.0);
        CHECK_THAT(s["x_peak"].toDouble(), WithinRel(want, 1e-12));
        const bool x = s["x_peak"].toDouble() >= 1, y = s["y_peak"].toDouble() >= 1;
        CHECK(s["quadrant"].toString() == (x ? (y ? "hys_law" : "temple") : (y ? "hyperbilirubinemia" : "normal")));
        normal += !x && !y;
    }
    CHECK(normal < max["subjects"].toArray().size());  // the lower cut-offs move subjects out of normal
}

TEST_CASE("cli shift: baseline against worst post-baseline of the pilot matches R", "[cli][liver]") {
    struct Case {
        const char* param;
        const char* direction;
        const char* scale;
    };
    for (const Case c : {Case{"ALT", "high", "range"}, Case{"BILI", "high", "grade"}, Case{"ALB", "low", "range"}}) {
        INFO(c.param << " " << c.direction << " " << c.scale);
        const QJsonObject doc = run(
            {"shift", "--study", "CDISCPILOT01", "--param", c.param, "--direction", c.direction, "--scale", c.scale});
        CHECK(doc["direction"].toString() == c.direction);
        CHECK(doc["scale"].toString() == c.scale);
        // "shift CODE DIR SCALE | ARM | BASELINE | WORST | n percent"
        const auto ref = reference(std::string("shift ") + c.param + " " + c.direction + " " + c.scale);
        const auto rows = doc["rows"].toArray();
        REQUIRE(rows.size() == static_cast<int>(ref.size()));
        for (int k = 0; k < rows.size(); ++k) {
            const QJsonObject row = rows[k].toObject();
            INFO(ref[k][0] << " " << ref[k][1] << " -> " << ref[k][2]);
            CHECK(row["group"].toString().toStdString() == ref[k][0]);
            CHECK(row["baseline"].toString().toStdString() == ref[k][1]);
            CHECK(row["worst"].toString().toStdString() == ref[k][2]);
            const auto want = numbers(ref[k][3]);
            CHECK(row["n"].toInt() == want[0]);
            if (want[1] < 0) CHECK(row["percent"].isNull());
            else CHECK_THAT(row["percent"].toDouble(), WithinAbs(want[1], 1e-9));
        }
    }
}

TEST_CASE("cli liver and shift refuse what they cannot answer", "[cli][liver]") {
    REQUIRE(store().imported.status == 0);
    auto fails = [](std::vector<std::string> args, const std::string& message) {
        args.insert(args.begin(), {"--db", store().db});
        const CliResult r = runCli(args);
        INFO(r.err);
        CHECK(r.status != 0);
        CHECK(r.err.find(message) != std::string::npos);
        CHECK(r.out.empty());
    };
    fails({"liver", "--study", "CDISCPILOT01", "--x-cut", "0"}, "--x-cut must be a positive multiple");
    fails({"liver", "--study", "CDISCPILOT01", "--x", "ggt"}, "--x: expected");
    fails({"liver", "--study", "CDISCPILOT01", "--bili", "NOPE"}, "has no subject-level lab parameter 'NOPE'");
    fails({"liver", "--study", "CDISCPILOT01", "--bili", "ALB", "--alt", "NOPE"}, "lab parameter 'NOPE'");
    fails({"shift", "--study", "CDISCPILOT01", "--param", "NOPE"}, "no subject-level records of lab parameter 'NOPE'");
    fails({"shift", "--study", "CDISCPILOT01", "--param", "ALB", "--direction", "up"},
          "--direction: expected high or low");
}

TEST_CASE("cli liver-event: time to the first ALT >= 1 x ULN of the pilot matches survfit", "[cli][liver]") {
    const QJsonObject doc =
        run({"liver-event", "--study", "CDISCPILOT01", "--param", "ALT", "--multiple", "1", "--times", "28,84,168"});
    CHECK(doc["endpoint"].toString() == "ALT_GE1ULN");
    CHECK(doc["time_unit"].toString() == "days");
    // "event ALT 1 | ARM | time n.risk surv" from summary(survfit(Surv(time, event) ~ TRT01A), times = ...)
    std::map<std::string, QJsonObject> groups;
    for (const auto& g : doc["groups"].toArray()) groups[g.toObject()["name"].toString().toStdString()] = g.toObject();
    int checked = 0;
    for (const auto& ref : reference("event ALT 1")) {
        if (ref[0].rfind("n_events", 0) == 0 || ref[0].rfind("logrank", 0) == 0) continue;
        const auto want = numbers(ref[1]);
        REQUIRE(groups.count(ref[0]) == 1);
        for (const auto& a : groups[ref[0]]["at"].toArray()) {
            const QJsonObject at = a.toObject();
            if (at["time"].toDouble() != want[0]) continue;
            INFO(ref[0] << " day " << want[0]);
            CHECK(at["n_risk"].toInt() == want[1]);
            CHECK_THAT(at["surv"].toDouble(), WithinRel(want[2], 1e-9));
            ++checked;
        }
    }
    CHECK(checked == 9);
    const auto chisq = numbers(reference("event ALT 1 logrank").at(0).at(0));
    CHECK_THAT(doc["logrank"].toObject()["chisq"].toDouble(), WithinRel(chisq[0], 1e-9));
}

TEST_CASE("cli profile: one subject's records", "[cli][liver]") {
    const QJsonObject doc = run({"profile", "--study", "CDISCPILOT01", "--subject", "01-705-1186"});
    CHECK(doc["group"].toString() == "Placebo");
    CHECK(doc["adsl"].toObject()["AGE"].toString() == "84");
    CHECK(doc["treatment"].toObject()["start"].toString() == doc["adsl"].toObject()["TRTSDT"].toString());
    int altPeak = 0;
    for (const auto& l : doc["labs"].toArray())
        altPeak += l.toObject()["param"].toString() == "ALT" && l.toObject()["day"].toDouble() == 22 &&
                   std::abs(l.toObject()["x_uln"].toDouble() - 3.34375) < 1e-12;
    CHECK(altPeak == 1);  // the eDISH peak (cdisc_liver_reference.txt: "edish subject 01-705-1186")
    REQUIRE_FALSE(doc["aes"].toArray().isEmpty());
    CHECK(doc["aes"].toArray()[0].toObject()["term"].toString() == "HYPERBILIRUBINAEMIA");
    const CliResult none = runCli({"--db", store().db, "profile", "--study", "CDISCPILOT01", "--subject", "X"});
    CHECK(none.status != 0);
    CHECK(none.err.find("no subject 'X'") != std::string::npos);
}

TEST_CASE("cli export: the Liver tab's shift and event panels are figures with their record", "[cli][liver][record]") {
    REQUIRE(store().imported.status == 0);
    const auto cli = [](std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", store().db});
        return runCli(args);
    };
    const auto slurp = [](const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    for (const std::vector<std::string>& panel :
         {std::vector<std::string>{"--panel", "event", "--event-param", "ALT", "--multiple", "1"},
          std::vector<std::string>{"--panel", "shift", "--shift-param", "BILI", "--direction", "high"}}) {
        INFO(panel[1]);
        const std::string first = (store().dir.path() / (panel[1] + ".svg")).string();
        std::vector<std::string> args{"export", "--study", "CDISCPILOT01", "--view", "edish", "--out", first};
        args.insert(args.end(), panel.begin(), panel.end());
        const CliResult made = cli(args);
        INFO(made.err);
        REQUIRE(made.status == 0);
        const std::string svg = slurp(first);
        if (panel[1] == "event") CHECK(svg.find("Time to first ALT \u2265 1 \u00d7 ULN") != std::string::npos);
        else CHECK(svg.find("shift from baseline to the worst post-baseline value") != std::string::npos);
        const CliResult record = cli({"inspect", first});
        REQUIRE(record.status == 0);
        const QJsonArray words = record.json().object()["arguments"].toArray();
        CHECK(words.contains(QString::fromStdString(panel[1])));
        CHECK(words.contains(QString::fromStdString(panel[3])));
        // export --from draws the same figure.
        const std::string again = (store().dir.path() / (panel[1] + "-again.svg")).string();
        const CliResult redrawn = cli({"export", "--from", first, "--out", again});
        INFO(redrawn.err);
        REQUIRE(redrawn.status == 0);
        CHECK(slurp(again) == svg);
    }
    const CliResult bad = cli({"export", "--study", "CDISCPILOT01", "--view", "edish", "--panel", "hys", "--out",
                               (store().dir.path() / "bad.svg").string()});
    CHECK(bad.status != 0);
    CHECK_THAT(bad.err, Catch::Contains("--panel: expected edish, shift or event, got hys"));
}
