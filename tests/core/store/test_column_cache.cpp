// The packed columns (core/store/column_cache.h): what Store::survivalSlice hands out equals the
// columns made from the loaded study, the analysis on either is the same, and the store's other
// guarantees hold with them (VACUUM and backup copies keep every study readable, damage is an error).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sqlite3.h>

#include "core/analysis/adsl_variables.h"
#include "core/analysis/grouping.h"
#include "core/analysis/study_columns.h"
#include "core/analysis/survival_analysis.h"
#include "core/io/study_importer.h"
#include "core/report/report_json.h"
#include "core/store/store.h"
#include "slice_check.h"
#include "store_fixture.h"

using namespace ts;
using Catch::Matchers::Contains;
using test::FreshStore;
using test::ScratchDir;
using ts::test::sameColumns;

namespace {

void sql(const std::filesystem::path& file, const std::string& text) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, text.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

const std::vector<std::string> kVariables{"TRT01A", "ARM", "SEX", "SAFFL", "AGEGR1", "NOSUCHVAR"};

}  // namespace

TEST_CASE("packed columns equal the columns of the loaded study (CDISC pilot, sample trials)", "[store][columns]") {
    const FreshStore fresh(GENERATE(as<std::string>{}, "sqlite", "postgresql"));
    Store store = Store::open(fresh.location());
    std::vector<std::string> ids{importPath(store, TRIALSCOPE_PILOT_DIR).study};
    for (const char* folder : {"shi2021", "li2023", "qin2024", "jia2020"})
        ids.push_back(importPath(store, std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "sample_trials" / folder).study);
    for (const std::string& id : ids) {
        const StudyData loaded = *store.loadStudy(id);
        std::vector<std::string> endpoints{"NOSUCH"};
        for (const auto& e : survivalEndpoints(loaded)) endpoints.push_back(e.first);
        for (const std::string& endpoint : endpoints) {
            INFO(id << " " << endpoint);
            const auto packed = store.survivalSlice(id, endpoint, kVariables);
            REQUIRE(packed);
            sameColumns(*packed, survivalSlice(loaded, endpoint, kVariables));
        }
        // The overview reads only the levels at the head of each ADSL column.
        CHECK(store.overview(id)->adslLevels == overviewOf(loaded).adslLevels);
    }
    // The pilot's 306 USUBJIDs: the first kOverviewLevels of them, in ADSL order.
    const auto usubjid = store.overview(ids.front())->adslLevels.at("USUBJID");
    REQUIRE(usubjid.size() == kOverviewLevels);
    CHECK(usubjid.front() == store.loadStudy(ids.front())->subjects.front().usubjid);
    CHECK_FALSE(store.survivalSlice("NOSUCHSTUDY", "OS", kVariables));
}

TEST_CASE("a large endpoint is stored in time order, a stable permutation of its records", "[store][columns]") {
    const FreshStore fresh(GENERATE(as<std::string>{}, "sqlite", "postgresql"));
    Store store = Store::open(fresh.location());
    StudyData d;
    d.info.id = "LARGE";
    d.info.timeUnit = "days";
    for (int i = 0; i < 5000; ++i) {
        const std::string id = "S" + std::to_string(i);
        d.subjects.push_back({id, {{"ARM", i % 3 == 0 ? "A" : "B"}}});
        // Times repeat (i % 97) so that equal times must keep record order; a few records of
        // subjects not in ADSL.
        d.tte.push_back({i % 500 == 7 ? "X" + id : id, "OS", "Overall survival", static_cast<double>((i * 37) % 97),
                         i % 4, Provenance::Original});
    }
    store.importStudy(d);
    const auto packed = store.survivalSlice("LARGE", "OS", {"ARM"});
    const SurvivalSlice loaded = survivalSlice(d, "OS", {"ARM"});
    REQUIRE(packed->tte->aval.size() == loaded.tte->aval.size());
    std::vector<std::size_t> order(loaded.tte->aval.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return loaded.tte->aval[a] < loaded.tte->aval[b]; });
    for (std::size_t k = 0; k < order.size(); ++k) {
        INFO(k);
        REQUIRE(packed->tte->aval[k] == loaded.tte->aval[order[k]]);
        REQUIRE(packed->tte->subject[k] == loaded.tte->subject[order[k]]);
        REQUIRE(packed->tte->cnsr[k] == loaded.tte->cnsr[order[k]]);
    }
    SurvivalOptions o;
    o.endpoint = "OS";
    CHECK(survivalJson(analyseSurvival(*packed, o)) == survivalJson(analyseSurvival(d, o)));
}

TEST_CASE("km from the packed columns prints what km from the loaded study prints", "[store][columns]") {
    const FreshStore fresh(GENERATE(as<std::string>{}, "sqlite", "postgresql"));
    Store store = Store::open(fresh.location());
    const std::string id = importPath(store, TRIALSCOPE_PILOT_DIR).study;
    const StudyData loaded = *store.loadStudy(id);
    for (const auto& [by, population] : {std::pair{"", ""}, {"SEX", ""}, {"", "SAFFL"}, {"AGEGR1", "SAFFL"}}) {
        INFO(by << " / " << population);
        SurvivalOptions o;
        o.endpoint = "OS";
        o.by = by;
        o.population = population;
        o.landmark = 60.0;
        const auto slice = store.survivalSlice(id, "OS", groupingInputs(by, population));
        CHECK(survivalJson(analyseSurvival(*slice, o)) == survivalJson(analyseSurvival(loaded, o)));
    }
}

