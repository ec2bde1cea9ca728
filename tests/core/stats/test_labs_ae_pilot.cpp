// The lab and AE kernels on real data: the CDISC pilot study (tests/data/cdiscpilot01.tar.xz,
// unpacked into the build by CMake). Golden values: tests/reference/labs_ae_reference.txt, section "CDISC pilot".
//   labs: ALT change from baseline at Week 24 (PARAMCD == "ALT", AVISIT == "Week 24",
//         ANL01FL == "Y") by TRTA;
//   AEs:  subjects with a treatment-emergent APPLICATION SITE PRURITUS by TRT01A, over the
//         SAFFL == "Y" subjects of ADSL.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "core/stats/anova.h"
#include "core/stats/chi_square.h"
#include "core/stats/describe.h"
#include "core/stats/fisher_exact.h"
#include "core/stats/fisher_exact_2xk.h"
#include "core/stats/kruskal_wallis.h"
#include "core/stats/risk_difference.h"
#include "core/stats/t_test.h"
#include "core/stats/wilcoxon.h"
#include "tests/core/stats/labs_csv.h"

using Catch::Matchers::WithinRel;
using namespace ts::stats;

namespace {

const std::vector<std::string> kArms{"Placebo", "Xanomeline Low Dose", "Xanomeline High Dose"};
const std::string kPilot = std::string(TRIALSCOPE_PILOT_DIR) + "/";

int armIndex(const std::string& arm) {
    for (std::size_t i = 0; i < kArms.size(); ++i)
        if (kArms[i] == arm) return static_cast<int>(i);
    return -1;
}

}  // namespace

TEST_CASE("CDISC pilot: ALT change from baseline at Week 24", "[describe][t_test][wilcoxon][kruskal][anova][pilot]") {
    const auto adlb = ts::testdata::readCsv(kPilot + "adlb.csv");
    REQUIRE(!adlb.rows.empty());
    std::vector<std::vector<double>> chg(kArms.size());
    std::vector<double> all;
    std::vector<int> arm;
    for (std::size_t r = 0; r < adlb.rows.size(); ++r) {
        if (adlb.at(r, "PARAMCD") != "ALT" || adlb.at(r, "AVISIT") != "Week 24" || adlb.at(r, "ANL01FL") != "Y")
            continue;
        const int a = armIndex(adlb.at(r, "TRTA"));
        REQUIRE(a >= 0);
        const double v = std::stod(adlb.at(r, "CHG"));
        chg[static_cast<std::size_t>(a)].push_back(v);
        all.push_back(v);
        arm.push_back(a);
    }

    // R: summary line for x = alt$CHG[alt$TRTA == 'Placebo'] (n, mean, sd, se, CI, quartiles)
    const auto p = describe(chg[0]);
    CHECK(p.n == 57);
    CHECK_THAT(*p.mean, WithinRel(-0.140350877192982, 1e-12));
    CHECK_THAT(*p.sd, WithinRel(16.1913100551888, 1e-12));
    CHECK_THAT(*p.lower, WithinRel(-4.43648370926111, 1e-10));
    CHECK_THAT(*p.upper, WithinRel(4.15578195487515, 1e-10));
    CHECK(*p.q1 == -4);
    CHECK(*p.median == -2);
    CHECK(*p.max == 111);
    // R: summary line for x = alt$CHG[alt$TRTA == 'Xanomeline Low Dose']
    const auto low = describe(chg[1]);
    CHECK(low.n == 24);
    CHECK_THAT(*low.q1, WithinRel(-1.25, 1e-14));
    CHECK_THAT(*low.q3, WithinRel(5.5, 1e-14));
    CHECK_THAT(*low.se, WithinRel(1.17131578847401, 1e-12));
    // R: summary line for x = alt$CHG[alt$TRTA == 'Xanomeline High Dose']
    const auto high = describe(chg[2]);
    CHECK(high.n == 28);
    CHECK_THAT(*high.q3, WithinRel(2.25, 1e-14));
    CHECK_THAT(*high.lower, WithinRel(-3.3695284061866, 1e-10));

    // R: t.test(alt$CHG[alt$TRTA == 'Xanomeline High Dose'], alt$CHG[alt$TRTA == 'Placebo'])
    const auto t = welchTTest(chg[2], chg[0]);
    CHECK_THAT(*t.t, WithinRel(-0.0555074776813389, 1e-10));
    CHECK_THAT(*t.df, WithinRel(82.9937348419928, 1e-10));
    CHECK_THAT(*t.p, WithinRel(0.955867582530356, 1e-10));
    // R: wilcox.test(alt$CHG[alt$TRTA == 'Xanomeline High Dose'], alt$CHG[alt$TRTA == 'Placebo'])
    const auto w = rankSum(chg[2], chg[0]);
    CHECK(*w.statistic == 941);
    CHECK_THAT(*w.p, WithinRel(0.181588641877027, 1e-9));
    // R: kruskal.test(CHG ~ TRTA, data = alt)
    const auto k = kruskalWallis(all, arm);
    CHECK_THAT(*k.statistic, WithinRel(6.88901781580052, 1e-12));
    CHECK_THAT(*k.p, WithinRel(0.03192043406708, 1e-9));
    // R: anova(lm(CHG ~ TRTA, data = alt))
    const auto f = oneWayAnova(all, arm);
    CHECK(f.dfWithin == 106);
    CHECK_THAT(*f.f, WithinRel(0.369067482821921, 1e-10));
    CHECK_THAT(*f.p, WithinRel(0.692263642470254, 1e-9));
}

