// Cumulative incidence: 1 - KM, and Aalen–Johansen for competing risks against R survival 3.5.
// Golden values: tests/reference/survival/aj_mgus2.csv from
// aj <- survfit(Surv(etime, factor(event)) ~ 1) on mgus2 (pstate and std.err columns), km_aml.csv
// for 1 - KM.
#include <catch2/catch.hpp>

#include "core/stats/aalen_johansen.h"
#include "core/stats/cumulative_incidence.h"
#include "surv_reference.h"

using namespace ts::stats;

TEST_CASE("Aalen-Johansen incidence matches survfit multi-state pstate", "[cuminc]") {
    const auto data = surv_ref::read("data_mgus2.csv");
    std::vector<double> time;
    std::vector<int> cause;
    for (std::size_t r = 0; r < data.rows.size(); ++r) {
        time.push_back(data.num(r, "time"));
        cause.push_back(static_cast<int>(data.num(r, "cause")));
    }
    const auto ref = surv_ref::read("aj_mgus2.csv");
    const AalenJohansenFit fit = aalenJohansen(time, cause);
    REQUIRE(fit.causes == 2);
    REQUIRE(fit.steps() == ref.rows.size());
    for (std::size_t i = 0; i < fit.steps(); ++i) {
        INFO("time " << fit.time[i]);
        surv_ref::close(fit.time[i], ref.num(i, "time"));
        surv_ref::close(fit.nRisk[i], ref.num(i, "n.risk"));
        surv_ref::close(fit.nCensor[i], ref.num(i, "n.censor"));
        surv_ref::close(fit.eventFree[i], ref.num(i, "event.free"));
        surv_ref::close(fit.incidenceAt(i, 1), ref.num(i, "cif1"));
        surv_ref::close(fit.incidenceAt(i, 2), ref.num(i, "cif2"));
        // infinitesimal jackknife: aj$std.err[, c('1', '2')]
        surv_ref::close(fit.stdErrAt(i, 1), ref.num(i, "se1"));
        surv_ref::close(fit.stdErrAt(i, 2), ref.num(i, "se2"));
    }
}

TEST_CASE("1 - KM incidence flips the survival band", "[cuminc]") {
    // R: f <- survfit(Surv(time, status) ~ 1, aml[aml$x == "Maintained", ]); 1 - f$surv, 1 - f$upper, 1 - f$lower
    const auto d = surv_ref::readCase("aml").only(0);
    const auto ref = surv_ref::read("km_aml.csv");
    const KmFit fit = kaplanMeier(d.time, d.status, d.weight, ConfType::Log, 0.95);
    const auto inc = incidenceFromKm(fit);
    REQUIRE(inc.size() == fit.steps.size());
    for (std::size_t i = 0; i < inc.size(); ++i) {
        // the first rows of km_aml.csv are conf = log, level = 0.95, group 0
        REQUIRE(ref.str(i, "conf") == "log");
        surv_ref::close(inc[i].estimate, 1 - ref.num(i, "surv"));
        surv_ref::close(inc[i].lower, 1 - ref.num(i, "upper"));
        surv_ref::close(inc[i].upper, 1 - ref.num(i, "lower"));
    }
}

TEST_CASE("Aalen-Johansen with one cause equals 1 - KM", "[cuminc]") {
    const auto d = surv_ref::readCase("lung");
    const AalenJohansenFit aj = aalenJohansen(d.time, d.status);
    const KmFit km = kaplanMeier(d.time, d.status);
    REQUIRE(aj.steps() == km.steps.size());
    for (std::size_t i = 0; i < aj.steps(); ++i)
        CHECK_THAT(aj.incidenceAt(i, 1), Catch::Matchers::WithinAbs(1 - km.steps[i].surv, 1e-12));
}
