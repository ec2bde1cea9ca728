#pragma once
// One cell of a dataset row, as delivered by a reader: missing, text (CSV, XPT character
// variables) or number (XPT numeric variables). Text views point into the reader's buffer and are
// valid only during the row callback.
#include <optional>
#include <string>
#include <string_view>

namespace ts {

struct Value {
    enum class Kind { Missing, Text, Number };
    Kind kind = Kind::Missing;
    std::string_view text;  // Kind::Text
    double number = 0;      // Kind::Number

    bool missing() const { return kind == Kind::Missing; }
};

// The text spellings of a missing value, shared by the CSV and XPT readers so both copies of a
// dataset agree: the empty text, "NA" and ".".
inline bool isMissingText(std::string_view t) { return t.empty() || t == "NA" || t == "."; }

// Parses a decimal number (std::from_chars; surrounding blanks and a leading '+' allowed).
// nullopt when the text is not entirely one finite number.
std::optional<double> parseNumber(std::string_view text);

// Shortest round-trip text of a double without trailing zeros ("63", "0.5", "1.15151515151515").
std::string formatNumber(double x);

// The value as text: text as is, numbers through formatNumber, missing as "".
std::string valueText(const Value& v);

}  // namespace ts
