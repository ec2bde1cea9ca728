// Restricted mean survival time against R survival 3.5. Golden values:
// tests/reference/survival/rmst_<case>.csv from
// summary(survfit(Surv(time, status) ~ g, data, weights = weight), rmean = tau)$table[, c("rmean", "se(rmean)")].
#include <catch2/catch.hpp>

#include "core/stats/normal.h"
#include "core/stats/rmst.h"
#include "surv_reference.h"

using namespace ts::stats;

TEST_CASE("RMST and its standard error match print(survfit, rmean = tau)", "[rmst]") {
    for (const std::string name : {"aml", "lung", "ovarian", "veteran", "colon", "ties", "nocens", "allcens", "single",
                                   "zero", "flat", "flatend", "neareq", "wint"}) {
        DYNAMIC_SECTION(name) {
            const auto d = surv_ref::readCase(name);
            const auto ref = surv_ref::read("rmst_" + name + ".csv");
            for (std::size_t r = 0; r < ref.rows.size(); ++r) {
                const int g = static_cast<int>(ref.num(r, "group"));
                const double tau = ref.num(r, "tau");
                INFO("group " << g << " tau " << tau);
                const auto c = d.only(g);
                const RmstResult res = rmst(kaplanMeier(c.time, c.status, c.weight), tau, 0.9);
                surv_ref::close(res.estimate, ref.num(r, "rmean"));
                surv_ref::close(res.stdErr, ref.num(r, "se"));
                // survRM2-style Wald interval
                const double z = zForLevel(0.9);
                surv_ref::close(res.lower, ref.num(r, "rmean") - z * ref.num(r, "se"));
                surv_ref::close(res.upper, ref.num(r, "rmean") + z * ref.num(r, "se"));
            }
        }
    }
}

TEST_CASE("RMST by hand on a tiny curve", "[rmst]") {
    // S = 1 on [0,1), 0.5 on [1,3): area to tau = 2 is 1 + 0.5 = 1.5.
    // se: the event at 1 has n = 2, d = 1 -> d/(n(n-d)) = 0.5; area from 1 to 2 is 0.5 -> var = 0.125.
    // R: summary(survfit(Surv(c(1, 3), c(1, 0)) ~ 1), rmean = 2)$table[c("rmean", "se(rmean)")] = 1.5, 0.3535534
    const std::vector<double> t{1, 3};
    const std::vector<int> e{1, 0};
    const RmstResult r = rmst(kaplanMeier(t, e), 2);
    CHECK_THAT(r.estimate, Catch::Matchers::WithinRel(1.5, 1e-12));
    CHECK_THAT(r.stdErr, Catch::Matchers::WithinRel(std::sqrt(0.125), 1e-12));
}
