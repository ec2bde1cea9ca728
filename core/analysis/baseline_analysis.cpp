#include "core/analysis/baseline_analysis.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <set>

#include "core/analysis/adsl_label.h"
#include "core/analysis/analysis_error.h"
#include "core/analysis/grouping.h"
#include "core/stats/anova.h"
#include "core/stats/chi_square.h"
#include "core/stats/describe.h"
#include "core/stats/fisher_exact.h"
#include "core/stats/t_test.h"

namespace ts {

namespace {

std::optional<double> number(const std::string& s) {
    double v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

// fmt takes one or two doubles (a second unused one is ignored by printf).
std::string format(const char* fmt, double a, double b) {
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, a, b);
    return buf;
}

// Values of `var` per group; `numeric` is false when some non-empty value is not a number.
struct Column {
    std::vector<std::vector<std::string>> text;
    bool numeric = true;
};

Column column(const StudyData& study, const Grouping& g, const std::string& var) {
    Column c;
    c.text.resize(g.names.size());
    for (size_t i = 0; i < study.subjects.size(); ++i) {
        const int grp = g.subjectGroup[i];
        const std::string* v = study.subjects[i].var(var);
        if (grp < 0 || !v || v->empty()) continue;
        c.text[static_cast<size_t>(grp)].push_back(*v);
        if (!number(*v)) c.numeric = false;
    }
    return c;
}

// Mean ± SD, the mean alone for one value, a dash for none.
std::string meanSd(const std::vector<double>& x) {
    const auto d = stats::describe(x);
    return d.mean && d.sd ? format("%.1f ± %.1f", *d.mean, *d.sd) : d.mean ? format("%.1f", *d.mean, 0.0) : "–";
}

// Mean ± SD per group and over all of them (`total`); Welch t (2 groups) or one-way ANOVA p.
BaselineLine numericLine(const std::string& var, const std::string& label, const Column& c, bool total) {
    BaselineLine line{var, label, false, {}, {}, std::nullopt, ""};
    std::vector<double> all;
    std::vector<int> codes;
    std::vector<std::vector<double>> groups;
    for (size_t k = 0; k < c.text.size(); ++k) {
        std::vector<double> x;
        for (const auto& t : c.text[k]) x.push_back(*number(t));
        line.cells.push_back(meanSd(x));
        for (double v : x) {
            all.push_back(v);
            codes.push_back(static_cast<int>(k));
        }
        groups.push_back(std::move(x));
    }
    if (total) line.total = meanSd(all);
    if (groups.size() == 2) {
        line.pValue = stats::welchTTest(groups[0], groups[1]).p;
        line.test = "Welch t test";
    } else if (groups.size() > 2) {
        line.pValue = stats::oneWayAnova(all, codes).p;
        line.test = "one-way ANOVA";
    }
    return line;
}

// n (%), or "0" without a denominator.
std::string countPercent(int count, int n) { return n > 0 ? format("%.0f (%.1f%%)", count, 100.0 * count / n) : "0"; }

// A title line with the test, then n (%) per level, per group and with `totalN` over all groups.
void categoricalLines(const std::string& var, const std::string& label, const Column& c, const std::vector<int>& n,
                      std::optional<int> totalN, std::vector<BaselineLine>& out) {
    std::set<std::string> levels;
    for (const auto& g : c.text) levels.insert(g.begin(), g.end());
    const size_t k = c.text.size();
    std::vector<double> table;  // levels x groups
    std::vector<BaselineLine> rows;
    for (const auto& level : levels) {
        BaselineLine line{var + ": " + level, level, false, {}, {}, std::nullopt, ""};
        int all = 0;
        for (size_t j = 0; j < k; ++j) {
            int count = 0;
            for (const auto& v : c.text[j]) count += v == level;
            table.push_back(count);
            line.cells.push_back(countPercent(count, n[j]));
            all += count;
        }
        if (totalN) line.total = countPercent(all, *totalN);
        rows.push_back(std::move(line));
    }
    BaselineLine title{var, label, true, std::vector<std::string>(k), {}, std::nullopt, ""};
    if (levels.size() == 2 && k == 2) {
        title.pValue = stats::fisherExact(static_cast<int>(table[0]), static_cast<int>(table[1]),
                                          static_cast<int>(table[2]), static_cast<int>(table[3]))
                           .p;
        title.test = "Fisher's exact test";
    } else if (levels.size() >= 2 && k >= 2) {
        title.pValue = stats::chiSquare(table, levels.size(), k).p;
        title.test = "chi-square test";
    }
    out.push_back(std::move(title));
    for (auto& r : rows) out.push_back(std::move(r));
}

BaselineReport published(const StudyData& study) {
    BaselineReport rep;
    const Grouping g = groupArms(study.info);
    rep.by = g.by;
    rep.groups = g.names;
    // One line per characteristic, its cells and p gathered from rows that each carry their own
    // order (one row per arm, as the samples' baseline.csv), placed at the first row's order.
    std::map<std::string, std::size_t> lineOf;
    std::vector<std::pair<int, BaselineLine>> lines;
    std::set<std::string> sources;
    for (const auto& c : study.baseline) {
        auto [at, fresh] = lineOf.emplace(c.characteristic, lines.size());
        if (fresh) lines.push_back({c.order, BaselineLine{}});
        lines[at->second].first = std::min(lines[at->second].first, c.order);
        auto& line = lines[at->second].second;
        line.characteristic = line.label = c.characteristic;
        line.cells.resize(g.names.size());
        rep.provenance = c.provenance;
        if (!c.source.empty()) sources.insert(c.source);
        if (c.arm.empty() || c.statistic == "p") {
            line.pValue = number(c.value);
            line.test = "as published";
        } else if (auto k = findGroup(study.info, g, c.arm)) {
            line.cells[static_cast<size_t>(*k)] = c.value;
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [order, line] : lines) rep.lines.push_back(std::move(line));
    for (const auto& s : sources) rep.source += (rep.source.empty() ? "" : "; ") + s;
    return rep;
}

}  // namespace

BaselineReport analyseBaseline(const StudyData& study, const std::string& by, const std::string& population,
                               const std::vector<std::string>& variables, DataSource source) {
    if (source == DataSource::Published && study.baseline.empty())
        throw AnalysisError("study " + study.info.id + " has no published baseline table");
    if (study.subjects.empty() || source == DataSource::Published) {
        BaselineReport rep = published(study);
        rep.study = study.info.id;
        return rep;
    }
    BaselineReport rep;
    rep.study = study.info.id;
    rep.provenance = study.info.adslProvenance;  // a reconstructed ADSL is not "original"
    const Grouping g = groupSubjects(study, by, population);
    rep.by = g.by;
    rep.groups = g.names;
    rep.groupN = g.sizes;
    if (g.sizes.size() >= 2) {
        int all = 0;
        for (int size : g.sizes) all += size;
        rep.totalN = all;
    }
    std::vector<std::string> vars = variables;
    if (vars.empty())
        for (const char* v : {"AGE", "AGEGR1", "SEX", "RACE", "ETHNIC", "HEIGHTBL", "WEIGHTBL", "BMIBL"})
            if (!study.subjects.empty() && study.subjects.front().var(v)) vars.push_back(v);
    for (const auto& var : vars) {
        const Column c = column(study, g, var);
        const std::string label = adslLabel(study, var);
        if (c.numeric) rep.lines.push_back(numericLine(var, label, c, rep.totalN.has_value()));
        else categoricalLines(var, label, c, rep.groupN, rep.totalN, rep.lines);
    }
    return rep;
}

}  // namespace ts
