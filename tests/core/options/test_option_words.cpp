// A view's options written back as export option words (core/options/view_options.h optionWords,
// Args::optionWords) read back to the same options: what a figure's record promises to redraw.
#include <catch2/catch.hpp>

#include "core/analysis/option_tables.h"
#include "core/options/args.h"
#include "core/options/view_options.h"

using namespace ts;

TEST_CASE("option words: numbers and arguments read back exactly", "[options][record]") {
    CHECK(optionNumber(0.1) == "0.1");
    CHECK(optionNumber(36) == "36");
    CHECK(parseNumber(optionNumber(1.0 / 3)) == 1.0 / 3);
    const Args args(std::vector<std::string>{"export", "--title", "--not-an-option", "--db", "x.db", "--rmst-shade",
                                             "--by", "SEX"});
    CHECK(args.value("--title") == "--not-an-option");
    const std::vector<std::string> words = args.optionWords({"--by"});
    CHECK(words == std::vector<std::string>{"--title", "--not-an-option", "--rmst-shade"});  // no --db, no --by
    const Args again(words);
    CHECK(again.value("--title") == "--not-an-option");
    CHECK(again.flag("--rmst-shade"));
    CHECK(again.positional().empty());
}

TEST_CASE("option words: survival options", "[options][record]") {
    SurvivalOptions o;
    o.endpoint = "OS";
    o.competing = "HCC";
    o.by = "SEX";
    o.reference = "F";
    o.population = "SAFFL";
    o.strata = "AGEGR1";
    o.conf = stats::ConfType::LogLog;
    o.level = 0.9;
    o.times = {6, 12.5};
    o.ties = stats::Ties::Breslow;
    o.landmark = 3;
    o.rho = 1;
    o.gamma = 0.5;
    o.rmstTau = 1.0 / 3;
    o.pairwise = stats::PAdjust::BH;
    o.cumulativeIncidence = true;
    const SurvivalOptions back = survivalOptions(Args(optionWords(o)));
    CHECK(back.endpoint == o.endpoint);
    CHECK(back.competing == o.competing);
    CHECK(back.by == o.by);
    CHECK(back.reference == o.reference);
    CHECK(back.population == o.population);
    CHECK(back.strata == o.strata);
    CHECK(back.conf == o.conf);
    CHECK(back.level == o.level);
    CHECK(back.times == o.times);
    CHECK(back.ties == o.ties);
    CHECK(back.landmark == o.landmark);
    CHECK(back.rho == o.rho);
    CHECK(back.gamma == o.gamma);
    CHECK(back.rmstTau == o.rmstTau);
    CHECK(back.pairwise == o.pairwise);
    CHECK(back.cumulativeIncidence);
    // Defaults are left out.
    CHECK(optionWords(SurvivalOptions{}).empty());
}

TEST_CASE("option words: lab, adverse-event and liver options", "[options][record]") {
    LabOptions lab;
    lab.param = "BILI";
    lab.by = "SEX";
    lab.population = "SAFFL";
    lab.summary = LabSummaryKind::MedianIqr;
    lab.scale = LabScale::PercentChange;
    const LabOptions labBack = labOptions(Args(optionWords(lab)));
    CHECK(labBack.param == lab.param);
    CHECK(labBack.by == lab.by);
    CHECK(labBack.population == lab.population);
    CHECK(labBack.summary == lab.summary);
    CHECK(labBack.scale == lab.scale);

    AeOptions ae;
    ae.by = "SEX";
    ae.population = "SAFFL";
    ae.level = AeLevel::Soc;
    ae.byGrade = true;
    ae.seriousOnly = true;
    ae.highest = true;
    ae.source = DataSource::Published;
    const AeOptions aeBack = aeOptions(Args(optionWords(ae)));
    CHECK(aeBack.by == ae.by);
    CHECK(aeBack.population == ae.population);
    CHECK(aeBack.level == ae.level);
    CHECK(aeBack.byGrade);
    CHECK_FALSE(aeBack.byRelated);
    CHECK(aeBack.seriousOnly);
    CHECK(aeBack.highest);
    CHECK(aeBack.source == ae.source);

    LiverOptions liver;
    liver.population = "SAFFL";
    liver.x = LiverX::Max;
    liver.reference = LiverReference::Baseline;
    liver.xCut = 3.8;
    liver.yCut = 4.8;
    liver.params = {"ALAT", "", "TBIL", "ALKPH"};
    const LiverOptions liverBack = liverOptions(Args(optionWords(liver)));
    CHECK(liverBack.population == liver.population);
    CHECK(liverBack.x == liver.x);
    CHECK(liverBack.reference == liver.reference);
    CHECK(liverBack.xCut == liver.xCut);
    CHECK(liverBack.yCut == liver.yCut);
    CHECK(liverBack.params.alt == "ALAT");
    CHECK(liverBack.params.ast.empty());
    CHECK(liverBack.params.bili == "TBIL");
    CHECK(liverBack.params.alp == "ALKPH");
}
