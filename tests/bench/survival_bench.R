# Times R survival on the benchmark data written by `bench_survival --generate N ARMS FILE`:
# survfit (KM per arm) + survdiff (log-rank) + coxph (Efron), the same work as BM_SurvivalAll.
# Usage: Rscript survival_bench.R FILE.csv [REPEATS]   -> prints the best CPU seconds (user + system),
# comparable with Google Benchmark's cpu_time on a shared machine
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
d$arm <- factor(d$arm)
reps <- if (length(args) > 1) as.integer(args[2]) else 3
best <- Inf
for (i in seq_len(reps)) {
  st <- system.time({
    km <- survfit(Surv(time, status) ~ arm, data = d)
    lr <- survdiff(Surv(time, status) ~ arm, data = d)
    cx <- coxph(Surv(time, status) ~ arm, data = d, ties = "efron")
  })
  best <- min(best, st[["user.self"]] + st[["sys.self"]])
}
cat(sprintf("%.6f\n", best))
cat(sprintf("# chisq %.10g coef %s\n", lr$chisq, paste(sprintf("%.10g", coef(cx)), collapse = " ")), file = stderr())
