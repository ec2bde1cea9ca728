#include "core/reconstruct/sample_labs.h"

#include <cmath>
#include <stdexcept>

namespace ts {

void addSampleLabs(StudyData& st, const std::vector<std::string>& ids, const SampleLabParam& param,
                   const std::vector<SampleVisit>& visits, const std::vector<VisitTarget>& targets, int stride,
                   const std::vector<double>& lastDay) {
    if (targets.size() != visits.size() || (!lastDay.empty() && lastDay.size() != ids.size()))
        throw std::invalid_argument("addSampleLabs: one target per visit and one last day per subject");
    auto values = illustrativeLabs(static_cast<int>(ids.size()), targets, stride);
    for (std::size_t i = 0; i < ids.size(); ++i)
        for (std::size_t k = 0; k < visits.size(); ++k) {
            if (!lastDay.empty() && visits[k].ady > lastDay[i]) break;
            LabRecord l;
            l.usubjid = ids[i];
            l.paramcd = param.paramcd;
            l.param = param.param;
            l.unit = param.unit;
            l.avisit = visits[k].name;
            l.avisitn = visits[k].visitn;
            l.ady = visits[k].ady;
            l.aval = values[i][k];
            l.base = values[i][0];
            l.chg = std::round((*l.aval - *l.base) * 10) / 10;
            l.lo = param.lo;
            l.hi = param.hi;
            l.provenance = Provenance::Illustrative;
            st.labs.push_back(l);
        }
}

}  // namespace ts
