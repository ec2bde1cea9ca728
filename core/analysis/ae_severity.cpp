#include "core/analysis/ae_severity.h"

#include <algorithm>

#include "core/analysis/ae_filters.h"

namespace ts {

int SeverityScale::levelOf(const AdverseEvent& e) const {
    if (grades) return e.toxgr.value_or(0);
    const std::string s = upperCase(e.severity);
    const auto it = std::find(labels.begin(), labels.end(), s);
    return it == labels.end() ? 0 : static_cast<int>(it - labels.begin()) + 1;
}

SeverityScale severityScale(const std::vector<AdverseEvent>& events) {
    SeverityScale scale;
    scale.grades = std::any_of(events.begin(), events.end(), [](const AdverseEvent& e) { return e.toxgr.has_value(); });
    scale.labels = scale.grades ? std::vector<std::string>{"1", "2", "3", "4", "5"}
                                : std::vector<std::string>{"MILD", "MODERATE", "SEVERE"};
    return scale;
}

}  // namespace ts
