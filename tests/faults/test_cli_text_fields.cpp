// SQL metacharacters, quotes, non-ASCII and very long strings in every text field are stored and
// shown verbatim and do nothing else: loaded back through the store, printed by the CLI's JSON,
// and study ids that look like LIKE patterns or SQL delete only themselves.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli_process.h"
#include "core/io/study_importer.h"
#include "core/store/store.h"
#include "study_folder.h"
#include "tests/scratch_dir.h"

namespace fs = std::filesystem;
using namespace ts::fault;
using ts::test::ScratchDir;

namespace {

const std::vector<std::string> hostile{
    "Robert'); DROP TABLE study;--",    "\" OR 1=1; DELETE FROM subject WHERE ''='",
    "100% _under_ \\back\\ [x] *?",     "caf\xC3\xA9 \xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x98\x80",
    "comma, \"quoted\"\nand a newline", std::string(100000, 'L') + "'\"",
};

std::string csvField(const std::string& s) {
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

// The JSON literal of s, quotes included.
std::string jsonLiteral(const std::string& s) {
    const auto a = QJsonDocument(QJsonArray{QString::fromStdString(s)}).toJson(QJsonDocument::Compact).toStdString();
    return a.substr(1, a.size() - 2);  // ["..."] -> "..."
}

// A study whose every text field is hostile[k] (k = 0..5 spread over the fields): study.json, the
// four ADaM domains and a published AE-count table.
fs::path writeHostileStudy(const fs::path& folder, const std::string& id) {
    fs::create_directories(folder);
    auto h = [](int k) { return hostile[k % hostile.size()]; };
    auto js = jsonLiteral;
    writeBytes(folder / "study.json", "{\"id\": " + js(id) + ", \"title\": " + js(h(0)) +
                                          ", \"citation\": " + js(h(5)) + ", \"doi\": " + js(h(1)) +
                                          ", \"registry\": " + js(h(2)) + ", \"design\": " + js(h(3)) +
                                          ", \"population\": " + js(h(4)) + ", \"notes\": " + js(h(5)) + "}");
    std::string adsl = "STUDYID,USUBJID,TRT01A,RACE\n", adtte = "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\n";
    std::string adlb = "STUDYID,USUBJID,PARAMCD,PARAM,AVISIT,AVISITN,AVAL,AVALU\n";
    std::string adae = "STUDYID,USUBJID,AEBODSYS,AEDECOD,AESEV,AEREL\n";
    for (int k = 0; k < 6; ++k) {
        const std::string s = csvField(id), u = csvField(h(k));
        adsl += s + "," + u + "," + csvField(h(k + 1)) + "," + csvField(h(k + 2)) + "\n";
        adtte += s + "," + u + "," + csvField("P" + h(3)) + "," + csvField(h(0)) + "," + std::to_string(k + 1) + ",0\n";
        adlb += s + "," + u + "," + csvField("L" + h(3)) + "," + csvField(h(1)) + "," + csvField(h(k)) + "," +
                std::to_string(k) + ",1.5," + csvField(h(2)) + "\n";
        adae += s + "," + u + "," + csvField(h(k + 3)) + "," + csvField(h(k + 4)) + "," + csvField(h(k + 5)) + "," +
                csvField(h(k)) + "\n";
    }
    writeBytes(folder / "adsl.csv", adsl);
    writeBytes(folder / "adtte.csv", adtte);
    writeBytes(folder / "adlb.csv", adlb);
    writeBytes(folder / "adae.csv", adae);
    std::string counts = "arm,soc,term,related,subjects,source\n";
    for (int k = 0; k < 6; ++k)
        counts += csvField(h(k)) + "," + csvField(h(k + 1)) + "," + csvField(h(k + 2)) + "," + csvField(h(k + 3)) +
                  ",3," + csvField(h(k + 4)) + "\n";
    fs::create_directories(folder / "aggregates");
    writeBytes(folder / "aggregates" / "ae_counts.csv", counts);
    return folder;
}

QJsonDocument cliJson(const std::vector<std::string>& args) {
    const auto r = runCli(args);
    INFO(r.err.substr(0, 300));
    REQUIRE(r.status == 0);
    QJsonParseError err{};
    auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(r.out), &err);
    REQUIRE(err.error == QJsonParseError::NoError);
    return doc;
}

std::string str(const QJsonValue& v) { return v.toString().toStdString(); }

}  // namespace

