// Store: every record type survives a write/read cycle; the library lists what was stored.
#include <catch2/catch.hpp>

#include "core/store/store.h"
#include "store_fixture.h"

using namespace ts;
using ts::test::FreshStore;
using ts::test::sampleStudy;

TEST_CASE("every record type round-trips through the store", "[store]") {
    const FreshStore fresh(GENERATE(as<std::string>{}, "sqlite", "postgresql"));
    const StudyData in = sampleStudy("S-1");
    {
        Store store = Store::open(fresh.location());
        store.importStudy(in);
    }
    Store store = Store::open(fresh.location());
    auto out = store.loadStudy("S-1");
    REQUIRE(out);
    const auto& i = out->info;
    CHECK(i.id == "S-1");
    CHECK(i.title == in.info.title);
    CHECK(i.citation == in.info.citation);
    CHECK(i.doi == in.info.doi);
    CHECK(i.registry == in.info.registry);
    CHECK(i.design == in.info.design);
    CHECK(i.population == in.info.population);
    CHECK(i.timeUnit == "months");
    CHECK(i.provenance == Provenance::Reconstructed);
    CHECK(i.notes == "notes");
    REQUIRE(i.arms.size() == 2);
    CHECK(i.arms[0].code == "A");
    CHECK(i.arms[0].label == "Arm A");
    CHECK(i.arms[0].dose == 10.0);
    CHECK(i.arms[0].doseUnit == "mg");
    CHECK(i.arms[0].colour == "#112233");
    CHECK_FALSE(i.arms[1].dose);
    CHECK(i.populationFlags == in.info.populationFlags);
    CHECK(i.labels == in.info.labels);
    // The views' read paths carry them too; the listing does not read them.
    CHECK(store.overview("S-1")->info.labels == in.info.labels);
    CHECK(store.survivalSlice("S-1", "OS", {})->info.labels == in.info.labels);
    CHECK(store.studies().front().info.labels.empty());

    REQUIRE(out->subjects.size() == 2);
    CHECK(out->subjects[0].usubjid == "S1");
    CHECK(out->subjects[0].vars == in.subjects[0].vars);
    CHECK(out->subjects[1].vars == in.subjects[1].vars);

    REQUIRE(out->tte.size() == 3);
    for (size_t k = 0; k < 3; ++k) {
        CHECK(out->tte[k].usubjid == in.tte[k].usubjid);
        CHECK(out->tte[k].paramcd == in.tte[k].paramcd);
        CHECK(out->tte[k].param == in.tte[k].param);
        CHECK(out->tte[k].aval == in.tte[k].aval);
        CHECK(out->tte[k].cnsr == in.tte[k].cnsr);
        CHECK(out->tte[k].provenance == Provenance::Reconstructed);
    }

    REQUIRE(out->labs.size() == 2);
    const auto& l = out->labs[0];
    CHECK(l.usubjid == "S1");
    CHECK(l.paramcd == "ALT");
    CHECK(l.param == "Alanine aminotransferase");
    CHECK(l.unit == "U/L");
    CHECK(l.avisit == "Week 2");
    CHECK(l.avisitn == 2.0);
    CHECK(l.ady == 14.0);
    CHECK(l.aval == 40.5);
    CHECK(l.base == 30.0);
    CHECK(l.chg == 10.5);
    CHECK(l.lo == 7.0);
    CHECK(l.hi == 55.0);
    CHECK(l.byVisit);
    CHECK_FALSE(l.baseline);
    CHECK(l.derived);
    CHECK(l.adt == "2014-01-16");
    CHECK(l.anrind == "NORMAL");
    CHECK(l.bnrind == "LOW");
    CHECK(l.gradeHigh == 1);
    CHECK_FALSE(l.gradeLow);
    CHECK(l.baseGradeHigh == 0);
    CHECK(l.baseGradeLow == 2);
    const auto& l2 = out->labs[1];
    CHECK_FALSE(l2.avisitn);
    CHECK_FALSE(l2.ady);
    CHECK_FALSE(l2.aval);
    CHECK_FALSE(l2.base);
    CHECK_FALSE(l2.chg);
    CHECK_FALSE(l2.lo);
    CHECK_FALSE(l2.hi);
    CHECK_FALSE(l2.byVisit);
    CHECK_FALSE(l2.derived);
    CHECK(l2.adt.empty());
    CHECK_FALSE(l2.gradeHigh);

    REQUIRE(out->aes.size() == 2);
    CHECK(out->aes[0].bodsys == "Gastrointestinal disorders");
    CHECK(out->aes[0].decod == "Nausea");
    CHECK(out->aes[0].severity == "MILD");
    CHECK(out->aes[0].toxgr == 1);
    CHECK(out->aes[0].related == "RELATED");
    CHECK(out->aes[0].serious == false);
    CHECK(out->aes[0].trtemfl == true);
    CHECK(out->aes[0].astdt == "2014-01-20");
    CHECK(out->aes[0].aendt == "2014-01-25");
    CHECK(out->aes[0].astdy == 19.0);
    CHECK(out->aes[0].aendy == 24.0);
    CHECK(out->aes[0].action == "DRUG WITHDRAWN");
    CHECK(out->aes[0].death == false);
    CHECK(out->aes[0].outcome == "RECOVERED/RESOLVED");
    CHECK(out->aes[1].astdt.empty());
    CHECK_FALSE(out->aes[1].death);
    CHECK_FALSE(out->aes[1].toxgr);
    CHECK_FALSE(out->aes[1].serious);
    CHECK_FALSE(out->aes[1].trtemfl);

    REQUIRE(out->labSummaries.size() == 1);
    const auto& s = out->labSummaries[0];
    CHECK(s.arm == "A");
    CHECK(s.paramcd == "AST");
    CHECK(s.visit == "Week 12");
    CHECK(s.visitn == 12);
    CHECK(s.time == 12.0);
    CHECK(s.n == 40);
    CHECK(s.mean == 31.5);
    CHECK(s.sd == 8.25);
    CHECK_FALSE(s.se);
    CHECK(s.median == 30);
    CHECK(s.q1 == 25);
    CHECK(s.q3 == 37);
    CHECK_FALSE(s.min);
    CHECK(s.change);
    CHECK(s.provenance == Provenance::PublishedAggregate);
    CHECK(s.source == "Table 3");

    REQUIRE(out->aeCounts.size() == 1);
    const auto& c = out->aeCounts[0];
    CHECK(c.soc == "Infections");
    CHECK(c.term == "Pneumonia");
    CHECK(c.grade == 3);
    CHECK(c.related == "related");
    CHECK_FALSE(c.subjects);
    CHECK(c.events == 7);
    CHECK(c.serious);
    CHECK(c.source == "Table 4");

    REQUIRE(out->survPoints.size() == 1);
    CHECK(out->survPoints[0].endpoint == "EFS");
    CHECK(out->survPoints[0].time == 6.0);
    CHECK(out->survPoints[0].surv == 0.75);
    CHECK(out->survPoints[0].nRisk == 20);

    REQUIRE(out->baseline.size() == 1);
    CHECK(out->baseline[0].characteristic == "Age, years");
    CHECK(out->baseline[0].value == "45.2 ± 9.8");
    CHECK(out->baseline[0].statistic == "mean-sd");
    CHECK(out->baseline[0].order == 1);
}

