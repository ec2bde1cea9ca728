#include "core/io/baseline_mapper.h"

namespace ts {

BaselineMapper::BaselineMapper(StudyOutput& out, Provenance fallback)
    : AggregateSink(out, fallback, {"CHARACTERISTIC", "ARM", "VALUE", "STATISTIC", "ORDER"},
                    {"CHARACTERISTIC", "VALUE"}) {}

void BaselineMapper::map(const RowAccess& row, StudyWriter& w, Provenance p, const std::string& source) {
    BaselineCell c;
    c.characteristic = need(row, "CHARACTERISTIC");
    c.arm = row.text(cell("ARM"));
    c.value = need(row, "VALUE");
    c.statistic = row.text(cell("STATISTIC"));
    if (c.statistic.empty()) c.statistic = "text";
    if (c.statistic != "mean-sd" && c.statistic != "median-iqr" && c.statistic != "n-percent" && c.statistic != "p" &&
        c.statistic != "text")
        row.fail("STATISTIC: '" + c.statistic + "' is not mean-sd, median-iqr, n-percent, p or text");
    ++m_rows;
    c.order = static_cast<int>(row.integer(cell("ORDER"), "ORDER").value_or(m_rows));
    c.provenance = p;
    c.source = source;
    w.baseline(c);
}

}  // namespace ts
