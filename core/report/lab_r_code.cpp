#include "core/report/lab_r_code.h"

#include <sstream>

#include "core/analysis/option_tables.h"
#include "core/report/r_text.h"
#include "trialscope/version.h"

namespace ts {

namespace {

// The R expression of `value` on the report's scale, from the data frame d.
const char* scaleCode(LabScale scale) {
    switch (scale) {
    case LabScale::Value: return "d$aval";
    case LabScale::Change: return "ifelse(is.na(d$chg), d$aval - d$base, d$chg)";
    case LabScale::PercentChange: return "100 * ifelse(is.na(d$chg), d$aval - d$base, d$chg) / d$base";
    }
    return "d$aval";
}

const char* scaleWords(LabScale scale) {
    switch (scale) {
    case LabScale::Value: return "the value (AVAL)";
    case LabScale::Change: return "change from baseline (CHG, else AVAL - BASE)";
    case LabScale::PercentChange: return "percent change from baseline (100 x change / BASE)";
    }
    return "";
}

// summ(x): center, lower, upper of one group at one visit.
const char* summaryCode(LabSummaryKind kind) {
    switch (kind) {
    case LabSummaryKind::MeanSd: return "mean(x) + c(0, -1, 1) * sd(x)";
    case LabSummaryKind::MeanSe: return "mean(x) + c(0, -1, 1) * sd(x) / sqrt(length(x))";
    case LabSummaryKind::MeanCi:  // t.test's interval, written out: t.test gives NaN for a constant x
        return "mean(x) + c(0, qt(c(0.025, 0.975), length(x) - 1)) * sd(x) / sqrt(length(x))";
    case LabSummaryKind::MedianIqr: return "c(median(x), quantile(x, c(0.25, 0.75), type = 7, names = FALSE))";
    }
    return "";
}

const char* summaryWords(LabSummaryKind kind) {
    switch (kind) {
    case LabSummaryKind::MeanSd: return "mean -/+ SD";
    case LabSummaryKind::MeanSe: return "mean -/+ SE";
    case LabSummaryKind::MeanCi: return "mean with its t-based 95% CI";
    case LabSummaryKind::MedianIqr: return "median with Q1 and Q3 (quantile type 7)";
    }
    return "";
}

}  // namespace

std::string labRowsCsv(const LabRows& rows) {
    std::string out = "group,visit,aval,base,chg\n";
    for (size_t i = 0; i < rows.group.size(); ++i)
        out += csvField(rows.groups[static_cast<size_t>(rows.group[i])]) + "," + csvField(rows.visit[i]) + "," +
               csvNumber(rows.aval[i]) + "," + csvNumber(rows.base[i]) + "," + csvNumber(rows.chg[i]) + "\n";
    return out;
}

std::string labRCode(const LabReport& r, const std::string& csv) {
    const LabOptions& o = r.options;
    const LabSummaryKind kind = o.summary.value_or(LabSummaryKind::MeanSd);
    const bool medians = kind == LabSummaryKind::MedianIqr;
    std::vector<std::string> groups;
    for (const LabGroup& g : r.groups) groups.push_back(g.name);
    const std::string label = r.paramLabel.empty() ? r.param : r.paramLabel;

    std::ostringstream s;
    s << "# TrialScope " << TRIALSCOPE_VERSION << ": the numbers of the labs view of " << r.study << ", " << r.param
      << " (" << label << (r.unit.empty() || label.find(r.unit) != std::string::npos ? "" : ", " + r.unit)
      << "), reproduced with base R.\n"
      << "# Data: " << csv << ", one row per record summarised by visit: group (" << (r.by.empty() ? "arm" : r.by)
      << "), visit, aval, base, chg (as delivered; empty = NA)"
      << (o.population.empty() ? "" : "; population " + o.population + " = Y applied") << ".\n"
      << "options(digits = 15)\n"
      << "d <- read.csv(" << rString(csv) << ", stringsAsFactors = FALSE)\n"
      << "d$group <- factor(d$group, levels = " << rVector(groups) << ")\n"
      << "d$visit <- factor(d$visit, levels = " << rVector(r.visits) << ")  # the view's visit order\n\n"
      << "# Summarised: " << scaleWords(o.scale) << "\n"
      << "d$value <- " << scaleCode(o.scale) << "\n\n"
      << "# Each group at each visit: n and " << summaryWords(kind) << " (no spread below two values)\n"
      << "summ <- function(x) if (length(x) < 2) c(" << (medians ? "median(x)" : "mean(x)") << ", NA, NA) else "
      << summaryCode(kind) << "\n"
      << "for (v in levels(d$visit)) for (g in levels(d$group)) {\n"
      << "  x <- d$value[d$visit == v & d$group == g]\n"
      << "  if (length(x) > 0) cat(\"point\", g, v, length(x), summ(x), sep = \"|\", \"\\n\")\n"
      << "}\n\n"
      << "# Between the groups with values at each visit: "
      << (medians ? "Wilcoxon rank sum (2 groups) or Kruskal-Wallis" : "Welch's t (2 groups) or one-way ANOVA")
      << "; NA where R cannot test\n"
      << "for (v in levels(d$visit)) {\n"
      << "  e <- droplevels(d[d$visit == v, ])\n"
      << "  if (nlevels(e$group) < 2) next\n"
      << "  p <- tryCatch(suppressWarnings(if (nlevels(e$group) == 2) "
      << (medians ? "wilcox.test(value ~ group, data = e)$p.value else kruskal.test(value ~ group, data = e)$p.value"
                  : "t.test(value ~ group, data = e)$p.value else oneway.test(value ~ group, data = e, var.equal = "
                    "TRUE)$p.value")
      << "), error = function(err) NA)\n"
      << "  cat(\"p\", v, p, sep = \"|\", \"\\n\")\n"
      << "}\n";
    return s.str();
}

}  // namespace ts