TEST_CASE("CDISC pilot: application-site pruritus by arm", "[chi_square][fisher][risk_difference][pilot]") {
    const auto adsl = ts::testdata::readCsv(kPilot + "adsl.csv");
    const auto adae = ts::testdata::readCsv(kPilot + "adae.csv");
    REQUIRE(!adsl.rows.empty());
    REQUIRE(!adae.rows.empty());
    std::vector<int> totals(kArms.size(), 0);
    std::set<std::string> safety;
    for (std::size_t r = 0; r < adsl.rows.size(); ++r) {
        const int a = armIndex(adsl.at(r, "TRT01A"));
        if (adsl.at(r, "SAFFL") != "Y" || a < 0) continue;
        ++totals[static_cast<std::size_t>(a)];
        safety.insert(adsl.at(r, "USUBJID"));
    }
    std::vector<std::set<std::string>> subjects(kArms.size());
    for (std::size_t r = 0; r < adae.rows.size(); ++r) {
        const int a = armIndex(adae.at(r, "TRT01A"));
        if (adae.at(r, "AEDECOD") == "APPLICATION SITE PRURITUS" && adae.at(r, "TRTEMFL") == "Y" && a >= 0 &&
            safety.count(adae.at(r, "USUBJID")))
            subjects[static_cast<std::size_t>(a)].insert(adae.at(r, "USUBJID"));
    }
    std::vector<int> events;
    for (const auto& s : subjects) events.push_back(static_cast<int>(s.size()));
    // R: events, totals (Placebo, Low, High)
    CHECK(events == std::vector<int>{6, 23, 21});
    CHECK(totals == std::vector<int>{86, 96, 72});

    // R: fisher.test(rbind(events, totals - events))$p.value
    CHECK_THAT(*fisherExact2xK(events, totals).p, WithinRel(0.000416587861755139, 1e-7));
    std::vector<double> table;
    for (int e : events) table.push_back(e);
    for (std::size_t j = 0; j < events.size(); ++j) table.push_back(totals[j] - events[j]);
    // R: chisq.test(rbind(events, totals - events))
    const auto c = chiSquare(table, 2, 3);
    CHECK_THAT(*c.statistic, WithinRel(13.9879646412829, 1e-12));
    CHECK_THAT(*c.p, WithinRel(0.000917385922751577, 1e-10));
    CHECK_THAT(c.expected[0], WithinRel(16.9291338582677, 1e-12));

    // High dose vs placebo.
    const auto f = fisherExact(events[2], totals[2] - events[2], events[0], totals[0] - events[0]);
    // R: fisher.test(high vs placebo: matrix(c(e3, n3 - e3, e1, n1 - e1), 2)) p
    CHECK_THAT(f.p, WithinRel(0.000257439801366959, 1e-9));
    // R: precise(high vs placebo)
    CHECK_THAT(*f.oddsRatio, WithinRel(5.43107221084769, 1e-9));
    CHECK_THAT(*f.lower, WithinRel(1.95205008684784, 1e-9));
    CHECK_THAT(*f.upper, WithinRel(17.5942577958439, 1e-9));
    // R: newcombe(e3, n3, e1, n1)
    const auto rd = riskDifference(events[2], totals[2], events[0], totals[0]);
    CHECK_THAT(*rd.difference, WithinRel(0.221899224806202, 1e-12));
    CHECK_THAT(*rd.newcombeLower, WithinRel(0.103486938658253, 1e-12));
    CHECK_THAT(*rd.newcombeUpper, WithinRel(0.341299292265946, 1e-12));
}
