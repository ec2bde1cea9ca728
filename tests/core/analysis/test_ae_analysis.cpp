// Service layer: analyseAdverseEvents on hand-made ADAE and on published counts
// (p-values in tests/reference/service_small_reference.txt).
#include <catch2/catch.hpp>

#include "core/analysis/ae_analysis.h"
#include "core/analysis/analysis_error.h"

using namespace ts;
using Catch::Matchers::WithinRel;

namespace {

// Arms A and B with 4 subjects each (plus B5 outside SAFFL). Nausea: A1 twice, A2, A3 (grade 1, 2);
// Rash: B1 (serious); an event not treatment-emergent in A4 and one of B5 (outside population).
StudyData aeStudy() {
    StudyData d;
    d.info.id = "AE";
    d.info.arms = {{"A", "Arm A", std::nullopt, "", ""}, {"B", "Arm B", std::nullopt, "", ""}};
    for (const char* arm : {"A", "B"})
        for (int k = 1; k <= 4; ++k)
            d.subjects.push_back({std::string(arm).append(std::to_string(k)), {{"TRT01A", arm}, {"SAFFL", "Y"}}});
    d.subjects.push_back({"B5", {{"TRT01A", "B"}, {"SAFFL", "N"}}});
    auto ae = [&](const char* id, const char* soc, const char* pt, int grade, const char* rel, bool serious, bool te) {
        d.aes.push_back({id, soc, pt, "", grade, rel, serious, te, Provenance::Original});
    };
    ae("A1", "GI", "Nausea", 1, "PROBABLE", false, true);
    ae("A1", "GI", "Nausea", 2, "NONE", false, true);
    ae("A2", "GI", "Nausea", 1, "", false, true);
    ae("A3", "GI", "Nausea", 2, "POSSIBLE", false, true);
    ae("B1", "Skin", "Rash", 3, "NONE", true, true);
    ae("A4", "Skin", "Rash", 1, "NONE", false, false);
    ae("B5", "Skin", "Rash", 1, "NONE", false, true);
    return d;
}

AeOptions safety() {
    AeOptions o;
    o.population = "SAFFL";
    return o;
}

}  // namespace

TEST_CASE("analyseAdverseEvents counts subjects and events per term", "[analysis]") {
    const auto r = analyseAdverseEvents(aeStudy(), safety());
    CHECK(r.by == "TRT01A");
    REQUIRE(r.groups.size() == 2);
    CHECK(r.groups[0].n == 4);
    CHECK(r.groups[0].subjects == 3);
    CHECK(r.groups[0].events == 4);
    CHECK(r.groups[1].subjects == 1);
    REQUIRE(r.rows.size() == 2);
    const auto& nausea = r.rows[0];
    CHECK(nausea.soc == "GI");
    CHECK(nausea.term == "Nausea");
    CHECK(nausea.counts[0].subjects == 3);
    CHECK(nausea.counts[0].events == 4);
    CHECK(nausea.counts[0].percent == 75.0);
    CHECK(nausea.counts[1].subjects == 0);
    // R: fisher.test(matrix(c(3, 1, 0, 4), 2, byrow = TRUE))$p.value
    CHECK_THAT(*nausea.pValue, WithinRel(0.142857142857143, 1e-9));
    const auto& rash = r.rows[1];
    CHECK(rash.counts[0].subjects == 0);  // A4's rash is not treatment-emergent
    CHECK(rash.counts[1].subjects == 1);  // B5 is outside the population
    // R: fisher.test(matrix(c(0, 4, 1, 3), 2, byrow = TRUE))$p.value
    CHECK_THAT(*rash.pValue, WithinRel(1.0, 1e-12));
    CHECK(r.notes.front() == "treatment-emergent events only (TRTEMFL = Y)");
}

