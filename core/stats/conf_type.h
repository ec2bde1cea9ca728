#pragma once
// Confidence-interval transform for survival curves, as survfit(conf.type=). Names and the
// viewer's labels: confTypes() in core/analysis/option_tables.h.

namespace ts::stats {

enum class ConfType { None, Plain, Log, LogLog, Logit, Arcsin };

}  // namespace ts::stats
