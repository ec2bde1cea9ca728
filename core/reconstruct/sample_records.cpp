#include "core/reconstruct/sample_records.h"

#include <cmath>
#include <cstdio>

namespace ts {

std::string sampleId(const std::string& study, const std::string& prefix, int number) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%03d", number);
    return study + "-" + prefix + buf;
}

double roundTime(double t) { return std::round(t * 1000.0) / 1000.0; }

std::vector<bool> spread(int n, int k) {
    std::vector<bool> out(static_cast<std::size_t>(n), false);
    for (int i = 0; i < n; ++i)
        out[static_cast<std::size_t>(i)] = (static_cast<long>(i + 1) * k) / n > (static_cast<long>(i) * k) / n;
    return out;
}

Subject sampleSubject(const std::string& study, const std::string& usubjid, const std::string& arm) {
    Subject s;
    s.usubjid = usubjid;
    s.vars = {{"STUDYID", study}, {"USUBJID", usubjid}, {"TRT01A", arm}, {"ARM", arm}, {"SAFFL", "Y"}, {"ITTFL", "Y"}};
    return s;
}

TteRecord sampleTte(const std::string& usubjid, const std::string& paramcd, const std::string& param,
                    const IpdRecord& r) {
    TteRecord t;
    t.usubjid = usubjid;
    t.paramcd = paramcd;
    t.param = param;
    t.aval = roundTime(r.time);
    t.cnsr = r.event ? 0 : 1;
    t.provenance = Provenance::Reconstructed;
    return t;
}

}  // namespace ts