TEST_CASE("the library summarises each study", "[store]") {
    const FreshStore fresh(GENERATE(as<std::string>{}, "sqlite", "postgresql"));
    Store store = Store::open(fresh.location());
    store.importStudy(sampleStudy("B-2"));
    store.importStudy(sampleStudy("a-1"));
    auto list = store.studies();
    REQUIRE(list.size() == 2);
    CHECK(list[0].info.id == "a-1");  // case-insensitive id order
    const auto& s = list[1];
    CHECK(s.info.id == "B-2");
    CHECK(s.info.arms.size() == 2);
    CHECK(s.subjects == 2);
    CHECK(s.aeRecords == 2);
    CHECK(s.endpoints == std::vector<std::string>{"OS", "PFS", "EFS"});
    CHECK(s.labParams == std::vector<std::string>{"ALT", "AST"});
    CHECK(s.provenances == std::vector<std::string>{"original", "published-aggregate", "reconstructed"});
    CHECK(s.importedAt.size() == 20);
    CHECK(store.hasStudy("a-1"));
    CHECK_FALSE(store.hasStudy("A-1"));
    CHECK_FALSE(store.loadStudy("nope"));
}

TEST_CASE("ids and text with quotes and SQL are stored as values", "[store]") {
    const FreshStore fresh(GENERATE(as<std::string>{}, "sqlite", "postgresql"));
    Store store = Store::open(fresh.location());
    StudyData d = sampleStudy("x'); DROP TABLE study; --");
    store.importStudy(d);
    REQUIRE(store.loadStudy(d.info.id));
    CHECK(store.studies().size() == 1);
}
