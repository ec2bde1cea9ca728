#pragma once
// Pieces of R code and of the CSV files it reads, shared by the views' "Show R code" writers
// (survival_r_code.h, lab_r_code.h, ae_r_code.h).
#include <optional>
#include <string>
#include <vector>

namespace ts {

// `text` as an R string literal: "..." with " and \ escaped.
std::string rString(const std::string& text);
// c("a", "b", ...).
std::string rVector(const std::vector<std::string>& items);
// c(1, 2.5, ...), each number as the options print it (shortest exact form).
std::string rNumbers(const std::vector<double>& values);
// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
std::string csvField(const std::string& text);
// A number as a CSV field; "" for a missing one (read.csv reads it as NA).
std::string csvNumber(const std::optional<double>& value);

}  // namespace ts
