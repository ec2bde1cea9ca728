#include "core/io/lab_summary_mapper.h"

namespace ts {

LabSummaryMapper::LabSummaryMapper(StudyOutput& out, Provenance fallback)
    : AggregateSink(out, fallback,
                    {"ARM", "PARAMCD", "PARAM", "UNIT", "VISIT", "VISITN", "TIME", "N", "MEAN", "SD", "SE", "MEDIAN",
                     "Q1", "Q3", "MIN", "MAX", "CHANGE"},
                    {"ARM", "PARAMCD", "VISIT", "VISITN"}) {}

void LabSummaryMapper::map(const RowAccess& row, StudyWriter& w, Provenance p, const std::string& source) {
    LabSummary s;
    s.arm = need(row, "ARM");
    s.paramcd = need(row, "PARAMCD");
    s.param = row.text(cell("PARAM"));
    s.unit = row.text(cell("UNIT"));
    s.visit = need(row, "VISIT");
    auto visitn = row.number(cell("VISITN"), "VISITN");
    if (!visitn) row.fail("VISITN is missing");
    s.visitn = *visitn;
    s.time = row.number(cell("TIME"), "TIME");
    // A count and spreads cannot be negative: drawn, they would turn a band inside out.
    auto nonNegative = [&](const char* name) {
        auto v = row.number(cell(name), name);
        if (v && *v < 0) row.fail(std::string(name) + " must be >= 0 (got " + row.text(cell(name)) + ")");
        return v;
    };
    s.n = nonNegative("N");
    s.mean = row.number(cell("MEAN"), "MEAN");
    s.sd = nonNegative("SD");
    s.se = nonNegative("SE");
    s.median = row.number(cell("MEDIAN"), "MEDIAN");
    s.q1 = row.number(cell("Q1"), "Q1");
    s.q3 = row.number(cell("Q3"), "Q3");
    s.min = row.number(cell("MIN"), "MIN");
    s.max = row.number(cell("MAX"), "MAX");
    s.change = flag(row, "CHANGE");
    s.provenance = p;
    s.source = source;
    w.labSummary(s);
}

}  // namespace ts
