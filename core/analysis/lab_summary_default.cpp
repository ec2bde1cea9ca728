#include "core/analysis/lab_summary_default.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ts {

namespace {

constexpr std::array<std::string_view, 9> kSkewed{"BILI", "TBIL", "DBIL", "ALT", "AST", "ALP", "ALKPH", "GGT", "CREAT"};
constexpr double kStrongSkew = 1.0;
constexpr std::size_t kMinValues = 8;

}  // namespace

double sampleSkewness(const std::vector<double>& values) {
    const std::size_t n = values.size();
    if (n < 3) return 0;
    double mean = 0;
    for (double v : values) mean += v;
    mean /= static_cast<double>(n);
    // Central moments in a second pass (a one-pass power sum loses the digits of m3 when the mean
    // is large against the spread, as for platelets in 10^9/L).
    double m2 = 0, m3 = 0;
    for (double v : values) {
        const double d = v - mean;
        m2 += d * d;
        m3 += d * d * d;
    }
    m2 /= static_cast<double>(n);
    m3 /= static_cast<double>(n);
    return m2 > 0 ? m3 / std::pow(m2, 1.5) : 0;
}

LabSummaryKind defaultLabSummary(std::string_view paramcd, const std::vector<double>& values) {
    if (std::find(kSkewed.begin(), kSkewed.end(), paramcd) != kSkewed.end()) return LabSummaryKind::MedianIqr;
    if (values.size() >= kMinValues && sampleSkewness(values) > kStrongSkew) return LabSummaryKind::MedianIqr;
    return LabSummaryKind::MeanSd;
}

LabSummaryKind defaultLabSummary(const StudyData& study, const std::string& paramcd) {
    std::vector<double> values;
    for (const LabRecord& r : study.labs)
        if (r.paramcd == paramcd && r.aval) values.push_back(*r.aval);
    if (!values.empty()) return defaultLabSummary(paramcd, values);
    bool rows = false, medianOnly = true;
    for (const LabSummary& s : study.labSummaries)
        if (s.paramcd == paramcd) {
            rows = true;
            medianOnly = medianOnly && !s.mean && s.median;
        }
    return rows && medianOnly ? LabSummaryKind::MedianIqr : LabSummaryKind::MeanSd;
}

}  // namespace ts
