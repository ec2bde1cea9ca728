#include "ui/labs/lab_visits.h"

#include <algorithm>
#include <map>

#include <QString>

namespace ts {
namespace {

bool derivedOrUnscheduled(const std::string& name) {
    const QString n = QString::fromStdString(name);
    return n.contains(QLatin1String("unsched"), Qt::CaseInsensitive) ||
           n.contains(QLatin1String("post-baseline"), Qt::CaseInsensitive) ||
           n.contains(QLatin1String("post baseline"), Qt::CaseInsensitive);
}

}  // namespace

LabVisitSelection selectLabVisits(const LabReport& report, bool scheduledOnly, double minShare) {
    std::map<double, std::pair<std::string, int>> visits;  // visitn -> name, n over groups
    for (const LabGroup& g : report.groups)
        for (const LabPoint& p : g.points) {
            auto& v = visits.try_emplace(p.visitn, p.visit, 0).first->second;
            v.second += p.n;
        }
    int most = 0;
    for (const auto& [visitn, v] : visits) most = std::max(most, v.second);
    LabVisitSelection out;
    for (const auto& [visitn, v] : visits) {
        const bool hide = scheduledOnly && (derivedOrUnscheduled(v.first) || v.second < minShare * most);
        (hide ? out.hidden : out.shown).push_back({v.first, visitn});
    }
    return out;
}

}  // namespace ts
