#include "core/io/study_id.h"

namespace ts {

std::string studyIdProblem(const std::string& id) {
    if (id.size() > 100) return "is longer than 100 characters";
    if (!id.empty() && id.front() == '-') return "starts with '-' (it would read as an option)";
    for (char c : id) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) return "contains a control character";
        if (c == ',') return "contains a comma (--study takes a comma-separated list)";
    }
    return {};
}

}  // namespace ts
