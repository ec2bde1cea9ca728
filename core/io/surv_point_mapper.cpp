#include "core/io/surv_point_mapper.h"

namespace ts {

SurvPointMapper::SurvPointMapper(StudyOutput& out, Provenance fallback)
    : AggregateSink(out, fallback, {"ARM", "ENDPOINT", "TIME", "SURV", "N_RISK"}, {"ARM", "ENDPOINT", "TIME"}) {}

void SurvPointMapper::map(const RowAccess& row, StudyWriter& w, Provenance p, const std::string& source) {
    SurvPoint s;
    s.arm = need(row, "ARM");
    s.endpoint = need(row, "ENDPOINT");
    auto time = row.number(cell("TIME"), "TIME");
    if (!time || *time < 0) row.fail("TIME must be a number >= 0");
    s.time = *time;
    s.surv = row.number(cell("SURV"), "SURV");
    if (s.surv && (*s.surv < 0 || *s.surv > 1)) row.fail("SURV must be a proportion between 0 and 1");
    s.nRisk = count(row, "N_RISK");
    if (!s.surv && !s.nRisk) row.fail("SURV and N_RISK are both missing");
    s.provenance = p;
    s.source = source;
    w.survPoint(s);
}

}  // namespace ts