TEST_CASE("VACUUM and a backup copy keep every study readable (rowid ranges survive)", "[store][columns]") {
    ScratchDir dir;
    const auto file = dir.file("t.db");
    {
        Store store = Store::open(file);
        store.importStudy(test::sampleStudy("A"));
        store.importStudy(test::sampleStudy("B"));
        store.importStudy(test::sampleStudy("A"));  // A again: its old rows leave a gap below B's
        store.importStudy(test::sampleStudy("C"));
        REQUIRE(store.deleteStudy("B"));
    }
    sql(file, "VACUUM");
    const auto copy = dir.file("copy.db");
    sql(file, "VACUUM INTO '" + copy.string() + "'");
    for (const auto& path : {file, copy}) {
        INFO(path);
        Store store = Store::open(path);
        for (const char* id : {"A", "C"}) {
            const auto d = store.loadStudy(id);
            REQUIRE(d);
            const StudyData expected = test::sampleStudy(id);
            CHECK(d->subjects.size() == expected.subjects.size());
            CHECK(d->tte.size() == expected.tte.size());
            CHECK(d->labs.size() == expected.labs.size());
            CHECK(d->aes.size() == expected.aes.size());
            REQUIRE(d->subjects.size() == 2);
            CHECK(d->subjects[0].vars == expected.subjects[0].vars);
            CHECK(store.survivalSlice(id, "OS", {"TRT01A"})->tte->aval == std::vector<double>{12.5, 3.25});
        }
        CHECK_FALSE(store.loadStudy("B"));
    }
}

TEST_CASE("a damaged packed column is a one-line StoreError, never a wild read", "[store][columns]") {
    ScratchDir dir;
    const auto file = dir.file("t.db");
    { Store::open(file).importStudy(test::sampleStudy("A")); }
    for (const std::string& damage :
         {std::string("UPDATE column_cache SET data = x'5453433102000000' WHERE kind = 'tte'"),
          std::string("UPDATE column_cache SET rows = 99 WHERE kind = 'tte'"),
          std::string("UPDATE column_cache SET data = x'00' WHERE kind = 'adsl'"),
          std::string("UPDATE column_cache SET data = substr(data, 1, length(data) - 1) WHERE kind = 'adsl'")}) {
        INFO(damage);
        ScratchDir copyDir;
        const auto copy = copyDir.file("c.db");
        std::filesystem::copy_file(file, copy);
        sql(copy, damage);
        Store store = Store::open(copy);
        try {
            store.survivalSlice("A", "OS", {"TRT01A", "SAFFL"});
            FAIL("no error");
        } catch (const StoreError& e) {
            CHECK_THAT(e.what(), Contains(copy.string()) && Contains("corrupted") && Contains("study A"));
        }
    }
}

TEST_CASE("the overview lists ADSL levels longer than the head it reads first", "[store][columns]") {
    const FreshStore fresh(GENERATE(as<std::string>{}, "sqlite", "postgresql"));
    // 300 subjects, each with a value of 300 bytes: 256 levels take 77 KB, more than the 64 KiB head.
    StudyData d = test::sampleStudy("LONG");
    d.subjects.clear();
    for (int i = 0; i < 300; ++i) {
        const std::string id = "S" + std::to_string(i);
        d.subjects.push_back({id, {{"TRT01A", i % 2 ? "A" : "B"}, {"NOTE", id + std::string(300, 'x')}}});
    }
    Store store = Store::open(fresh.location());
    store.importStudy(d);
    const auto levels = store.overview("LONG")->adslLevels;
    REQUIRE(levels.at("NOTE").size() == kOverviewLevels);
    CHECK(levels.at("NOTE")[255] == "S255" + std::string(300, 'x'));
    CHECK(levels.at("TRT01A") == std::vector<std::string>{"B", "A"});
    CHECK(levels == overviewOf(*store.loadStudy("LONG")).adslLevels);
}

TEST_CASE("a damaged head of an ADSL column is a StoreError of the overview", "[store][columns]") {
    ScratchDir dir;
    const auto file = dir.file("t.db");
    { Store::open(file).importStudy(test::sampleStudy("A")); }
    sql(file, "UPDATE column_cache SET data = x'5453433105000000' WHERE kind = 'adsl' AND name = 'SAFFL'");
    Store store = Store::open(file);
    try {
        store.overview("A");
        FAIL("no error");
    } catch (const StoreError& e) {
        CHECK_THAT(e.what(), Contains("corrupted") && Contains("study A") && Contains("ADSL SAFFL"));
    }
}

TEST_CASE("a store whose schema version is negative is refused, unchanged", "[store]") {
    ScratchDir dir;
    const auto file = dir.file("t.db");
    sql(file, "PRAGMA application_id = 1414751025; PRAGMA user_version = -1; CREATE TABLE t(x)");
    const std::string before = test::readBytes(file);
    try {
        Store::open(file);
        FAIL("opened");
    } catch (const StoreError& e) {
        CHECK_THAT(e.what(), Contains(file.string()) && Contains("not a TrialScope store"));
    }
    CHECK(test::readBytes(file) == before);
}
