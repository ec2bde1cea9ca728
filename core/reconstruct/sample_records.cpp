#include "core/reconstruct/sample_records.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

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

std::vector<TteRecord> hccRecords(const std::vector<std::string>& ids, const std::vector<IpdRecord>& os,
                                  const std::vector<std::optional<double>>& hcc) {
    std::vector<TteRecord> out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const IpdRecord r = hcc[i] ? IpdRecord{*hcc[i], 1} : IpdRecord{os[i].time, 0};
        TteRecord t = sampleTte(ids[i], "HCC", "Time to hepatocellular carcinoma", r);
        t.provenance = Provenance::Illustrative;
        out.push_back(t);
    }
    return out;
}

std::vector<std::optional<double>> hccOnSurvivors(const std::vector<IpdRecord>& os, std::vector<double> hccTimes) {
    std::vector<std::optional<double>> out(os.size());
    std::sort(hccTimes.begin(), hccTimes.end());
    for (double t : hccTimes) {
        std::optional<std::size_t> best;
        for (std::size_t i = 0; i < os.size(); ++i)
            if (!out[i] && roundTime(os[i].time) > roundTime(t) && (!best || os[i].time < os[*best].time)) best = i;
        if (!best) throw std::logic_error("no subject is still followed at HCC time " + std::to_string(t));
        out[*best] = roundTime(t);
    }
    return out;
}

}  // namespace ts
