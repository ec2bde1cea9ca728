#include "core/analysis/ae_filters.h"

#include <algorithm>
#include <cctype>

namespace ts {

bool flaggedStudy(const std::vector<AdverseEvent>& events) {
    return std::any_of(events.begin(), events.end(), [](const AdverseEvent& e) { return e.trtemfl.has_value(); });
}

std::string relatedness(const std::string& aerel) {
    std::string u = aerel;
    for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (u.empty()) return "unknown";
    for (const char* no : {"NONE", "N", "NO", "NOT RELATED", "UNLIKELY", "UNLIKELY RELATED", "REMOTE", "UNRELATED"})
        if (u == no) return "not related";
    return "related";
}

}  // namespace ts