TEST_CASE("analyseAdverseEvents splits by level, grade, relatedness and seriousness", "[analysis]") {
    auto o = safety();
    SECTION("SOC level") {
        o.level = AeLevel::Soc;
        const auto r = analyseAdverseEvents(aeStudy(), o);
        REQUIRE(r.rows.size() == 2);
        CHECK(r.rows[0].term.empty());
        CHECK(r.rows[0].counts[0].subjects == 3);
    }
    SECTION("grade") {
        o.byGrade = true;
        const auto r = analyseAdverseEvents(aeStudy(), o);
        REQUIRE(r.rows.size() == 3);  // Nausea 1, Nausea 2, Rash 3
        CHECK(r.rows[0].grade == 1);
        CHECK(r.rows[0].counts[0].subjects == 2);
        CHECK(r.rows[1].grade == 2);
        CHECK(r.rows[1].counts[0].subjects == 2);
    }
    SECTION("relatedness") {
        o.byRelated = true;
        const auto r = analyseAdverseEvents(aeStudy(), o);
        REQUIRE(r.rows.size() == 4);  // Nausea: not related, related, unknown; Rash: not related
        CHECK(r.rows[0].related == "not related");
        CHECK(r.rows[1].related == "related");
        CHECK(r.rows[1].counts[0].subjects == 2);
        CHECK(r.rows[2].related == "unknown");
    }
    SECTION("serious only") {
        o.seriousOnly = true;
        const auto r = analyseAdverseEvents(aeStudy(), o);
        REQUIRE(r.rows.size() == 1);
        CHECK(r.rows[0].term == "Rash");
        CHECK(r.groups[1].subjects == 1);
    }
}

TEST_CASE("analyseAdverseEvents on published counts", "[analysis]") {
    StudyData d;
    d.info.id = "PUB";
    d.info.arms = {{"T", "Treated", std::nullopt, "", ""}, {"C", "Control", std::nullopt, "", ""}};
    d.aeCounts = {{"T", "", "Any adverse event", std::nullopt, "", 30, 80, false, Provenance::PublishedAggregate, "T3"},
                  {"T", "Infections", "Pneumonia", std::nullopt, "", std::nullopt, 7, false,
                   Provenance::PublishedAggregate, "T3"},
                  {"C", "Infections", "Pneumonia", std::nullopt, "", 2, 2, false, Provenance::PublishedAggregate, "T3"},
                  {"T", "Infections", "Pneumonia", 3, "", 1, 1, false, Provenance::PublishedAggregate, "T3"}};
    const auto r = analyseAdverseEvents(d, AeOptions{});
    CHECK(r.provenance == Provenance::PublishedAggregate);
    CHECK(r.source == "T3");
    REQUIRE(r.groups.size() == 2);
    CHECK_FALSE(r.groups[0].n);
    CHECK(r.groups[0].subjects == 30);
    CHECK(r.groups[0].events == 80);
    CHECK_FALSE(r.groups[1].subjects);
    REQUIRE(r.rows.size() == 1);
    CHECK_FALSE(r.rows[0].counts[0].subjects);  // events only in the paper
    CHECK(r.rows[0].counts[0].events == 7);
    CHECK(r.rows[0].counts[1].subjects == 2);
    CHECK_FALSE(r.rows[0].counts[1].percent);
    CHECK_FALSE(r.rows[0].pValue);
    AeOptions graded;
    graded.byGrade = true;
    CHECK(analyseAdverseEvents(d, graded).rows.size() == 1);
    AeOptions soc;
    soc.level = AeLevel::Soc;
    CHECK_THROWS_AS(analyseAdverseEvents(d, soc), AnalysisError);
}

TEST_CASE("published counts given by grade only still make a term row without the grade split", "[analysis]") {
    // Treated: Rash at grades 1 and 2 (2 + 1 subjects, 3 + 1 events): 4 events, subjects unknown
    // (one subject may have had both grades). Control: Rash at grade 1 only: 2 subjects, 2 events
    // (Shi 2021's pyrexia, 7 subjects at grade 1, was missing from the term table).
    StudyData d;
    d.info.id = "PUB";
    d.info.arms = {{"T", "Treated", std::nullopt, "", ""}, {"C", "Control", std::nullopt, "", ""}};
    d.aeCounts = {{"T", "Skin", "Rash", 1, "", 2, 3, false, Provenance::PublishedAggregate, "T2"},
                  {"T", "Skin", "Rash", 2, "", 1, 1, false, Provenance::PublishedAggregate, "T2"},
                  {"C", "Skin", "Rash", 1, "", 2, 2, false, Provenance::PublishedAggregate, "T2"}};
    const auto r = analyseAdverseEvents(d, AeOptions{});
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].term == "Rash");
    CHECK_FALSE(r.rows[0].grade);
    CHECK_FALSE(r.rows[0].counts[0].subjects);
    CHECK(r.rows[0].counts[0].events == 4);
    CHECK(r.rows[0].counts[1].subjects == 2);
    CHECK(r.rows[0].counts[1].events == 2);
    AeOptions graded;
    graded.byGrade = true;
    CHECK(analyseAdverseEvents(d, graded).rows.size() == 2);  // grades 1 and 2, as published
}
