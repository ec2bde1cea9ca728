# Reference values for the CDISC pilot (CDISCPILOT01) overall-survival analysis by TRT01A,
# used by tests/core/analysis/test_cdisc_survival.cpp and tests/cli/test_cli_cdisc.cpp.
# Run: Rscript tests/reference/cdisc_km_reference.R /work/shared/data/cdiscpilot01 > tests/reference/cdisc_km_reference.txt
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "/work/shared/data/cdiscpilot01"
adsl <- read.csv(file.path(dir, "adsl.csv"), stringsAsFactors = FALSE)
adtte <- read.csv(file.path(dir, "adtte.csv"), stringsAsFactors = FALSE)
os <- merge(adtte[adtte$PARAMCD == "OS", c("USUBJID", "AVAL", "CNSR")], adsl[, c("USUBJID", "TRT01A")], by = "USUBJID")
os$status <- as.integer(os$CNSR == 0)
os$TRT01A <- factor(os$TRT01A)   # alphabetical: Placebo is the reference
options(digits = 15)
cat("# n records", nrow(os), "\n")

fit <- survfit(Surv(AVAL, status) ~ TRT01A, data = os)           # conf.type = "log", 0.95
cat("# median: group n events median lower upper\n")
tab <- summary(fit)$table
for (g in rownames(tab))
  cat("median", sub("TRT01A=", "", g), tab[g, "records"], tab[g, "events"], tab[g, "median"],
      tab[g, "0.95LCL"], tab[g, "0.95UCL"], "\n")

cat("# at: group time surv lower upper n.risk\n")
s <- summary(fit, times = c(30, 60, 90), extend = TRUE)
for (i in seq_along(s$time))
  cat("at", sub("TRT01A=", "", as.character(s$strata[i])), s$time[i], s$surv[i], s$lower[i], s$upper[i],
      s$n.risk[i], "\n")

sd <- survdiff(Surv(AVAL, status) ~ TRT01A, data = os)
cat("logrank", sd$chisq, length(sd$n) - 1, pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE), "\n")

for (ties in c("efron", "breslow")) {
  cx <- coxph(Surv(AVAL, status) ~ TRT01A, data = os, ties = ties)
  sm <- summary(cx)
  for (k in seq_along(coef(cx)))
    cat("cox", ties, sub("TRT01A", "", names(coef(cx))[k]), sm$conf.int[k, 1], sm$conf.int[k, 3],
        sm$conf.int[k, 4], sm$coefficients[k, 5], "\n")
  cat("coxtests", ties, sm$logtest["pvalue"], sm$sctest["pvalue"], sm$waldtest["pvalue"], "\n")
}
