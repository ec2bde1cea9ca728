// Kaplan–Meier step tables, quantiles and summary-at-times against R survival 3.5.
// Golden values: tests/reference/survival/{km,quantile,at}_<case>.csv, written by
// tests/reference/survival_reference.R (each file names its R call, e.g.
// survfit(Surv(time, status) ~ g, data, weights = weight, conf.type = conf, conf.int = level)).
#include <catch2/catch.hpp>

#include <map>

#include "core/analysis/option_tables.h"
#include "core/stats/km_at.h"
#include "core/stats/km_quantile.h"
#include "surv_reference.h"

using namespace ts::stats;

namespace {

const std::vector<std::string> kmCases{"aml",    "lung", "ovarian", "veteran", "colon",  "ties", "nocens", "allcens",
                                       "single", "zero", "flat",    "flatend", "neareq", "wint", "wfrac"};

KmFit fitGroup(const surv_ref::Case& data, int g, ConfType conf, double level) {
    const surv_ref::Case c = data.only(g);
    return kaplanMeier(c.time, c.status, c.weight, conf, level);
}

}  // namespace

TEST_CASE("Kaplan-Meier step table matches survfit", "[km]") {
    for (const auto& name : kmCases) {
        DYNAMIC_SECTION(name) {
            const auto data = surv_ref::readCase(name);
            const auto ref = surv_ref::read("km_" + name + ".csv");
            // Rows come in blocks of (conf, level, group); compare each block with one fit.
            std::size_t r = 0;
            while (r < ref.rows.size()) {
                const std::string conf = ref.str(r, "conf");
                const double level = ref.num(r, "level");
                const int g = static_cast<int>(ref.num(r, "group"));
                INFO("conf " << conf << " level " << level << " group " << g);
                const KmFit fit = fitGroup(data, g, ts::confTypes().parse(conf).value(), level);
                for (const KmStep& s : fit.steps) {
                    REQUIRE(r < ref.rows.size());
                    REQUIRE(ref.str(r, "conf") == conf);
                    REQUIRE(static_cast<int>(ref.num(r, "group")) == g);
                    INFO("time " << s.time);
                    surv_ref::close(s.time, ref.num(r, "time"), 1e-15);
                    surv_ref::close(s.nRisk, ref.num(r, "n.risk"));
                    surv_ref::close(s.nEvent, ref.num(r, "n.event"));
                    surv_ref::close(s.nCensor, ref.num(r, "n.censor"));
                    surv_ref::close(s.surv, ref.num(r, "surv"));
                    // R leaves S = 1 bands NA under log-log/logit/arcsin; the kernel gives [1, 1].
                    const bool atOne = ref.num(r, "surv") == 1;
                    CHECK(s.ciDefined == (ref.opt(r, "lower").has_value() || atOne));
                    if (s.ciDefined) {
                        surv_ref::close(s.stdErr, ref.num(r, "std.err"));
                        surv_ref::close(s.lower, ref.opt(r, "lower").value_or(1.0));
                        surv_ref::close(s.upper, ref.opt(r, "upper").value_or(1.0));
                    }
                    ++r;
                }
                // the block must end here
                if (r < ref.rows.size())
                    CHECK((ref.str(r, "conf") != conf || ref.num(r, "level") != level ||
                           static_cast<int>(ref.num(r, "group")) != g));
            }
        }
    }
}

TEST_CASE("Kaplan-Meier quantiles with CI match quantile.survfit", "[km][quantile]") {
    for (const auto& name : kmCases) {
        DYNAMIC_SECTION(name) {
            const auto data = surv_ref::readCase(name);
            const auto ref = surv_ref::read("quantile_" + name + ".csv");
            for (std::size_t r = 0; r < ref.rows.size(); ++r) {
                const std::string conf = ref.str(r, "conf");
                const int g = static_cast<int>(ref.num(r, "group"));
                const double p = ref.num(r, "p");
                INFO("conf " << conf << " group " << g << " p " << p);
                const KmFit fit = fitGroup(data, g, ts::confTypes().parse(conf).value(), ref.num(r, "level"));
                const QuantileEstimate q = kmQuantile(fit, p);
                surv_ref::close(q.estimate, ref.opt(r, "quantile"));
                surv_ref::close(q.lower, ref.opt(r, "lower"));
                surv_ref::close(q.upper, ref.opt(r, "upper"));
            }
        }
    }
}

TEST_CASE("Survival at requested times matches summary(survfit, times, extend = TRUE)", "[km][at]") {
    for (const auto& name : kmCases) {
        DYNAMIC_SECTION(name) {
            const auto data = surv_ref::readCase(name);
            const auto ref = surv_ref::read("at_" + name + ".csv");
            std::map<int, std::vector<std::size_t>> rowsOf;
            for (std::size_t r = 0; r < ref.rows.size(); ++r)
                rowsOf[static_cast<int>(ref.num(r, "group"))].push_back(r);
            for (const auto& [g, rows] : rowsOf) {
                const KmFit fit = fitGroup(data, g, ConfType::Log, 0.95);
                std::vector<double> times;
                for (std::size_t r : rows) times.push_back(ref.num(r, "time"));
                const std::vector<KmAt> at = kmAt(fit, times);
                REQUIRE(at.size() == rows.size());
                for (std::size_t i = 0; i < rows.size(); ++i) {
                    const std::size_t r = rows[i];
                    INFO("group " << g << " time " << times[i]);
                    surv_ref::close(at[i].surv, ref.num(r, "surv"));
                    surv_ref::close(at[i].nRisk, ref.num(r, "n.risk"));
                    surv_ref::close(at[i].eventsCum, ref.num(r, "events.cum"));
                    surv_ref::close(at[i].censoredCum, ref.num(r, "censored.cum"));
                    if (!at[i].ciDefined) continue;
                    surv_ref::close(at[i].stdErr, ref.num(r, "std.err"));
                    surv_ref::close(at[i].lower, ref.num(r, "lower"));
                    surv_ref::close(at[i].upper, ref.num(r, "upper"));
                }
            }
        }
    }
}
