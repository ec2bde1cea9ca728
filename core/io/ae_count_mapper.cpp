#include "core/io/ae_count_mapper.h"

namespace ts {

AeCountMapper::AeCountMapper(StudyOutput& out, Provenance fallback)
    : AggregateSink(out, fallback, {"ARM", "SOC", "TERM", "GRADE", "RELATED", "SUBJECTS", "EVENTS", "SERIOUS"},
                    {"ARM", "TERM"}) {}

void AeCountMapper::map(const RowAccess& row, StudyWriter& w, Provenance p, const std::string& source) {
    AeCount c;
    c.arm = need(row, "ARM");
    c.soc = row.text(cell("SOC"));
    c.term = need(row, "TERM");
    c.grade = count(row, "GRADE");
    if (c.grade && (*c.grade < 1 || *c.grade > 5)) row.fail("GRADE must be 1-5");
    c.related = row.text(cell("RELATED"));
    c.subjects = count(row, "SUBJECTS");
    c.events = count(row, "EVENTS");
    if (!c.subjects && !c.events) row.fail("SUBJECTS and EVENTS are both missing");
    c.serious = flag(row, "SERIOUS");
    c.provenance = p;
    c.source = source;
    w.aeCount(c);
}

}  // namespace ts
