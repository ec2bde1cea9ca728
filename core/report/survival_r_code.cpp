#include "core/report/survival_r_code.h"

#include <sstream>

#include "core/analysis/option_tables.h"
#include "core/options/args.h"
#include "core/report/r_text.h"
#include "trialscope/version.h"

namespace ts {

namespace {

const char* rPAdjust(stats::PAdjust method) {
    switch (method) {
    case stats::PAdjust::Holm: return "holm";
    case stats::PAdjust::BH: return "BH";
    case stats::PAdjust::Bonferroni: return "bonferroni";
    case stats::PAdjust::None: return "none";
    }
    return "none";
}

}  // namespace

std::string survivalRowsCsv(const SurvivalRows& rows) {
    const bool strata = !rows.stratum.empty();
    std::string out = strata ? "group,stratum,time,status\n" : "group,time,status\n";
    for (size_t i = 0; i < rows.time.size(); ++i) {
        out += csvField(rows.groups[static_cast<size_t>(rows.group[i])]) + ",";
        if (strata) out += csvField(rows.strata[static_cast<size_t>(rows.stratum[i])]) + ",";
        out += optionNumber(rows.time[i]) + "," + std::to_string(rows.event[i]) + "\n";
    }
    return out;
}

std::string survivalRCode(const SurvivalReport& r, const std::string& csv) {
    const SurvivalOptions& o = r.options;
    std::vector<std::string> groups;
    for (const SurvivalGroup& g : r.groups) groups.push_back(g.name);
    // The reference arm first: R's treatment contrasts compare every other level with it.
    std::vector<std::string> levels{r.reference};
    for (const std::string& g : groups)
        if (g != r.reference) levels.push_back(g);
    const std::string strata = o.strata.empty() ? "" : " + strata(stratum)";
    const std::string conf(confTypes().name(o.conf));

    std::ostringstream s;
    s << "# TrialScope " << TRIALSCOPE_VERSION << ": the numbers of the survival view of " << r.study << ", "
      << r.endpoint << " (" << r.endpointLabel << "), reproduced with base R and the survival package.\n"
      << "# Data: " << csv << ", one row per analysed record: group (" << (r.by.empty() ? "arm" : r.by) << ")"
      << (o.strata.empty() ? "" : ", stratum (" + o.strata + ")") << ", time (" << r.timeUnit
      << "), status (1 = event, 0 = censored)"
      << (o.population.empty() ? "" : "; population " + o.population + " = Y applied") << ".\n";
    if (o.gamma > 0)
        s << "# Not reproduced here: the Fleming-Harrington weight gamma = " << optionNumber(o.gamma)
          << " (survdiff has rho only).\n";
    if (o.landmark) s << "# Not reproduced here: the landmark split at " << optionNumber(*o.landmark) << ".\n";
    if (!o.competing.empty())
        s << "# Not reproduced here: the cumulative incidence with " << o.competing
          << " competing (the code below is the Kaplan-Meier analysis of " << r.endpoint << " alone).\n";
    s << "suppressMessages(library(survival))\n"
      << "options(digits = 15)\n"
      << "d <- read.csv(" << rString(csv) << ", stringsAsFactors = FALSE)\n"
      << "d$group <- factor(d$group, levels = " << rVector(levels) << ")  # reference first: " << r.reference << "\n\n"
      << "# Kaplan-Meier by group: medians and survival at the risk table's times\n"
      << "fit <- survfit(Surv(time, status) ~ group, data = d, conf.type = " << rString(conf)
      << ", conf.int = " << optionNumber(o.level) << ")\n"
      << "tab <- summary(fit)$table\n"
      << "lcl <- grep(\"LCL\", colnames(tab)); ucl <- grep(\"UCL\", colnames(tab))\n"
      << "for (g in rownames(tab)) cat(\"median\", sub(\"group=\", \"\", g), tab[g, \"median\"], tab[g, lcl], "
         "tab[g, ucl], sep = \"|\", \"\\n\")\n"
      << "at <- summary(fit, times = " << rNumbers(o.times) << ", extend = TRUE)\n"
      << "for (i in seq_along(at$time)) cat(\"at\", sub(\"group=\", \"\", as.character(at$strata[i])), at$time[i], "
         "at$n.risk[i], at$surv[i], at$lower[i], at$upper[i], sep = \"|\", \"\\n\")\n\n"
      << "# Log-rank test" << (o.rho > 0 ? " (Fleming-Harrington rho)" : "") << (strata.empty() ? "" : ", stratified")
      << "\n"
      << "lr <- survdiff(Surv(time, status) ~ group" << strata << ", data = d, rho = " << optionNumber(o.rho) << ")\n"
      << "df <- length(unique(d$group)) - 1\n"
      << "cat(\"logrank\", lr$chisq, df, pchisq(lr$chisq, df, lower.tail = FALSE), sep = \"|\", \"\\n\")\n\n"
      << "# Cox model: hazard ratios against " << r.reference << "\n"
      << "cox <- coxph(Surv(time, status) ~ group" << strata
      << ", data = d, ties = " << rString(std::string(tiesMethods().name(o.ties))) << ")\n"
      << "ci <- summary(cox, conf.int = " << optionNumber(o.level) << ")\n"
      << "for (k in seq_len(nrow(ci$conf.int))) cat(\"hr\", sub(\"^group\", \"\", rownames(ci$conf.int)[k]), "
         "ci$conf.int[k, 1], ci$conf.int[k, 3], ci$conf.int[k, 4], ci$coefficients[k, 5], sep = \"|\", \"\\n\")\n";
    if (o.rmstTau)
        s << "\n# Restricted mean survival time up to " << optionNumber(*o.rmstTau) << "\n"
          << "rm <- summary(fit, rmean = " << optionNumber(*o.rmstTau) << ")$table\n"
          << "for (g in rownames(rm)) cat(\"rmean\", sub(\"group=\", \"\", g), rm[g, \"rmean\"], rm[g, \"se(rmean)\"], "
             "sep = \"|\", \"\\n\")\n";
    if (o.pairwise)
        s << "\n# Every pair of groups, p adjusted (" << rPAdjust(*o.pairwise) << ")\n"
          << "pairs <- combn(levels(d$group), 2)\n"
          << "p <- apply(pairs, 2, function(ab) { x <- survdiff(Surv(time, status) ~ group" << strata
          << ", data = droplevels(d[d$group %in% ab, ]), rho = " << optionNumber(o.rho)
          << "); pchisq(x$chisq, 1, lower.tail = FALSE) })\n"
          << "padj <- p.adjust(p, method = " << rString(rPAdjust(*o.pairwise)) << ")\n"
          << "for (k in seq_along(p)) cat(\"pairwise\", pairs[1, k], pairs[2, k], padj[k], sep = \"|\", \"\\n\")\n";
    if (o.phTest)
        s << "\n# Proportional hazards: scaled Schoenfeld residuals against the KM transform of time\n"
          << "z <- cox.zph(cox, transform = \"km\")$table\n"
          << "for (k in rownames(z)) cat(\"zph\", k, z[k, \"chisq\"], z[k, \"df\"], z[k, \"p\"], sep = \"|\", "
             "\"\\n\")\n";
    return s.str();
}

}  // namespace ts