TEST_CASE("hostile text in every field is stored verbatim", "[faults][text]") {
    ScratchDir dir;
    const std::string id = hostile[0];
    ts::Store store = ts::Store::open(dir.path() / "t.db");
    ts::importPath(store, writeHostileStudy(dir.path() / "H", id));
    auto d = store.loadStudy(id);
    REQUIRE(d);
    CHECK(d->info.title == hostile[0]);
    CHECK(d->info.citation == hostile[5]);
    CHECK(d->info.doi == hostile[1]);
    CHECK(d->info.registry == hostile[2]);
    CHECK(d->info.design == hostile[3]);
    CHECK(d->info.population == hostile[4]);
    CHECK(d->info.notes == hostile[5]);
    REQUIRE(d->subjects.size() == 6);
    REQUIRE(d->tte.size() == 6);
    REQUIRE(d->labs.size() == 6);
    REQUIRE(d->aes.size() == 6);
    for (int k = 0; k < 6; ++k) {
        auto s = std::find_if(d->subjects.begin(), d->subjects.end(),
                              [&](const auto& x) { return x.usubjid == hostile[k]; });
        REQUIRE(s != d->subjects.end());
        CHECK(*s->var("TRT01A") == hostile[(k + 1) % 6]);
        CHECK(*s->var("RACE") == hostile[(k + 2) % 6]);
        auto a = std::find_if(d->aes.begin(), d->aes.end(), [&](const auto& x) { return x.usubjid == hostile[k]; });
        REQUIRE(a != d->aes.end());
        CHECK(a->bodsys == hostile[(k + 3) % 6]);
        CHECK(a->decod == hostile[(k + 4) % 6]);
        CHECK(a->severity == hostile[(k + 5) % 6]);
        CHECK(a->related == hostile[k]);
        auto l = std::find_if(d->labs.begin(), d->labs.end(), [&](const auto& x) { return x.usubjid == hostile[k]; });
        REQUIRE(l != d->labs.end());
        CHECK(l->avisit == hostile[k]);
        CHECK(l->param == hostile[1]);
        CHECK(l->unit == hostile[2]);
    }
    REQUIRE(d->aeCounts.size() == 6);
    for (int k = 0; k < 6; ++k) {
        const auto& c = d->aeCounts[k];
        CHECK(c.arm == hostile[k]);
        CHECK(c.soc == hostile[(k + 1) % 6]);
        CHECK(c.term == hostile[(k + 2) % 6]);
        CHECK(c.related == hostile[(k + 3) % 6]);
        CHECK(c.source == hostile[(k + 4) % 6]);
    }
    CHECK(d->tte[0].paramcd == "P" + hostile[3]);
    CHECK(d->tte[0].param == hostile[0]);
    // The schema is still there and still works: a second study goes in and out.
    writeGoodStudy(dir.path() / "S1");
    ts::importPath(store, dir.path() / "S1");
    CHECK(store.studies().size() == 2);
}

TEST_CASE("hostile text comes out of the CLI JSON verbatim", "[faults][text]") {
    ScratchDir dir;
    const std::string db = (dir.path() / "t.db").string(), id = hostile[1];
    REQUIRE(runCli({"--db", db, "import", writeHostileStudy(dir.path() / "H", id).string()}).status == 0);
    const auto studies = cliJson({"--db", db, "studies"}).array();
    REQUIRE(studies.size() == 1);
    const auto s = studies[0].toObject();
    CHECK(str(s["study"]) == id);
    CHECK(str(s["title"]) == hostile[0]);
    CHECK(str(s["citation"]) == hostile[5]);
    CHECK(str(s["doi"]) == hostile[1]);
    CHECK(str(s["registry"]) == hostile[2]);
    const auto km = cliJson({"--db", db, "km", "--study", id, "--endpoint", "P" + hostile[3], "--by", "RACE"}).object();
    CHECK(str(km["endpoint_label"]) == hostile[0]);
    std::set<std::string> groups;
    for (const auto g : km["groups"].toArray()) groups.insert(str(g.toObject()["name"]));
    CHECK(groups == std::set<std::string>(hostile.begin(), hostile.end()));
    const auto ae = cliJson({"--db", db, "ae", "--study", id, "--level", "pt"}).object();
    std::set<std::string> terms;
    for (const auto r : ae["rows"].toArray()) terms.insert(str(r.toObject()["term"]));
    CHECK(terms == std::set<std::string>(hostile.begin(), hostile.end()));
}

TEST_CASE("study ids with LIKE and SQL metacharacters delete only themselves", "[faults][text]") {
    ScratchDir dir;
    const std::string db = (dir.path() / "t.db").string();
    for (const std::string id : {"A%", "AB", "A_", "A'--", "A"}) {
        const fs::path folder = dir.path() / ("S" + std::to_string(std::hash<std::string>{}(id)));
        writeGoodStudy(folder);
        writeBytes(folder / "study.json", "{\"id\": \"" + id + "\"}");
        REQUIRE(runCli({"--db", db, "import", folder.string()}).status == 0);
    }
    for (const std::string id : {"A%", "A_", "A'--"}) CHECK(runCli({"--db", db, "delete", id}).status == 0);
    std::set<std::string> left;
    for (const auto s : cliJson({"--db", db, "studies"}).array()) left.insert(str(s.toObject()["study"]));
    CHECK(left == std::set<std::string>{"A", "AB"});
}
