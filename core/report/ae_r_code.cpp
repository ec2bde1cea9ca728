#include "core/report/ae_r_code.h"

#include <sstream>

#include "core/options/args.h"
#include "core/report/r_text.h"
#include "trialscope/version.h"

namespace ts {

namespace {

std::string yesNo(const std::optional<bool>& flag) { return flag ? (*flag ? "Y" : "N") : ""; }

std::optional<double> number(const std::optional<long>& v) {
    return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
}

// The R expression of one row's key over the events e, from the options.
std::string keyCode(const AeOptions& o, bool terms) {
    return std::string("paste(e$aebodsys, ") + (terms ? "e$aedecod" : "\"\"") + ", " +
           (o.byGrade ? "e$grade" : "\"\"") + ", " + (o.byRelated ? "e$related" : "\"\"") + ", sep = \"|\")";
}

}  // namespace

std::string aeRowsCsv(const AeRows& rows) {
    std::string out =
        "subject,group,event,aebodsys,aedecod,aesev,aetoxgr,aerel,aeser,trtemfl,aeacn,aeout,aesdth,"
        "onset,exposed,dthfl\n";
    for (const AeDataRow& r : rows.rows) {
        const std::string grade = r.grade ? std::to_string(*r.grade) : "";
        for (const std::string& field :
             {csvField(r.subject), csvField(rows.groups[static_cast<size_t>(r.group)]),
              std::string(r.event ? "1" : "0"), csvField(r.soc), csvField(r.term), csvField(r.severity), grade,
              csvField(r.related), yesNo(r.serious), yesNo(r.emergent), csvField(r.action), csvField(r.outcome),
              yesNo(r.fatal), csvNumber(number(r.onset)), csvNumber(r.exposed)})
            out += field + ",";
        out += std::string(r.died ? "Y" : "N") + "\n";
    }
    return out;
}

std::string aeRCode(const AeReport& r, const std::string& csv) {
    const AeOptions& o = r.options;
    std::vector<std::string> groups;
    for (const AeGroupTotal& g : r.groups) groups.push_back(g.name);
    const bool grades = r.severityScale == "grade";
    const bool terms = o.level == AeLevel::Term;
    std::ostringstream s;
    s << "# TrialScope " << TRIALSCOPE_VERSION << ": the numbers of the adverse-event view of " << r.study
      << ", reproduced with base R.\n"
      << "# Data: " << csv
      << ", every ADAE record of a subject in the analysis (group: " << (r.by.empty() ? "arm" : r.by)
      << ") as delivered, and one row with event = 0 for each subject without one"
      << (o.population.empty() ? "" : "; population " + o.population + " = Y applied")
      << ". onset: study day of ASTDT from TRTSDT; exposed: days on treatment (TRTDURD, else TRTEDT - TRTSDT + 1).\n"
      << "options(digits = 15)\n"
      << "d <- read.csv(" << rString(csv) << ", stringsAsFactors = FALSE, na.strings = \"\")\n"
      << "d$group <- factor(d$group, levels = " << rVector(groups) << ")\n"
      << "n <- table(d$group[!duplicated(d$subject)])  # the denominators: subjects per group\n"
      << "e <- d[d$event == 1, ]\n"
      << "# Treatment-emergent events only where the data flag any (TRTEMFL = Y)\n"
      << "if (any(!is.na(e$trtemfl))) e <- e[e$trtemfl %in% \"Y\", ]\n"
      << "e$grade <- ifelse(!is.na(e$aetoxgr), e$aetoxgr, match(toupper(e$aesev), c(\"MILD\", \"MODERATE\", "
         "\"SEVERE\")))\n"
      << "not_related <- c(\"NONE\", \"N\", \"NO\", \"NOT RELATED\", \"UNLIKELY\", \"UNLIKELY RELATED\", \"REMOTE\", "
         "\"UNRELATED\")\n"
      << "e$related <- ifelse(is.na(e$aerel), \"unknown\", ifelse(toupper(e$aerel) %in% not_related, \"not related\", "
         "\"related\"))\n"
      << "# The study's scale for the worst level: " << (grades ? "toxicity grade (AETOXGR)" : "severity (AESEV)")
      << "\n"
      << "levels_of <- " << (grades ? "as.character(1:5)" : "c(\"MILD\", \"MODERATE\", \"SEVERE\")") << "\n"
      << "e$level <- " << (grades ? "e$aetoxgr" : "match(toupper(e$aesev), levels_of)") << "\n";
    if (o.overview)
        s << "\n# Overview (AET01): subjects with at least one event of each kind, and deaths (DTHFL)\n"
          << "kinds <- list(any = rep(TRUE, nrow(e)), serious = e$aeser %in% \"Y\", related = e$related == "
             "\"related\",\n"
          << "              severe = " << (grades ? "e$aetoxgr %in% 3:5" : "toupper(e$aesev) %in% \"SEVERE\"")
          << ", discontinued = toupper(e$aeacn) %in% \"DRUG WITHDRAWN\",\n"
          << "              fatal = e$aesdth %in% \"Y\" | toupper(e$aeout) %in% \"FATAL\")\n"
          << "who <- function(keep) sapply(kinds, function(k) length(unique(e$subject[k & keep])))\n"
          << "dead <- function(keep) sum(d$dthfl[!duplicated(d$subject) & keep] == \"Y\")\n"
          << "for (g in levels(d$group)) cat(\"overview\", g, n[g], who(e$group == g), dead(d$group == g), sep = "
             "\"|\", \"\\n\")\n"
          << "cat(\"overview\", \"Total\", sum(n), who(TRUE), dead(TRUE), sep = \"|\", \"\\n\")\n";
    if (o.seriousOnly) s << "\n# Serious events only (AESER = Y)\ne <- e[e$aeser %in% \"Y\", ]\n";
    s << "\n# Subjects (each once) and events per group and in total (two groups or more), % of the group;\n"
      << "# Fisher's exact test (2 groups) or the chi-square test (more) on subjects with and without the event\n"
      << "counts <- function(r) table(r$group[!duplicated(r$subject)])\n"
      << "test <- function(x) if (length(x) == 2) fisher.test(rbind(x, n - x))$p.value else\n"
      << "  suppressWarnings(chisq.test(rbind(x, n - x))$p.value)\n";
    if (o.highest)
        s << "# Each subject once, at the worst level among the events counted (AET04), per group and in total\n"
          << "highest <- function(r, k) {\n"
          << "  lv <- ifelse(is.na(r$level), 0, r$level)\n"
          << "  worst <- tapply(lv, r$subject, max)\n"
          << "  grp <- r$group[match(names(worst), r$subject)]\n"
          << "  for (g in c(levels(d$group), \"Total\")) for (l in seq_along(levels_of))\n"
          << "    cat(\"highest\", k, g, levels_of[l], sum(worst[g == \"Total\" | grp == g] == l), sep = \"|\", "
             "\"\\n\")\n"
          << "}\n";
    if (o.rates)
        s << "# Exposure-adjusted incidence (AET05): at risk to the first onset (day 1 at the earliest), else for\n"
          << "# the days on treatment; subjects without exposure left out; exact Poisson CI at level "
          << optionNumber(o.confLevel) << "\n"
          << "subjects <- d[!duplicated(d$subject) & !is.na(d$exposed), ]\n"
          << "groups <- c(levels(d$group), if (nlevels(d$group) > 1) \"Total\")\n"
          << "rates <- function(r, k) {\n"
          << "  first <- tapply(pmax(r$onset, 1), r$subject, function(x) if (all(is.na(x))) NA else min(x, na.rm = "
             "TRUE))\n"
          << "  for (g in groups) {\n"
          << "    s <- if (g == \"Total\") subjects else subjects[subjects$group == g, ]\n"
          << "    has <- s$subject %in% r$subject\n"
          << "    at <- first[s$subject]\n"
          << "    py <- sum(ifelse(has & !is.na(at), at, s$exposed)) / 365.25\n"
          << "    x <- sum(has); a <- 1 - " << optionNumber(o.confLevel) << "\n"
          << "    if (py > 0) cat(\"rate\", k, g, x, py, 100 * x / py, 100 * c(if (x == 0) 0 else qchisq(a / 2, 2 * x) "
             "/ 2,\n"
          << "      qchisq(1 - a / 2, 2 * x + 2) / 2) / py, sep = \"|\", \"\\n\")\n"
          << "  }\n"
          << "}\n";
    // SOC rows and, nested, the terms beneath them; or the one level asked.
    std::vector<std::string> keys;
    if (o.nested && terms) keys.push_back(keyCode(o, false));
    keys.push_back(keyCode(o, terms));
    for (const std::string& key : keys) {
        s << "\ne$key <- " << key << "\n"
          << "for (k in sort(unique(e$key))) {\n"
          << "  r <- e[e$key == k, ]\n"
          << "  x <- counts(r)\n"
          << "  events <- table(r$group)\n"
          << "  for (g in levels(d$group)) cat(\"row\", k, g, x[g], events[g], 100 * x[g] / n[g], sep = \"|\", "
             "\"\\n\")\n"
          << "  if (nlevels(d$group) > 1) cat(\"row\", k, \"Total\", sum(x), nrow(r), 100 * sum(x) / sum(n), sep = "
             "\"|\", \"\\n\")\n"
          << "  cat(\"p\", k, test(x), sep = \"|\", \"\\n\")\n";
        if (o.highest) s << "  highest(r, k)\n";
        if (o.rates) s << "  rates(r, k)\n";
        s << "}\n";
    }
    if (o.highest) s << "highest(e, \"*|||\")\n";
    return s.str();
}

}  // namespace ts
