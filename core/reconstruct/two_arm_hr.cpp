#include "core/reconstruct/two_arm_hr.h"

#include <algorithm>
#include <string>

#include "core/stats/cox_ph.h"

namespace ts {

std::optional<LogHr> twoArmLogHr(const std::vector<IpdRecord>& reference, const std::vector<IpdRecord>& other,
                                 HrWindow window, double landmark) {
    std::vector<double> time;
    std::vector<int> event, group;
    auto add = [&](const std::vector<IpdRecord>& recs, int g) {
        for (const IpdRecord& r : recs) {
            if (window == HrWindow::After && r.time <= landmark) continue;
            bool cut = window == HrWindow::Before && r.time > landmark;
            time.push_back(cut ? landmark : r.time);
            event.push_back(cut ? 0 : r.event);
            group.push_back(g);
        }
    };
    add(reference, 0);
    add(other, 1);
    std::vector<std::string> labels{"reference", "other"};
    stats::CoxFit fit = stats::coxPh(time, event, stats::groupDesign(group, labels, 0));
    if (fit.status != stats::CoxStatus::Converged || fit.terms.empty() || !fit.terms[0].estimable) return std::nullopt;
    return LogHr{fit.terms[0].coef, fit.terms[0].se};
}

}  // namespace ts
