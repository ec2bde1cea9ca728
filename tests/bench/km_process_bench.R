# R's side of km_process_vs_r.sh: the same ADaM CSVs merged in R, then survfit + survdiff +
# coxph(ties = "efron") by ARM timed (compute only, data already in R), best CPU seconds of REPEATS.
# Usage: Rscript km_process_bench.R ADSL.csv ADTTE.csv [REPEATS]  -> prints the best CPU seconds;
# the log-rank chi-square and the Cox coefficient go to stderr to check against trialscope-cli.
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
adsl <- read.csv(args[1], colClasses = "character")
adtte <- read.csv(args[2])
adtte <- adtte[adtte$PARAMCD == "OS", ]
d <- merge(adtte, adsl[, c("USUBJID", "ARM")], by = "USUBJID")
d$status <- as.integer(d$CNSR == 0)
d$arm <- factor(d$ARM, levels = c("Placebo", "Drug"))
reps <- if (length(args) > 2) as.integer(args[3]) else 3
best <- Inf
for (i in seq_len(reps)) {
  st <- system.time({
    km <- survfit(Surv(AVAL, status) ~ arm, data = d)
    lr <- survdiff(Surv(AVAL, status) ~ arm, data = d)
    cx <- coxph(Surv(AVAL, status) ~ arm, data = d, ties = "efron")
  })
  best <- min(best, st[["user.self"]] + st[["sys.self"]])
}
cat(sprintf("%.6f\n", best))
cat(sprintf("# R: chisq %.10g coef %.10g\n", lr$chisq, coef(cx)), file = stderr())
