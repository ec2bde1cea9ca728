#include "core/analysis/ae_filters.h"

#include <algorithm>
#include <cctype>

namespace ts {

std::string upperCase(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

bool flaggedStudy(const std::vector<AdverseEvent>& events) {
    return std::any_of(events.begin(), events.end(), [](const AdverseEvent& e) { return e.trtemfl.has_value(); });
}

std::string relatedness(const std::string& aerel) {
    const std::string u = upperCase(aerel);
    if (u.empty()) return "unknown";
    for (const char* no : {"NONE", "N", "NO", "NOT RELATED", "UNLIKELY", "UNLIKELY RELATED", "REMOTE", "UNRELATED"})
        if (u == no) return "not related";
    return "related";
}

}  // namespace ts
