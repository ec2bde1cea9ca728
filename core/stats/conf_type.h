#pragma once
// Confidence-interval transform for survival curves, as survfit(conf.type=).
#include <optional>
#include <string_view>

namespace ts::stats {

enum class ConfType { None, Plain, Log, LogLog, Logit, Arcsin };

std::string_view confTypeName(ConfType t);                         // "none","plain","log","log-log","logit","arcsin"
std::optional<ConfType> parseConfType(std::string_view text);      // accepts the names above

}  // namespace ts::stats
