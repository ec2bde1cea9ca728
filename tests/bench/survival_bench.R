# Times R survival on the benchmark data written by `bench_survival --generate N ARMS FILE`:
# survfit (KM per arm) + survdiff (log-rank) + coxph (Efron), the same work as BM_SurvivalAll.
# Usage: Rscript survival_bench.R FILE.csv [REPEATS]   -> prints the best CPU seconds (user + system),
# comparable with Google Benchmark's cpu_time on a shared machine
args <- commandArgs(trailingOnly = TRUE)
source(file.path(dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))),
                 "survival_timing.R"))
d <- read.csv(args[1])
d$arm <- factor(d$arm)
r <- best_survival_cpu(d, if (length(args) > 1) as.integer(args[2]) else 3)
cat(sprintf("%.6f\n", r$seconds))
cat(sprintf("# chisq %.10g coef %s\n", r$logrank$chisq, paste(sprintf("%.10g", coef(r$cox)), collapse = " ")),
    file = stderr())
