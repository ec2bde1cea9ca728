#include "core/analysis/shift_analysis.h"

#include <algorithm>
#include <cctype>

#include "core/analysis/analysis_error.h"
#include "core/analysis/group_lookup.h"
#include "core/analysis/grouping.h"
#include "core/analysis/post_baseline.h"

namespace ts {

namespace {

constexpr int kMissing = -1;

// 1 when a reference-range indicator (ANRIND, BNRIND) is abnormal in the direction, 0 when it is
// not (normal or the other direction), kMissing when it says neither (blank, "ABNORMAL").
int indicator(std::string text, ShiftDirection d) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const bool high = text == "H" || text.find("HIGH") != std::string::npos;
    const bool low = text == "L" || text.find("LOW") != std::string::npos;
    if (high || low) return (d == ShiftDirection::High ? high : low) ? 1 : 0;
    return text == "NORMAL" || text == "N" ? 0 : kMissing;
}

// The value against the record's range: 1 beyond the limit of the direction, 0 within it.
int byValue(std::optional<double> value, const LabRecord& r, ShiftDirection d) {
    const std::optional<double> limit = d == ShiftDirection::High ? r.hi : r.lo;
    if (!value || !limit) return kMissing;
    return (d == ShiftDirection::High ? *value > *limit : *value < *limit) ? 1 : 0;
}

int baselineLevel(const LabRecord& r, const ShiftOptions& o) {
    const bool high = o.direction == ShiftDirection::High;
    if (o.scale == ShiftScale::Grade) return (high ? r.baseGradeHigh : r.baseGradeLow).value_or(kMissing);
    const int level = indicator(r.bnrind, o.direction);
    return level != kMissing ? level : byValue(r.base, r, o.direction);
}

int postLevel(const LabRecord& r, const ShiftOptions& o) {
    const bool high = o.direction == ShiftDirection::High;
    if (o.scale == ShiftScale::Grade) return (high ? r.gradeHigh : r.gradeLow).value_or(kMissing);
    const int level = indicator(r.anrind, o.direction);
    return level != kMissing ? level : byValue(r.aval, r, o.direction);
}

std::string levelName(int level, const ShiftOptions& o) {
    const std::string dir = o.direction == ShiftDirection::High ? "HIGH" : "LOW";
    if (level == kMissing) return "MISSING";
    if (level == 0) return "NOT " + dir;
    return o.scale == ShiftScale::Range ? dir : std::to_string(level);
}

struct SubjectShift {
    int baseline = kMissing;
    bool baselineSeen = false;
    int worst = kMissing;
};

}  // namespace

bool hasGrades(const StudyData& study, const std::string& param, ShiftDirection d) {
    return std::any_of(study.labs.begin(), study.labs.end(), [&](const LabRecord& r) {
        return r.paramcd == param && (d == ShiftDirection::High ? r.gradeHigh : r.gradeLow).has_value();
    });
}

ShiftReport analyseShift(const StudyData& study, const ShiftOptions& o) {
    ShiftReport rep;
    rep.study = study.info.id;
    rep.param = o.param;
    rep.options = o;
    const bool any =
        std::any_of(study.labs.begin(), study.labs.end(), [&](const LabRecord& r) { return r.paramcd == o.param; });
    if (!any)
        throw AnalysisError("study " + study.info.id + " has no subject-level records of lab parameter '" + o.param +
                            "'");
    if (o.scale == ShiftScale::Grade && !hasGrades(study, o.param, o.direction))
        throw AnalysisError("study " + study.info.id + ": lab parameter '" + o.param +
                            "' has no toxicity grades (ATOXGR) in the " +
                            (o.direction == ShiftDirection::High ? "high" : "low") + " direction");
    const Grouping g = groupSubjects(study, o.by, o.population);
    rep.by = g.by;
    GroupLookup lookup(study, g);
    PostBaseline post(study);
    std::vector<SubjectShift> shift(study.subjects.size());
    for (const LabRecord& r : study.labs) {
        if (r.paramcd != o.param) continue;
        const long at = lookup.position(r.usubjid);
        if (at < 0 || g.subjectGroup[at] < 0) continue;
        if (rep.paramLabel.empty()) rep.paramLabel = r.param;
        if (r.provenance != Provenance::Original) rep.provenance = r.provenance;
        SubjectShift& s = shift[at];
        if (!s.baselineSeen || s.baseline == kMissing) {
            s.baseline = baselineLevel(r, o);
            s.baselineSeen = true;
        }
        if (!post.observation(r)) continue;
        s.worst = std::max(s.worst, postLevel(r, o));
    }

    int maxLevel = o.scale == ShiftScale::Range ? 1 : 4;
    bool missingBaseline = false;
    int uncounted = 0;
    for (size_t at = 0; at < shift.size(); ++at) {
        if (g.subjectGroup[at] < 0) continue;
        if (shift[at].worst == kMissing) {
            ++uncounted;
            continue;
        }
        maxLevel = std::max({maxLevel, shift[at].worst, shift[at].baseline});
        missingBaseline |= shift[at].baseline == kMissing;
    }
    std::vector<int> baseLevels, worstLevels;
    for (int l = 0; l <= maxLevel; ++l) worstLevels.push_back(l);
    baseLevels = worstLevels;
    if (missingBaseline) baseLevels.push_back(kMissing);
    for (int l : baseLevels) rep.baselineLevels.push_back(levelName(l, o));
    for (int l : worstLevels) rep.worstLevels.push_back(levelName(l, o));

    // counts[group][baseline index][worst level]
    const size_t nb = baseLevels.size(), nw = worstLevels.size();
    std::vector<int> counts(g.names.size() * nb * nw, 0), rowTotal(g.names.size() * nb, 0);
    rep.groupN.assign(g.names.size(), 0);
    for (size_t at = 0; at < shift.size(); ++at) {
        const int grp = g.subjectGroup[at];
        if (grp < 0 || shift[at].worst == kMissing) continue;
        const size_t b = shift[at].baseline == kMissing ? nb - 1 : static_cast<size_t>(shift[at].baseline);
        ++counts[(grp * nb + b) * nw + static_cast<size_t>(shift[at].worst)];
        ++rowTotal[grp * nb + b];
        ++rep.groupN[grp];
    }
    std::vector<std::string> shown;
    std::vector<int> shownN;
    for (size_t grp = 0; grp < g.names.size(); ++grp) {
        if (rep.groupN[grp] == 0) {  // a screen-failure arm, an arm without this test
            rep.notes.push_back("group " + g.names[grp] + " has no subject with a post-baseline " + o.param);
            continue;
        }
        shown.push_back(g.names[grp]);
        shownN.push_back(rep.groupN[grp]);
        for (size_t b = 0; b < nb; ++b)
            for (size_t w = 0; w < nw; ++w) {
                const int n = counts[(grp * nb + b) * nw + w], total = rowTotal[grp * nb + b];
                rep.rows.push_back({static_cast<int>(shown.size()) - 1, rep.baselineLevels[b], rep.worstLevels[w], n,
                                    total > 0 ? std::optional<double>(100.0 * n / total) : std::nullopt});
            }
    }
    rep.groups = std::move(shown);
    rep.groupN = std::move(shownN);
    if (uncounted > 0)
        rep.notes.push_back(std::to_string(uncounted) + (uncounted == 1 ? " subject" : " subjects") +
                            " without a post-baseline " + o.param + " category not counted");
    return rep;
}

}  // namespace ts
