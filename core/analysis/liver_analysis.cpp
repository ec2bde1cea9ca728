#include "core/analysis/liver_analysis.h"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <tuple>

#include "core/analysis/analysis_error.h"
#include "core/analysis/group_lookup.h"
#include "core/analysis/grouping.h"
#include "core/analysis/lab_analysis.h"
#include "core/analysis/post_baseline.h"

namespace ts {

namespace {

enum Slot { kAlt, kAst, kBili, kAlp, kSlots };

// The largest ratio seen and the study day of its first occurrence.
struct Peak {
    double ratio = 0;
    double day = 0;
    bool set = false;
    void offer(double r, double d) {
        if (!set || r > ratio || (r == ratio && d < day)) *this = {r, d, true};
    }
};

struct SubjectPeaks {
    std::array<Peak, kSlots> uln;       // AVAL / ANRHI
    std::array<Peak, kSlots> baseline;  // AVAL / the subject's baseline (mDISH)
};

std::string firstPresent(const std::set<std::string>& codes, std::initializer_list<const char*> names) {
    for (const char* n : names)
        if (codes.count(n)) return n;
    return {};
}

int slotOf(const LiverParams& p, const std::string& paramcd) {
    if (paramcd == p.alt) return kAlt;
    if (paramcd == p.ast) return kAst;
    if (paramcd == p.bili) return kBili;
    if (paramcd == p.alp) return kAlp;
    return -1;
}

// slotOf, remembering the last answer: ADLB lists a subject's records parameter by parameter, so
// consecutive records almost always share their PARAMCD (one comparison instead of four).
class SlotCache {
public:
    explicit SlotCache(const LiverParams& p) : m_params(p) {}
    int operator()(const std::string& paramcd) {
        if (!m_last || paramcd != *m_last) {
            m_slot = slotOf(m_params, paramcd);
            m_last = &paramcd;
        }
        return m_slot;
    }

private:
    const LiverParams& m_params;
    const std::string* m_last = nullptr;
    int m_slot = -1;
};

// Per subject position and slot: the first BASE of its records, else the AVAL of its ABLFL record.
std::vector<std::array<std::optional<double>, kSlots>> baselines(const StudyData& study, const LiverParams& p,
                                                                 GroupLookup& lookup) {
    std::vector<std::array<std::optional<double>, kSlots>> base(study.subjects.size());
    std::vector<std::array<std::optional<double>, kSlots>> flagged(study.subjects.size());
    SlotCache slots(p);
    for (const LabRecord& r : study.labs) {
        const int slot = slots(r.paramcd);
        if (slot < 0) continue;
        const long at = lookup.position(r.usubjid);
        if (at < 0) continue;
        if (r.base && !base[at][slot]) base[at][slot] = r.base;
        if (r.baseline && r.aval && !flagged[at][slot]) flagged[at][slot] = r.aval;
    }
    for (size_t k = 0; k < base.size(); ++k)
        for (int s = 0; s < kSlots; ++s)
            if (!base[k][s]) base[k][s] = flagged[k][s];
    return base;
}

// Groups without a subject to show (a screen-failure arm, an arm without liver tests) are left out,
// with one note naming them, rather than shown as empty columns.
void dropEmptyGroups(LiverReport& rep) {
    std::vector<int> newIndex(rep.groups.size(), -1);
    std::vector<LiverGroup> kept;
    std::string empty;
    for (size_t k = 0; k < rep.groups.size(); ++k) {
        if (rep.groups[k].n == 0) {
            empty += (empty.empty() ? "" : ", ") + rep.groups[k].name;
            continue;
        }
        newIndex[k] = static_cast<int>(kept.size());
        kept.push_back(std::move(rep.groups[k]));
    }
    if (!empty.empty()) rep.notes.push_back("left out, no subject with both peaks: " + empty);
    rep.groups = std::move(kept);
    for (LiverSubject& s : rep.subjects) s.group = newIndex[s.group];
}

}  // namespace

double defaultXCut(LiverReference reference) { return reference == LiverReference::Uln ? 3.0 : 3.8; }
double defaultYCut(LiverReference reference) { return reference == LiverReference::Uln ? 2.0 : 4.8; }

namespace {
std::set<std::string> subjectLabCodes(const StudyData& study) {
    std::set<std::string> codes;
    for (const auto& p : subjectLabParameters(study)) codes.insert(p.first);
    return codes;
}
}  // namespace

LiverParams knownLiverParams(const StudyData& study, LiverParams given) {
    const std::set<std::string> codes = subjectLabCodes(study);
    for (std::string* code : {&given.alt, &given.ast, &given.bili, &given.alp})
        if (!codes.count(*code)) code->clear();
    return given;
}

LiverParams liverParams(const StudyData& study, const LiverParams& given) {
    const std::set<std::string> codes = subjectLabCodes(study);
    auto pick = [&](const std::string& chosen, std::initializer_list<const char*> names) {
        if (!chosen.empty() && !codes.count(chosen))
            throw AnalysisError("study " + study.info.id + " has no subject-level lab parameter '" + chosen + "'");
        return !chosen.empty() ? chosen : firstPresent(codes, names);
    };
    return {pick(given.alt, {"ALT", "ALAT", "SGPT"}), pick(given.ast, {"AST", "ASAT", "SGOT"}),
            pick(given.bili, {"BILI", "TBIL", "TBILI"}), pick(given.alp, {"ALP", "ALKPH"})};
}

Quadrant quadrantOf(double x, double y, double xCut, double yCut) {
    if (x >= xCut) return y >= yCut ? Quadrant::HysLaw : Quadrant::Temple;
    return y >= yCut ? Quadrant::Hyperbilirubinemia : Quadrant::Normal;
}

std::optional<LiverPattern> patternOf(std::optional<double> r) {
    if (!r) return std::nullopt;
    if (*r >= 5) return LiverPattern::Hepatocellular;
    return *r <= 2 ? LiverPattern::Cholestatic : LiverPattern::Mixed;
}

LiverReport analyseLiver(const StudyData& study, const LiverOptions& o) {
    LiverReport rep;
    rep.study = study.info.id;
    rep.population = o.population;
    rep.reference = o.reference;
    rep.xCut = o.xCut.value_or(defaultXCut(o.reference));
    rep.yCut = o.yCut.value_or(defaultYCut(o.reference));
    if (!(rep.xCut > 0) || !(rep.yCut > 0)) throw AnalysisError("the cut-offs must be positive multiples");
    const LiverParams p = liverParams(study, o.params);
    rep.params = p;
    const bool noX = o.x == LiverX::Alt   ? p.alt.empty()
                     : o.x == LiverX::Ast ? p.ast.empty()
                                          : p.alt.empty() && p.ast.empty();
    if (p.bili.empty() || noX)
        throw AnalysisError("study " + study.info.id +
                            " has no subject-level ALT or AST and bilirubin (ADLB PARAMCD ALT, AST, BILI)");
    rep.x = o.x == LiverX::Alt ? p.alt : o.x == LiverX::Ast ? p.ast : "max(" + p.alt + "," + p.ast + ")";
    rep.y = p.bili;

    const Grouping g = groupSubjects(study, o.by, o.population);
    rep.by = g.by;
    GroupLookup lookup(study, g);
    const bool mdish = o.reference == LiverReference::Baseline;
    const auto base = mdish ? baselines(study, p, lookup) : std::vector<std::array<std::optional<double>, kSlots>>{};
    std::vector<SubjectPeaks> peaks(study.subjects.size());
    PostBaseline post(study);
    bool anyUln = false;  // a record of the x or y test with an upper limit of normal
    SlotCache slots(p);
    for (const LabRecord& r : study.labs) {
        const int slot = slots(r.paramcd);
        if (slot < 0 || !r.aval) continue;
        anyUln |= slot != kAlp && r.hi && *r.hi > 0;
        const long at = lookup.position(r.usubjid);
        if (at < 0 || g.subjectGroup[at] < 0) continue;
        const std::optional<double> day = post.observation(r);
        if (!day) continue;
        if (r.provenance != Provenance::Original) rep.provenance = r.provenance;
        if (r.hi && *r.hi > 0) peaks[at].uln[slot].offer(*r.aval / *r.hi, *day);
        if (mdish && base[at][slot] && *base[at][slot] > 0)
            peaks[at].baseline[slot].offer(*r.aval / *base[at][slot], *day);
    }

    if (!mdish && !anyUln)
        throw AnalysisError("study " + study.info.id + ": its " + rep.x + " and " + rep.y +
                            " records have no upper limit of normal (ANRHI or A1HI); mDISH (--reference baseline) "
                            "uses each subject's baseline instead");
    for (size_t k = 0; k < g.names.size(); ++k) rep.groups.push_back({g.names[k], g.colours[k], 0, {}});
    int left = 0;
    for (size_t at = 0; at < study.subjects.size(); ++at) {
        const int grp = g.subjectGroup[at];
        if (grp < 0) continue;
        const auto& P = mdish ? peaks[at].baseline : peaks[at].uln;
        const Peak* x = o.x == LiverX::Ast ? &P[kAst] : &P[kAlt];
        std::string xParam = o.x == LiverX::Ast ? p.ast : p.alt;
        if (o.x == LiverX::Max && P[kAst].set && (!x->set || P[kAst].ratio > x->ratio)) {
            x = &P[kAst];
            xParam = p.ast;
        }
        const Peak& y = P[kBili];
        if (!x->set || !y.set) {
            ++left;
            continue;
        }
        LiverSubject s;
        s.usubjid = study.subjects[at].usubjid;
        s.group = grp;
        std::tie(s.xPeak, s.xPeakDay, s.yPeak, s.yPeakDay, s.xParam) =
            std::tie(x->ratio, x->day, y.ratio, y.day, xParam);
        const Peak& alt = peaks[at].uln[kAlt];
        const Peak& alp = peaks[at].uln[kAlp];
        if (alp.set) s.alpPeak = alp.ratio;
        if (alp.set && alt.set && alp.ratio > 0) s.rRatio = alt.ratio / alp.ratio;
        s.pattern = patternOf(s.rRatio);
        s.quadrant = quadrantOf(s.xPeak, s.yPeak, rep.xCut, rep.yCut);
        LiverGroup& lg = rep.groups[grp];
        ++lg.n;
        ++lg.quadrants[static_cast<size_t>(s.quadrant)];
        rep.subjects.push_back(std::move(s));
    }
    dropEmptyGroups(rep);
    std::stable_sort(rep.subjects.begin(), rep.subjects.end(), [](const LiverSubject& a, const LiverSubject& b) {
        return std::tie(a.group, a.usubjid) < std::tie(b.group, b.usubjid);
    });
    if (left > 0)
        rep.notes.push_back(std::to_string(left) + (left == 1 ? " subject" : " subjects") +
                            " without a post-baseline " + (mdish ? "peak against baseline" : "peak against ULN") +
                            " of both " + rep.x + " and " + rep.y + " left out");
    if (p.alp.empty()) rep.notes.push_back("no ALP (ALKPH) records: R ratio and pattern are null");
    return rep;
}

LiverComparison compareLiver(const std::vector<const StudyData*>& studies, const LiverOptions& options) {
    LiverComparison out;
    for (const StudyData* study : studies) {
        try {
            out.reports.push_back(analyseLiver(*study, options));
        } catch (const AnalysisError& e) {
            out.skipped.push_back(study->info.id + ": " + e.what());
        }
    }
    return out;
}

}  // namespace ts
