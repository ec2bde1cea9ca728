# R's side of km_process_vs_r.sh: the same ADaM CSVs merged in R, then survfit + survdiff +
# coxph(ties = "efron") by ARM timed (compute only, data already in R), best CPU seconds of REPEATS.
# Usage: Rscript km_process_bench.R ADSL.csv ADTTE.csv [REPEATS]  -> prints the best CPU seconds;
# the log-rank chi-square and the Cox coefficient go to stderr to check against trialscope-cli.
args <- commandArgs(trailingOnly = TRUE)
source(file.path(dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))),
                 "survival_timing.R"))
adsl <- read.csv(args[1], colClasses = "character")
adtte <- read.csv(args[2])
adtte <- adtte[adtte$PARAMCD == "OS", ]
d <- merge(adtte, adsl[, c("USUBJID", "ARM")], by = "USUBJID")
d <- data.frame(time = d$AVAL, status = as.integer(d$CNSR == 0), arm = factor(d$ARM, levels = c("Placebo", "Drug")))
r <- best_survival_cpu(d, if (length(args) > 2) as.integer(args[3]) else 3)
cat(sprintf("%.6f\n", r$seconds))
cat(sprintf("# R: chisq %.10g coef %.10g\n", r$logrank$chisq, coef(r$cox)), file = stderr())
