#include "core/io/arm_order.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace ts {

namespace {

bool hasWord(const std::string& text, std::string_view word) {
    for (auto pos = text.find(word); pos != std::string::npos; pos = text.find(word, pos + 1)) {
        const bool startOk = pos == 0 || !std::isalpha(static_cast<unsigned char>(text[pos - 1]));
        const auto end = pos + word.size();
        const bool endOk = end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
        if (startOk && endOk) return true;
    }
    return false;
}

}  // namespace

int armRank(std::string_view name) {
    std::string text;
    for (char c : name) text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // Checked in this order: "not treated" is no treatment even though it says "treated".
    static const std::array<std::pair<std::string_view, int>, 14> kWords{{
        {"screen", 5},
        {"failure", 5},
        {"not assigned", 5},
        {"not treated", 5},
        {"unassigned", 5},
        {"placebo", 0},
        {"control", 0},
        {"vehicle", 0},
        {"sham", 0},
        {"standard", 0},
        {"low", 1},
        {"medium", 2},
        {"mid", 2},
        {"high", 3},
    }};
    for (const auto& [word, rank] : kWords)
        if (hasWord(text, word)) return rank;
    return 4;
}

}  // namespace ts
